import { and, eq } from "drizzle-orm";
import { webhookEndpoints } from "../../../db/schema";
import { recordAudit } from "../audit/record-audit";
import { assertCan, type ServiceContext } from "../context";
import { findWebhookEndpointRow } from "./get-webhook-endpoint";

/** Removes the endpoint and its delivery log; deliveries still queued find nothing to send and stop. */
export async function deleteWebhookEndpoint(ctx: ServiceContext, id: string): Promise<{ id: string; deleted: true }> {
  assertCan(ctx, "webhooks:manage");
  const current = await findWebhookEndpointRow(ctx, id);
  await ctx.db.transaction(async (tx) => {
    await tx.delete(webhookEndpoints).where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.orgId, ctx.orgId)));
    await recordAudit(tx, ctx, { action: "webhook.delete", targetType: "webhook_endpoint", targetId: id, changes: { url: current.url } });
  });
  return { id, deleted: true };
}
