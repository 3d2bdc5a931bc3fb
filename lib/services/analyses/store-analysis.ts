import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { analyses, records } from "../../../db/schema";
import type { ConversationAnalysis } from "../../analysis/analyze-conversation";
import type { TalkMetrics } from "../../audio/talk-metrics";
import { completedAnalysisColumns } from "./analysis-columns";

/**
 * Stores a finished analysis and, when it is the record's newest one, copies
 * its score and compliance onto the record, in one transaction so lists and
 * details never disagree.
 */
export async function storeAnalysis(
  db: Db,
  orgId: string,
  analysisId: string,
  result: ConversationAnalysis,
  extra: { talkMetrics: TalkMetrics | null; analyzer: string },
): Promise<{ recordId: string } | null> {
  return db.transaction(async (tx) => {
    const [stored] = await tx
      .update(analyses)
      .set(completedAnalysisColumns(result, extra))
      .where(and(eq(analyses.id, analysisId), eq(analyses.orgId, orgId)))
      .returning({ recordId: analyses.recordId });
    if (!stored) return null;
    const [newest] = await tx
      .select({ id: analyses.id })
      .from(analyses)
      .where(and(eq(analyses.recordId, stored.recordId), eq(analyses.status, "completed")))
      .orderBy(desc(analyses.createdAt), desc(analyses.id))
      .limit(1);
    if (newest?.id === analysisId) {
      await tx
        .update(records)
        .set({ qualityScore: result.qualityScore, complianceStatus: result.complianceStatus, updatedAt: new Date() })
        .where(eq(records.id, stored.recordId));
    }
    return stored;
  });
}

export async function markAnalysisFailed(db: Db, orgId: string, analysisId: string, message: string): Promise<void> {
  await db
    .update(analyses)
    .set({ status: "failed", error: message, completedAt: new Date() })
    .where(and(eq(analyses.id, analysisId), eq(analyses.orgId, orgId)));
}
