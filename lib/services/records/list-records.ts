import { and, asc, count, desc, eq, gte, ilike, lte, sql, type SQL } from "drizzle-orm";
import { records, type RECORD_STATUSES, type RECORD_TYPES } from "../../../db/schema";
import { containsPattern } from "../../db/like";
import { offsetOf, type Page, type PageRequest } from "../../db/pagination";
import { assertCan, type ServiceContext } from "../context";
import { toRecordDto, type RECORD_SORT_FIELDS, type RecordDto } from "./record-schemas";

export interface ListRecordsQuery extends PageRequest {
  sort: (typeof RECORD_SORT_FIELDS)[number];
  order: "asc" | "desc";
  from?: Date;
  to?: Date;
  projectId?: string;
  status?: (typeof RECORD_STATUSES)[number];
  type?: (typeof RECORD_TYPES)[number];
  /** Case-insensitive part of the agent's name. */
  agentName?: string;
}

const SORT_COLUMNS = {
  createdAt: records.createdAt,
  duration: records.durationMs,
  qualityScore: records.qualityScore,
} as const;

export async function listRecords(ctx: ServiceContext, query: ListRecordsQuery): Promise<Page<RecordDto>> {
  assertCan(ctx, "org:read");
  const filters: SQL[] = [eq(records.orgId, ctx.orgId)];
  if (query.projectId) filters.push(eq(records.projectId, query.projectId));
  if (query.status) filters.push(eq(records.status, query.status));
  if (query.type) filters.push(eq(records.type, query.type));
  if (query.from) filters.push(gte(records.createdAt, query.from));
  if (query.to) filters.push(lte(records.createdAt, query.to));
  if (query.agentName) filters.push(ilike(records.agentName, containsPattern(query.agentName)));
  const where = and(...filters);
  const column = SORT_COLUMNS[query.sort];
  // Records without a duration or score yet go last whichever way the list is sorted.
  const primary = query.order === "asc" ? sql`${column} asc nulls last` : sql`${column} desc nulls last`;
  const tieBreak = query.order === "asc" ? asc(records.id) : desc(records.id);

  const [rows, [totalRow]] = await Promise.all([
    ctx.db.select().from(records).where(where).orderBy(primary, tieBreak).limit(query.pageSize).offset(offsetOf(query)),
    ctx.db.select({ total: count() }).from(records).where(where),
  ]);
  return {
    items: rows.map((row) => toRecordDto(row, ctx.actor.role)),
    page: query.page,
    pageSize: query.pageSize,
    total: totalRow?.total ?? 0,
  };
}
