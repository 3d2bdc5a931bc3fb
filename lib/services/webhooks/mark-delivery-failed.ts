import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { webhookDeliveries } from "../../../db/schema";

/**
 * After the job engine gave up on a delivery for a reason the attempt did
 * not record itself (the database was away, say): the delivery is failed, not
 * left pending for ever. A delivery already finished is left alone.
 */
export async function markDeliveryFailed(db: Db, ref: { orgId: string; deliveryId: string }, message: string): Promise<void> {
  await db
    .update(webhookDeliveries)
    .set({ status: "failed", lastError: message, nextAttemptAt: null, updatedAt: new Date() })
    .where(and(eq(webhookDeliveries.id, ref.deliveryId), eq(webhookDeliveries.orgId, ref.orgId), eq(webhookDeliveries.status, "pending")));
}
