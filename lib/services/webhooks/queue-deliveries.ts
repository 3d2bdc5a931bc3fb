import type { Db } from "../../../db/client";
import { sendJobEvents } from "../../../inngest/engine";
import { EVENTS } from "../../../inngest/events";

/**
 * Starts a deliver-webhook run per delivery row. Pass the transaction that
 * wrote the rows: with the embedded runner the runs commit with them.
 */
export async function queueDeliveries(db: Db, orgId: string, deliveryIds: string[]): Promise<void> {
  if (!deliveryIds.length) return;
  await sendJobEvents(
    deliveryIds.map((deliveryId) => ({ id: `deliver-webhook:${deliveryId}`, name: EVENTS.webhookDeliveryQueued.name, data: { orgId, deliveryId } })),
    { db },
  );
}
