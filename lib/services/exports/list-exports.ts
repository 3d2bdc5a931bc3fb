import { and, asc, count, desc, eq, gt, gte, lte, or, type SQL } from "drizzle-orm";
import { recordExports, type EXPORT_FORMATS, type EXPORT_STATUSES } from "../../../db/schema";
import { offsetOf, type Page, type PageRequest } from "../../db/pagination";
import { assertCan, type ServiceContext } from "../context";
import { ownExportsWhere } from "./export-owner";
import { toExportDto, type ExportDto } from "./export-schemas";

export const EXPORT_SORT_FIELDS = ["createdAt"] as const;

export interface ListExportsQuery extends PageRequest {
  sort: (typeof EXPORT_SORT_FIELDS)[number];
  order: "asc" | "desc";
  from?: Date;
  to?: Date;
  format?: (typeof EXPORT_FORMATS)[number];
  status?: (typeof EXPORT_STATUSES)[number];
}

/** A completed export past its expiry is shown as expired before the expiry job gets to it; filter the same way. */
function statusWhere(status: ListExportsQuery["status"] & string, now: Date): SQL {
  const pastExpiry = and(eq(recordExports.status, "completed"), lte(recordExports.expiresAt, now))!;
  if (status === "expired") return or(eq(recordExports.status, "expired"), pastExpiry)!;
  if (status === "completed") return and(eq(recordExports.status, "completed"), gt(recordExports.expiresAt, now))!;
  return eq(recordExports.status, status);
}

/** The actor's own exports, newest first by default. */
export async function listExports(ctx: ServiceContext, query: ListExportsQuery): Promise<Page<ExportDto>> {
  assertCan(ctx, "org:read");
  const filters: SQL[] = [ownExportsWhere(ctx)];
  if (query.format) filters.push(eq(recordExports.format, query.format));
  if (query.status) filters.push(statusWhere(query.status, new Date()));
  if (query.from) filters.push(gte(recordExports.createdAt, query.from));
  if (query.to) filters.push(lte(recordExports.createdAt, query.to));
  const where = and(...filters);
  const order = query.order === "asc" ? [asc(recordExports.createdAt), asc(recordExports.id)] : [desc(recordExports.createdAt), desc(recordExports.id)];
  const [rows, [totalRow]] = await Promise.all([
    ctx.db.select().from(recordExports).where(where).orderBy(...order).limit(query.pageSize).offset(offsetOf(query)),
    ctx.db.select({ total: count() }).from(recordExports).where(where),
  ]);
  const now = new Date();
  return { items: rows.map((row) => toExportDto(row, now)), page: query.page, pageSize: query.pageSize, total: totalRow?.total ?? 0 };
}
