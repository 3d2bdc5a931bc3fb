import { and, eq } from "drizzle-orm";
import { webhookEndpoints } from "../../../db/schema";
import { recordAudit } from "../audit/record-audit";
import { assertCan, type ServiceContext } from "../context";
import { findWebhookEndpointRow } from "./get-webhook-endpoint";
import { newWebhookSecret } from "./webhook-secret";
import type { RotatedWebhookSecretDto } from "./webhook-schemas";

/**
 * Replaces the endpoint's signing secret and returns it once. Every attempt
 * from now on, including retries of earlier events, is signed with the new one.
 */
export async function rotateWebhookSecret(ctx: ServiceContext, id: string): Promise<RotatedWebhookSecretDto> {
  assertCan(ctx, "webhooks:manage");
  await findWebhookEndpointRow(ctx, id);
  const { secret, sealed, prefix } = newWebhookSecret(ctx.orgId, id);
  const now = new Date();
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(webhookEndpoints)
      .set({ secretSealed: sealed, secretPrefix: prefix, secretCreatedAt: now, updatedAt: now })
      .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.orgId, ctx.orgId)));
    await recordAudit(tx, ctx, { action: "webhook.secret_rotate", targetType: "webhook_endpoint", targetId: id, changes: { prefix } });
  });
  return { secret, prefix, createdAt: now.toISOString() };
}
