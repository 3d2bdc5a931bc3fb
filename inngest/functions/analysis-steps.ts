import { and, eq } from "drizzle-orm";
import { analyses } from "../../db/schema";
import { analyzeConversation } from "../../lib/analysis/analyze-conversation";
import { loadAnalysisInput } from "../../lib/services/analyses/analysis-input";
import { meterAnalysis } from "../../lib/services/billing/meter-analysis";
import { storeAnalysis } from "../../lib/services/analyses/store-analysis";
import type { StepTools } from "../define-job";
import { jobDeps } from "../deps";
import { askLlm, llmAnalyzerName, type RetryBudget } from "./llm-steps";

export const ANALYSIS_RETRIES = 3;

/**
 * The analysis of one record, as steps shared by the pipeline and by
 * re-analysis: the LLM's answers (when one is configured) are their own steps,
 * so a retry after a later failure does not pay for them twice; the local
 * analysis and the store are one step, since they are cheap and deterministic.
 * Null when the analysis, its record or its transcript is gone.
 */
export async function runAnalysisSteps(
  step: StepTools,
  ref: { orgId: string; analysisId: string },
  budget: RetryBudget,
): Promise<{ recordId: string } | null> {
  const { orgId, analysisId } = ref;
  const present = await step.run("mark-analysis-processing", async () => {
    const db = await jobDeps.getDb();
    const [row] = await db
      .update(analyses)
      .set({ status: "processing", error: null })
      .where(and(eq(analyses.id, analysisId), eq(analyses.orgId, orgId)))
      .returning({ id: analyses.id });
    return Boolean(row);
  });
  if (!present) return null;

  const llm = await askLlm(step, ref, budget);

  return step.run("score", async () => {
    const db = await jobDeps.getDb();
    const input = await loadAnalysisInput(db, orgId, analysisId);
    if (!input) return null;
    const result = analyzeConversation({
      recordType: input.recordType,
      segments: input.segments,
      talkMetrics: input.talkMetrics,
      durationMs: input.durationMs,
      scorecard: input.scorecard,
      answers: llm?.answers ? new Map(llm.answers.map((a) => [a.id, a])) : null,
      llmFailure: llm?.failure ?? null,
      llm: llm?.summary ?? null,
      settings: input.settings,
    });
    const stored = await storeAnalysis(db, orgId, analysisId, result, { talkMetrics: input.talkMetrics, analyzer: llm?.answers || llm?.summary ? llmAnalyzerName() : "local" });
    // Metered once per analysis (its id is the key), so a retry of this step never charges twice.
    if (stored) await meterAnalysis(db, { orgId, analysisId, llmTokens: llm?.tokens ?? 0 });
    return stored;
  });
}
