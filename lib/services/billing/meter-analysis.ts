import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { analyses } from "../../../db/schema";
import { recordUsage } from "./record-usage";

/**
 * Meters a completed analysis, and the LLM tokens it used when an LLM
 * answered. Each is keyed on the analysis id, so storing the same analysis
 * again (a retried step) meters nothing new; a re-analysis is a new analysis
 * and is metered as one.
 */
export async function meterAnalysis(db: Db, input: { orgId: string; analysisId: string; llmTokens: number }): Promise<void> {
  const [analysis] = await db
    .select({ recordId: analyses.recordId, projectId: analyses.projectId })
    .from(analyses)
    .where(and(eq(analyses.id, input.analysisId), eq(analyses.orgId, input.orgId)));
  if (!analysis) return;
  const source = { orgId: input.orgId, projectId: analysis.projectId, recordId: analysis.recordId, analysisId: input.analysisId, sourceId: input.analysisId };
  await recordUsage(db, source, { kind: "analysis" });
  if (input.llmTokens > 0) await recordUsage(db, source, { kind: "llm_tokens", tokens: input.llmTokens });
}
