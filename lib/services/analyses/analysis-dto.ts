import { z } from "zod";
import { ANALYSIS_STATUSES, type AnalysisRow } from "../../../db/schema";

const evidence = z.object({ segmentIndex: z.number().int(), quote: z.string(), startMs: z.number(), endMs: z.number() });

export const criterionResultDto = z.object({
  id: z.string(),
  name: z.string(),
  category: z.string(),
  weight: z.number(),
  compliance: z.boolean(),
  type: z.enum(["phrase", "metric", "sentiment", "question"]),
  result: z.enum(["passed", "failed", "not_applicable", "not_evaluated"]),
  explanation: z.string(),
  evidence: z.array(evidence).describe("Where in the transcript the result comes from; empty when nothing was said"),
  value: z.number().nullable().describe("The measured number of metric and sentiment checks"),
});

const sentimentSummary = z.object({
  score: z.number(),
  label: z.enum(["negative", "neutral", "positive"]),
  trend: z.object({ start: z.number(), end: z.number(), change: z.number(), direction: z.enum(["improving", "worsening", "stable"]) }),
  segmentCount: z.number().int(),
});

/** The AICA analysis (id, recordId, qualityScore, summary, improvements, complianceStatus, categories, createdAt) and everything behind it. */
export const analysisDto = z.object({
  id: z.string(),
  recordId: z.string(),
  projectId: z.string(),
  status: z.enum(ANALYSIS_STATUSES),
  scorecardId: z.string(),
  scorecardVersion: z.number().int(),
  qualityScore: z.number().nullable().describe("0–100 over the criteria that could be judged"),
  complianceStatus: z.enum(["passed", "failed"]).nullable(),
  categories: z.record(z.string(), z.number()).describe("Score per category, 0–100"),
  improvements: z.array(z.string()),
  summary: z.string().nullable(),
  summarySource: z.enum(["local", "llm"]).nullable(),
  criteria: z.array(criterionResultDto),
  sentiment: z
    .object({
      overall: sentimentSummary,
      speakers: z.record(z.string(), sentimentSummary),
      segments: z.array(z.object({ segmentIndex: z.number().int(), speaker: z.string(), score: z.number(), label: z.enum(["negative", "neutral", "positive"]) })),
    })
    .nullable(),
  keyPhrases: z.array(z.object({ text: z.string(), count: z.number().int(), score: z.number() })),
  topics: z.array(z.string()),
  entities: z.array(
    z.object({ type: z.string(), text: z.string(), segmentIndex: z.number().int(), charStart: z.number().int(), charEnd: z.number().int(), startMs: z.number(), endMs: z.number() }),
  ),
  actionItems: z.array(z.object({ text: z.string(), speaker: z.string(), segmentIndex: z.number().int(), startMs: z.number() })),
  talkMetrics: z.record(z.string(), z.unknown()).nullable(),
  analyzer: z.string().nullable().describe("local, or the LLM model that answered the questions"),
  error: z.string().nullable(),
  createdAt: z.iso.datetime(),
  completedAt: z.iso.datetime().nullable(),
});
export type AnalysisDto = z.infer<typeof analysisDto>;

/** Lists carry the headline numbers, not every criterion and sentiment point. */
export const analysisSummaryDto = analysisDto.pick({
  id: true,
  recordId: true,
  projectId: true,
  status: true,
  scorecardVersion: true,
  qualityScore: true,
  complianceStatus: true,
  categories: true,
  summary: true,
  createdAt: true,
  completedAt: true,
});
export type AnalysisSummaryDto = z.infer<typeof analysisSummaryDto>;

export function toAnalysisDto(row: AnalysisRow): AnalysisDto {
  return {
    ...toAnalysisSummaryDto(row),
    scorecardId: row.scorecardId,
    improvements: row.improvements ?? [],
    summarySource: row.summarySource,
    criteria: row.criteria ?? [],
    sentiment: row.sentiment ? { overall: row.sentiment.overall, speakers: row.sentiment.speakers, segments: row.sentiment.segments } : null,
    keyPhrases: (row.keyPhrases ?? []).map((k) => ({ text: k.text, count: k.count, score: k.score })),
    topics: row.topics ?? [],
    entities: (row.entities ?? []).map((e) => ({
      type: e.type,
      text: e.text,
      segmentIndex: e.segmentIndex,
      charStart: e.charStart,
      charEnd: e.charEnd,
      startMs: e.startMs,
      endMs: e.endMs,
    })),
    actionItems: row.actionItems ?? [],
    talkMetrics: (row.talkMetrics as Record<string, unknown> | null) ?? null,
    analyzer: row.analyzer,
    error: row.error,
  };
}

export function toAnalysisSummaryDto(row: AnalysisRow): AnalysisSummaryDto {
  return {
    id: row.id,
    recordId: row.recordId,
    projectId: row.projectId,
    status: row.status,
    scorecardVersion: row.scorecardVersion,
    qualityScore: row.qualityScore,
    complianceStatus: row.complianceStatus,
    categories: row.categories ?? {},
    summary: row.summary,
    createdAt: row.createdAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
  };
}
