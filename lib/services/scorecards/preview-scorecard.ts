import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { records, transcripts } from "../../../db/schema";
import { analyzeConversation, type ConversationAnalysis } from "../../analysis/analyze-conversation";
import type { TalkMetrics } from "../../audio/talk-metrics";
import { AppError, notFound } from "../../errors";
import { scorecardDefinitionSchema } from "../../scoring/scorecard-schema";
import { assertCan, type ServiceContext } from "../context";
import { parseInput } from "../parse-input";
import { findProjectRow } from "../projects/get-project";

export const previewScorecardInput = z.strictObject({
  recordId: z.string().min(1, "is required"),
  definition: scorecardDefinitionSchema,
});

export type ScorecardPreview = Pick<ConversationAnalysis, "qualityScore" | "categories" | "complianceStatus" | "improvements" | "criteria">;

/**
 * Scores one record with a scorecard that is not saved, for the editor's
 * preview. Local checks only: question criteria wait for the real analysis,
 * so the preview never spends LLM calls on a draft.
 */
export async function previewScorecard(ctx: ServiceContext, projectId: string, raw: unknown): Promise<ScorecardPreview> {
  assertCan(ctx, "projects:manage");
  const project = await findProjectRow(ctx, projectId);
  const input = parseInput(previewScorecardInput, raw);
  const [row] = await ctx.db
    .select({ record: records, transcript: transcripts })
    .from(records)
    .leftJoin(transcripts, eq(transcripts.recordId, records.id))
    .where(and(eq(records.id, input.recordId), eq(records.orgId, ctx.orgId)))
    .limit(1);
  if (!row) throw notFound("Record");
  if (!row.transcript) throw new AppError("CONFLICT", "The record has no transcript yet; pick a completed record");
  const result = analyzeConversation({
    recordType: row.record.type,
    segments: row.transcript.segments,
    talkMetrics: (row.transcript.talkMetrics as TalkMetrics | null) ?? null,
    durationMs: row.record.durationMs,
    scorecard: input.definition,
    answers: null,
    settings: { summary: false, sentiment: project.settings.sentiment.enabled },
  });
  const criteria = result.criteria.map((c) =>
    c.result === "not_evaluated" ? { ...c, explanation: "Questions are answered by the LLM when records are analysed, not in the preview." } : c,
  );
  return { qualityScore: result.qualityScore, categories: result.categories, complianceStatus: result.complianceStatus, improvements: result.improvements, criteria };
}
