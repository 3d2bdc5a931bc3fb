import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { analyses, projects, records, scorecards, transcripts, type AnalysisRow } from "../../../db/schema";
import type { TranscriptSegment } from "../../../db/schema/transcripts";
import type { TalkMetrics } from "../../audio/talk-metrics";
import type { ScorecardDefinition } from "../../scoring/scorecard-schema";

export interface AnalysisInput {
  analysis: AnalysisRow;
  recordType: "call" | "chat" | "email";
  segments: TranscriptSegment[];
  talkMetrics: TalkMetrics | null;
  durationMs: number | null;
  scorecard: ScorecardDefinition;
  settings: { summary: boolean; sentiment: boolean };
}

/** Everything one analysis reads, loaded by id (jobs carry ids, not data). Null when any of it is gone. */
export async function loadAnalysisInput(db: Db, orgId: string, analysisId: string): Promise<AnalysisInput | null> {
  const [row] = await db
    .select({ analysis: analyses, record: records, transcript: transcripts, scorecard: scorecards, project: projects })
    .from(analyses)
    .innerJoin(records, eq(records.id, analyses.recordId))
    .innerJoin(transcripts, eq(transcripts.recordId, analyses.recordId))
    .innerJoin(scorecards, eq(scorecards.id, analyses.scorecardId))
    .innerJoin(projects, eq(projects.id, analyses.projectId))
    .where(and(eq(analyses.id, analysisId), eq(analyses.orgId, orgId)))
    .limit(1);
  if (!row) return null;
  return {
    analysis: row.analysis,
    recordType: row.record.type,
    segments: row.transcript.segments,
    talkMetrics: (row.transcript.talkMetrics as TalkMetrics | null) ?? null,
    durationMs: row.record.durationMs,
    scorecard: row.scorecard.definition,
    settings: { summary: row.project.settings.summary.enabled, sentiment: row.project.settings.sentiment.enabled },
  };
}
