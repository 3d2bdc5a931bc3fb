import { and, arrayContains, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { webhookDeliveries, webhookEndpoints } from "../../../db/schema";
import { newId } from "../../ids";
import { envelopeBody, webhookEventId } from "./envelope";
import type { WebhookEventType } from "./event-types";
import { queueDeliveries } from "./queue-deliveries";

export interface PublishWebhookEventInput {
  orgId: string;
  type: WebhookEventType;
  /** The event's fields: ids and key numbers. Never transcripts, summaries or customer details. */
  data: Record<string, unknown>;
  /**
   * Names this occurrence (e.g. the analysis id for record.completed) when
   * the caller may run twice, as a retried job step does: the same key gives
   * the same event id, and each endpoint gets it once. Without it every call
   * is a new event.
   */
  dedupeKey?: string;
  /** When it happened; now by default. */
  occurredAt?: Date;
}

/**
 * Sends an event to every enabled endpoint of the organization subscribed to
 * its type: one delivery row per endpoint, and a deliver-webhook job for each
 * (retried with backoff, logged for people to see and resend).
 *
 * Call it with the transaction that makes the change the event reports, so
 * the event exists exactly when the change does; then, after the commit,
 * `wakeJobEngine()` to start the deliveries without waiting for the next poll.
 * Cheap when nobody subscribes: one query.
 */
export async function publishWebhookEvent(db: Db, input: PublishWebhookEventInput): Promise<{ eventId: string; deliveryIds: string[] }> {
  const eventId = webhookEventId(input.orgId, input.type, input.dedupeKey);
  const endpoints = await db
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.orgId, input.orgId), eq(webhookEndpoints.enabled, true), arrayContains(webhookEndpoints.events, [input.type])));
  if (!endpoints.length) return { eventId, deliveryIds: [] };

  const payload = envelopeBody({
    id: eventId,
    type: input.type,
    created: (input.occurredAt ?? new Date()).toISOString(),
    organizationId: input.orgId,
    data: input.data,
  });
  // ON CONFLICT rather than a check: inside the caller's transaction a failed insert would abort it.
  const inserted = await db
    .insert(webhookDeliveries)
    .values(
      endpoints.map((endpoint) => ({
        id: newId("webhookDelivery"),
        endpointId: endpoint.id,
        orgId: input.orgId,
        eventType: input.type,
        eventId,
        payload,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: webhookDeliveries.id });
  const deliveryIds = inserted.map((row) => row.id);
  await queueDeliveries(db, input.orgId, deliveryIds);
  return { eventId, deliveryIds };
}
