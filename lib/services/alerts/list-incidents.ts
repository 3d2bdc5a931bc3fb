import { and, asc, desc, eq, gte, lte, sql, type SQL } from "drizzle-orm";
import { alertIncidents, records, type IncidentStatus } from "../../../db/schema";
import { offsetOf, type Page, type PageRequest } from "../../db/pagination";
import { assertCan, type ServiceContext } from "../context";
import { findAlertRuleRow } from "./get-alert-rule";
import { toIncidentDto, type INCIDENT_SORT_FIELDS, type IncidentDto } from "./incident-schemas";

export interface ListIncidentsQuery extends PageRequest {
  sort: (typeof INCIDENT_SORT_FIELDS)[number];
  order: "asc" | "desc";
  from?: Date;
  to?: Date;
  status?: IncidentStatus;
  ruleId?: string;
  projectId?: string;
  recordId?: string;
}

/** Newest first by default; `ruleId` of a rule that is not the organization's is a 404 from GET /alerts/:id/incidents. */
export async function listIncidents(ctx: ServiceContext, query: ListIncidentsQuery): Promise<Page<IncidentDto>> {
  assertCan(ctx, "alerts:read");
  const filters: SQL[] = [eq(alertIncidents.orgId, ctx.orgId)];
  if (query.status) filters.push(eq(alertIncidents.status, query.status));
  if (query.ruleId) filters.push(eq(alertIncidents.ruleId, query.ruleId));
  if (query.projectId) filters.push(eq(alertIncidents.projectId, query.projectId));
  if (query.recordId) filters.push(eq(alertIncidents.recordId, query.recordId));
  if (query.from) filters.push(gte(alertIncidents.createdAt, query.from));
  if (query.to) filters.push(lte(alertIncidents.createdAt, query.to));
  const direction = query.order === "asc" ? asc : desc;
  const rows = await ctx.db
    .select({ incident: alertIncidents, recordTitle: records.title, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(alertIncidents)
    .innerJoin(records, eq(records.id, alertIncidents.recordId))
    .where(and(...filters))
    .orderBy(direction(alertIncidents.createdAt), direction(alertIncidents.id))
    .limit(query.pageSize)
    .offset(offsetOf(query));
  let total = rows[0]?.total;
  if (total === undefined) {
    const [row] = await ctx.db.select({ total: sql<number>`count(*)`.mapWith(Number) }).from(alertIncidents).where(and(...filters));
    total = row?.total ?? 0;
  }
  return {
    items: rows.map((r) => toIncidentDto({ ...r.incident, recordTitle: r.recordTitle })),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}

/** `GET /alerts/:id/incidents`: the rule must be the organization's (404 otherwise). */
export async function listRuleIncidents(ctx: ServiceContext, ruleId: string, query: Omit<ListIncidentsQuery, "ruleId">): Promise<Page<IncidentDto>> {
  assertCan(ctx, "alerts:read");
  await findAlertRuleRow(ctx, ruleId);
  return listIncidents(ctx, { ...query, ruleId });
}
