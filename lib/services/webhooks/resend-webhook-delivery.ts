import { and, eq } from "drizzle-orm";
import { webhookDeliveries } from "../../../db/schema";
import { wakeJobEngine } from "../../../inngest/engine";
import { AppError, notFound } from "../../errors";
import { newId } from "../../ids";
import { recordAudit } from "../audit/record-audit";
import { assertCan, type ServiceContext } from "../context";
import { findWebhookEndpointRow } from "./get-webhook-endpoint";
import { queueDeliveries } from "./queue-deliveries";
import { toWebhookDeliveryDto, type WebhookDeliveryDto } from "./webhook-schemas";

/**
 * Sends a delivery's event again as a new delivery: the same body and event
 * id (receivers that already have it can ignore it), its own attempts and
 * log. The original stays as it was.
 */
export async function resendWebhookDelivery(ctx: ServiceContext, endpointId: string, deliveryId: string): Promise<WebhookDeliveryDto> {
  assertCan(ctx, "webhooks:manage");
  const endpoint = await findWebhookEndpointRow(ctx, endpointId);
  const [original] = await ctx.db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.endpointId, endpoint.id), eq(webhookDeliveries.orgId, ctx.orgId)))
    .limit(1);
  if (!original) throw notFound("Webhook delivery");
  if (!endpoint.enabled) throw new AppError("CONFLICT", "The endpoint is disabled; enable it before resending");

  const row = await ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(webhookDeliveries)
      .values({
        id: newId("webhookDelivery"),
        endpointId: endpoint.id,
        orgId: ctx.orgId,
        eventType: original.eventType,
        eventId: original.eventId,
        payload: original.payload,
        resendOf: original.id,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: "webhook.delivery_resend",
      targetType: "webhook_endpoint",
      targetId: endpoint.id,
      changes: { deliveryId: original.id, resentAs: created!.id, eventId: original.eventId },
    });
    await queueDeliveries(tx, ctx.orgId, [created!.id]);
    return created!;
  });
  await wakeJobEngine();
  return toWebhookDeliveryDto(row);
}
