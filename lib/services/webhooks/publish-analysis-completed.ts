import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { analyses } from "../../../db/schema";
import { analysisEventData } from "./event-data";
import { publishWebhookEvent } from "./publish-event";

/** analysis.completed for a stored analysis; keyed on the analysis, so a repeated job step sends it once. */
export async function publishAnalysisCompleted(db: Db, ref: { orgId: string; analysisId: string }): Promise<{ eventId: string | null; deliveries: number }> {
  const [row] = await db
    .select()
    .from(analyses)
    .where(and(eq(analyses.id, ref.analysisId), eq(analyses.orgId, ref.orgId)))
    .limit(1);
  // Deleted with its record since, or replaced: nothing true to announce.
  if (!row || row.status !== "completed") return { eventId: null, deliveries: 0 };
  // One transaction: the delivery rows and their runs commit together, or a retry writes both.
  const { eventId, deliveryIds } = await db.transaction((tx) =>
    publishWebhookEvent(tx, {
      orgId: ref.orgId,
      type: "analysis.completed",
      data: analysisEventData(row),
      dedupeKey: row.id,
      occurredAt: row.completedAt ?? undefined,
    }),
  );
  return { eventId, deliveries: deliveryIds.length };
}
