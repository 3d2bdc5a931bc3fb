import { webhookEndpoints } from "../../../db/schema";
import { newId } from "../../ids";
import { recordAudit } from "../audit/record-audit";
import { actorUserId, assertCan, type ServiceContext } from "../context";
import { parseInput } from "../parse-input";
import { newWebhookSecret } from "./webhook-secret";
import { assertDeliverableUrl } from "./webhook-url";
import { createWebhookEndpointInput, toWebhookEndpointDto, type CreatedWebhookEndpointDto } from "./webhook-schemas";

/** Adds a receiver for the organization's events. Its signing secret is in this answer only. */
export async function createWebhookEndpoint(ctx: ServiceContext, raw: unknown): Promise<CreatedWebhookEndpointDto> {
  assertCan(ctx, "webhooks:manage");
  const input = parseInput(createWebhookEndpointInput, raw);
  await assertDeliverableUrl(input.url);
  const id = newId("webhookEndpoint");
  const { secret, sealed, prefix } = newWebhookSecret(ctx.orgId, id);
  const row = await ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(webhookEndpoints)
      .values({
        id,
        orgId: ctx.orgId,
        url: input.url,
        description: input.description,
        events: input.events,
        enabled: input.enabled,
        secretSealed: sealed,
        secretPrefix: prefix,
        createdBy: actorUserId(ctx.actor),
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: "webhook.create",
      targetType: "webhook_endpoint",
      targetId: id,
      changes: { url: input.url, events: input.events, enabled: input.enabled },
    });
    return created!;
  });
  return { ...toWebhookEndpointDto(row), secret };
}
