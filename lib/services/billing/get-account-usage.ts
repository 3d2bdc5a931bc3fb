import { and, eq, gte, lte, sql } from "drizzle-orm";
import { apiRequestCounts, recordExports, records, transcripts } from "../../../db/schema";
import { periodBounds, periodOf } from "../../billing/period";
import { assertCan, type ServiceContext } from "../context";
import type { AccountUsageDto } from "./billing-schemas";

export interface AccountUsageQuery {
  from?: Date;
  to?: Date;
}

/**
 * `GET /account/usage`: what the organization did in a period (records by
 * source and type, API requests by route) and what it stores now (audio and
 * transcript bytes, export files not yet expired). Defaults to the current
 * monthly period.
 */
export async function getAccountUsage(ctx: ServiceContext, query: AccountUsageQuery, now = new Date()): Promise<AccountUsageDto> {
  assertCan(ctx, "billing:read");
  const { start, end } = periodBounds(periodOf(now));
  const from = query.from ?? start;
  const to = query.to ?? new Date(end.getTime() - 1);
  const inPeriod = and(eq(records.orgId, ctx.orgId), gte(records.createdAt, from), lte(records.createdAt, to));
  // Requests are counted per UTC day: a day belongs to the period when it starts in it.
  const fromDay = from.toISOString().slice(0, 10);
  const toDay = to.toISOString().slice(0, 10);

  const [recordRows, [storage], [exportStorage], requestRows] = await Promise.all([
    ctx.db
      .select({ source: records.source, type: records.type, n: sql<number>`count(*)`.mapWith(Number) })
      .from(records)
      .where(inPeriod)
      .groupBy(records.source, records.type),
    ctx.db
      .select({
        audio: sql<number>`coalesce(sum(${records.audioSizeBytes}), 0)`.mapWith(Number),
        transcripts: sql<number>`coalesce(sum(octet_length(${transcripts.text})), 0)`.mapWith(Number),
      })
      .from(records)
      .leftJoin(transcripts, eq(transcripts.recordId, records.id))
      .where(eq(records.orgId, ctx.orgId)),
    ctx.db
      .select({ bytes: sql<number>`coalesce(sum(${recordExports.sizeBytes}), 0)`.mapWith(Number) })
      .from(recordExports)
      .where(and(eq(recordExports.orgId, ctx.orgId), eq(recordExports.status, "completed"))),
    ctx.db
      .select({ route: apiRequestCounts.route, n: sql<number>`sum(${apiRequestCounts.count})`.mapWith(Number) })
      .from(apiRequestCounts)
      .where(and(eq(apiRequestCounts.orgId, ctx.orgId), gte(apiRequestCounts.day, fromDay), lte(apiRequestCounts.day, toDay)))
      .groupBy(apiRequestCounts.route)
      .orderBy(sql`2 desc`, apiRequestCounts.route),
  ]);

  const bySource: Record<string, number> = {};
  const byType: Record<string, number> = {};
  for (const row of recordRows) {
    bySource[row.source] = (bySource[row.source] ?? 0) + row.n;
    byType[row.type] = (byType[row.type] ?? 0) + row.n;
  }
  const audio = storage?.audio ?? 0;
  const transcriptBytes = storage?.transcripts ?? 0;
  const exportBytes = exportStorage?.bytes ?? 0;
  return {
    period: { from: from.toISOString(), to: to.toISOString() },
    records: { total: recordRows.reduce((sum, r) => sum + r.n, 0), bySource, byType },
    storage: { totalBytes: audio + transcriptBytes + exportBytes, byType: { audio, transcripts: transcriptBytes, exports: exportBytes } },
    apiRequests: {
      total: requestRows.reduce((sum, r) => sum + r.n, 0),
      byEndpoint: Object.fromEntries(requestRows.map((r) => [r.route, r.n])),
    },
  };
}
