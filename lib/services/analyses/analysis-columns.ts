import type { analyses } from "../../../db/schema";
import type { ConversationAnalysis } from "../../analysis/analyze-conversation";
import type { TalkMetrics } from "../../audio/talk-metrics";

/** The columns of a completed analysis row, from the analyzer's result: one mapping for the pipeline and for bulk loaders. */
export function completedAnalysisColumns(result: ConversationAnalysis, extra: { talkMetrics: TalkMetrics | null; analyzer: string; completedAt?: Date }) {
  return {
    status: "completed",
    qualityScore: result.qualityScore,
    complianceStatus: result.complianceStatus,
    categories: result.categories,
    criteria: result.criteria,
    improvements: result.improvements,
    summary: result.summary,
    summarySource: result.summarySource,
    sentiment: result.sentiment,
    keyPhrases: result.keyPhrases,
    topics: result.topics,
    entities: result.entities,
    actionItems: result.actionItems,
    talkMetrics: extra.talkMetrics,
    analyzer: extra.analyzer,
    error: null,
    completedAt: extra.completedAt ?? new Date(),
  } satisfies Partial<typeof analyses.$inferInsert>;
}
