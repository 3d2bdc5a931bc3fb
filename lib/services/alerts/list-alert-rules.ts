import { and, asc, desc, eq, gte, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import { alertRules } from "../../../db/schema";
import { offsetOf, type Page, type PageRequest } from "../../db/pagination";
import { assertCan, type ServiceContext } from "../context";
import { toAlertRuleDto, type ALERT_RULE_SORT_FIELDS, type AlertRuleDto } from "./alert-rule-schemas";

export interface ListAlertRulesQuery extends PageRequest {
  sort: (typeof ALERT_RULE_SORT_FIELDS)[number];
  order: "asc" | "desc";
  from?: Date;
  to?: Date;
  /** Rules that watch this project: its own and the organization-wide ones. */
  projectId?: string;
  enabled?: boolean;
}

const SORT_COLUMNS = { createdAt: alertRules.createdAt, name: sql`lower(${alertRules.name})` } as const;

export async function listAlertRules(ctx: ServiceContext, query: ListAlertRulesQuery): Promise<Page<AlertRuleDto>> {
  assertCan(ctx, "alerts:read");
  const filters: SQL[] = [eq(alertRules.orgId, ctx.orgId)];
  if (query.projectId) filters.push(or(eq(alertRules.projectId, query.projectId), isNull(alertRules.projectId))!);
  if (query.enabled !== undefined) filters.push(eq(alertRules.enabled, query.enabled));
  if (query.from) filters.push(gte(alertRules.createdAt, query.from));
  if (query.to) filters.push(lte(alertRules.createdAt, query.to));
  const direction = query.order === "asc" ? asc : desc;
  const rows = await ctx.db
    .select({ rule: alertRules, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(alertRules)
    .where(and(...filters))
    .orderBy(direction(SORT_COLUMNS[query.sort]), direction(alertRules.id))
    .limit(query.pageSize)
    .offset(offsetOf(query));
  let total = rows[0]?.total;
  if (total === undefined) {
    // A page past the end has no rows to carry the count.
    const [row] = await ctx.db.select({ total: sql<number>`count(*)`.mapWith(Number) }).from(alertRules).where(and(...filters));
    total = row?.total ?? 0;
  }
  return { items: rows.map((r) => toAlertRuleDto(r.rule)), page: query.page, pageSize: query.pageSize, total };
}
