import { asc, count, desc, sql } from "drizzle-orm";
import { records } from "../../../db/schema";
import { offsetOf, type Page, type PageRequest } from "../../db/pagination";
import { assertCan, type ServiceContext } from "../context";
import { recordFilterWhere, type RecordFilter } from "./record-filters";
import { toRecordDto, type RECORD_SORT_FIELDS, type RecordDto } from "./record-schemas";

export interface ListRecordsQuery extends PageRequest, RecordFilter {
  sort: (typeof RECORD_SORT_FIELDS)[number];
  order: "asc" | "desc";
}

const SORT_COLUMNS = {
  createdAt: records.createdAt,
  duration: records.durationMs,
  qualityScore: records.qualityScore,
} as const;

export async function listRecords(ctx: ServiceContext, query: ListRecordsQuery): Promise<Page<RecordDto>> {
  assertCan(ctx, "org:read");
  const where = recordFilterWhere(ctx.orgId, query);
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
