import { and, eq } from "drizzle-orm";
import { webhookEndpoints } from "../../../db/schema";
import { diffFields, recordAudit } from "../audit/record-audit";
import { assertCan, type ServiceContext } from "../context";
import { parseInput } from "../parse-input";
import { findWebhookEndpointRow } from "./get-webhook-endpoint";
import { assertDeliverableUrl } from "./webhook-url";
import { toWebhookEndpointDto, updateWebhookEndpointInput, type WebhookEndpointDto } from "./webhook-schemas";

/**
 * Changes the URL, description, events or whether the endpoint is enabled.
 * Deliveries still waiting use the new URL; a disabled endpoint's waiting
 * deliveries are marked failed when their turn comes (they can be resent).
 */
export async function updateWebhookEndpoint(ctx: ServiceContext, id: string, raw: unknown): Promise<WebhookEndpointDto> {
  assertCan(ctx, "webhooks:manage");
  const input = parseInput(updateWebhookEndpointInput, raw);
  const current = await findWebhookEndpointRow(ctx, id);
  if (input.url !== undefined && input.url !== current.url) await assertDeliverableUrl(input.url);
  const changes = diffFields(
    { url: current.url, description: current.description, events: current.events, enabled: current.enabled },
    input,
  );
  if (!Object.keys(changes).length) return toWebhookEndpointDto(current);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(webhookEndpoints)
      .set({ ...input, updatedAt: new Date() })
      .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.orgId, ctx.orgId)))
      .returning();
    await recordAudit(tx, ctx, { action: "webhook.update", targetType: "webhook_endpoint", targetId: id, changes });
    return toWebhookEndpointDto(row!);
  });
}
