import { count, desc, eq } from "drizzle-orm";
import { webhookEndpoints } from "../../../db/schema";
import { offsetOf, type Page, type PageRequest } from "../../db/pagination";
import { assertCan, type ServiceContext } from "../context";
import { toWebhookEndpointDto, type WebhookEndpointDto } from "./webhook-schemas";

export async function listWebhookEndpoints(ctx: ServiceContext, query: PageRequest): Promise<Page<WebhookEndpointDto>> {
  assertCan(ctx, "webhooks:manage");
  const where = eq(webhookEndpoints.orgId, ctx.orgId);
  const [rows, [totalRow]] = await Promise.all([
    ctx.db
      .select()
      .from(webhookEndpoints)
      .where(where)
      .orderBy(desc(webhookEndpoints.createdAt), desc(webhookEndpoints.id))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    ctx.db.select({ total: count() }).from(webhookEndpoints).where(where),
  ]);
  return { items: rows.map(toWebhookEndpointDto), page: query.page, pageSize: query.pageSize, total: totalRow?.total ?? 0 };
}
