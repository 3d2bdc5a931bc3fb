import { and, count, desc, eq, type SQL } from "drizzle-orm";
import { webhookDeliveries } from "../../../db/schema";
import { offsetOf, type Page } from "../../db/pagination";
import { assertCan, type ServiceContext } from "../context";
import { findWebhookEndpointRow } from "./get-webhook-endpoint";
import { toWebhookDeliveryDto, type ListWebhookDeliveriesQuery, type WebhookDeliveryDto } from "./webhook-schemas";

/** An endpoint's delivery log, newest first. */
export async function listWebhookDeliveries(
  ctx: ServiceContext,
  endpointId: string,
  query: ListWebhookDeliveriesQuery,
): Promise<Page<WebhookDeliveryDto>> {
  assertCan(ctx, "webhooks:manage");
  await findWebhookEndpointRow(ctx, endpointId);
  const filters: SQL[] = [eq(webhookDeliveries.endpointId, endpointId), eq(webhookDeliveries.orgId, ctx.orgId)];
  if (query.status) filters.push(eq(webhookDeliveries.status, query.status));
  if (query.eventType) filters.push(eq(webhookDeliveries.eventType, query.eventType));
  const where = and(...filters);
  const [rows, [totalRow]] = await Promise.all([
    ctx.db
      .select()
      .from(webhookDeliveries)
      .where(where)
      .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    ctx.db.select({ total: count() }).from(webhookDeliveries).where(where),
  ]);
  return { items: rows.map(toWebhookDeliveryDto), page: query.page, pageSize: query.pageSize, total: totalRow?.total ?? 0 };
}
