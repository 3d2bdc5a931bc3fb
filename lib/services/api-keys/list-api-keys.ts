import { count, desc, eq } from "drizzle-orm";
import { apiKeys } from "../../../db/schema";
import { offsetOf, type Page, type PageRequest } from "../../db/pagination";
import { assertCan, type ServiceContext } from "../context";
import { toApiKeyDto, type ApiKeyDto } from "./api-key-schemas";

export async function listApiKeys(ctx: ServiceContext, query: PageRequest): Promise<Page<ApiKeyDto>> {
  assertCan(ctx, "apiKeys:manage");
  const where = eq(apiKeys.orgId, ctx.orgId);
  const [rows, [totalRow]] = await Promise.all([
    ctx.db
      .select()
      .from(apiKeys)
      .where(where)
      .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    ctx.db.select({ total: count() }).from(apiKeys).where(where),
  ]);
  return { items: rows.map((r) => toApiKeyDto(r)), page: query.page, pageSize: query.pageSize, total: totalRow?.total ?? 0 };
}
