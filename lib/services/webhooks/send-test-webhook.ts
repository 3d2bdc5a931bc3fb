import { webhookDeliveries } from "../../../db/schema";
import { wakeJobEngine } from "../../../inngest/engine";
import { AppError } from "../../errors";
import { newId } from "../../ids";
import { recordAudit } from "../audit/record-audit";
import { assertCan, type ServiceContext } from "../context";
import { envelopeBody, webhookEventId } from "./envelope";
import { WEBHOOK_TEST_EVENT } from "./event-types";
import { findWebhookEndpointRow } from "./get-webhook-endpoint";
import { queueDeliveries } from "./queue-deliveries";
import { toWebhookDeliveryDto, type WebhookDeliveryDto } from "./webhook-schemas";

/**
 * Queues a `webhook.test` event to this endpoint only, signed like every
 * other delivery, so whoever sets up a receiver can check it end to end.
 */
export async function sendTestWebhook(ctx: ServiceContext, endpointId: string): Promise<WebhookDeliveryDto> {
  assertCan(ctx, "webhooks:manage");
  const endpoint = await findWebhookEndpointRow(ctx, endpointId);
  if (!endpoint.enabled) throw new AppError("CONFLICT", "The endpoint is disabled; enable it before sending a test event");
  const eventId = webhookEventId(ctx.orgId, WEBHOOK_TEST_EVENT);
  const payload = envelopeBody({
    id: eventId,
    type: WEBHOOK_TEST_EVENT,
    created: new Date().toISOString(),
    organizationId: ctx.orgId,
    data: { endpointId: endpoint.id, message: "A test event from Callscope. Answer 2xx to acknowledge it." },
  });
  const row = await ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(webhookDeliveries)
      .values({ id: newId("webhookDelivery"), endpointId: endpoint.id, orgId: ctx.orgId, eventType: WEBHOOK_TEST_EVENT, eventId, payload })
      .returning();
    await recordAudit(tx, ctx, { action: "webhook.test", targetType: "webhook_endpoint", targetId: endpoint.id, changes: { deliveryId: created!.id } });
    await queueDeliveries(tx, ctx.orgId, [created!.id]);
    return created!;
  });
  await wakeJobEngine();
  return toWebhookDeliveryDto(row);
}
