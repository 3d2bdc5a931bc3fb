import { and, eq } from "drizzle-orm";
import { webhookEndpoints, type WebhookEndpointRow } from "../../../db/schema";
import { notFound } from "../../errors";
import { assertCan, type ServiceContext } from "../context";
import { toWebhookEndpointDto, type WebhookEndpointDto } from "./webhook-schemas";

/** The endpoint of this organization; another organization's is a 404 like a missing one. */
export async function findWebhookEndpointRow(ctx: ServiceContext, id: string): Promise<WebhookEndpointRow> {
  const [row] = await ctx.db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.orgId, ctx.orgId)))
    .limit(1);
  if (!row) throw notFound("Webhook endpoint");
  return row;
}

export async function getWebhookEndpoint(ctx: ServiceContext, id: string): Promise<WebhookEndpointDto> {
  assertCan(ctx, "webhooks:manage");
  return toWebhookEndpointDto(await findWebhookEndpointRow(ctx, id));
}
