import { and, count, desc, eq, gte, lte, type SQL } from "drizzle-orm";
import { auditLog, type AuditEntry } from "../../../db/schema";
import { offsetOf, type Page, type PageRequest } from "../../db/pagination";
import { assertCan, type ServiceContext } from "../context";

export interface ListAuditLogQuery extends PageRequest {
  from?: Date;
  to?: Date;
  action?: string;
}

export async function listAuditLog(ctx: ServiceContext, query: ListAuditLogQuery): Promise<Page<AuditEntry>> {
  assertCan(ctx, "audit:read");
  const filters: SQL[] = [eq(auditLog.orgId, ctx.orgId)];
  if (query.from) filters.push(gte(auditLog.createdAt, query.from));
  if (query.to) filters.push(lte(auditLog.createdAt, query.to));
  if (query.action) filters.push(eq(auditLog.action, query.action));
  const where = and(...filters);
  const [items, [totalRow]] = await Promise.all([
    ctx.db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    ctx.db.select({ total: count() }).from(auditLog).where(where),
  ]);
  return { items, page: query.page, pageSize: query.pageSize, total: totalRow?.total ?? 0 };
}
