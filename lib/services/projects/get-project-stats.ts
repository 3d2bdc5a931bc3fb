import { and, avg, count, eq, gte, lte, sql, type SQL } from "drizzle-orm";
import { records } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../context";
import { findProjectRow } from "./get-project";

export interface ProjectStatsQuery {
  from?: Date;
  to?: Date;
}

/** Totals for a project's records created in a period (all time when open-ended). */
export async function getProjectStats(ctx: ServiceContext, projectId: string, query: ProjectStatsQuery) {
  assertCan(ctx, "org:read");
  await findProjectRow(ctx, projectId);
  const filters: SQL[] = [eq(records.orgId, ctx.orgId), eq(records.projectId, projectId)];
  if (query.from) filters.push(gte(records.createdAt, query.from));
  if (query.to) filters.push(lte(records.createdAt, query.to));
  const [row] = await ctx.db
    .select({
      totalRecords: count(),
      completedRecords: sql<number>`count(*) filter (where ${records.status} = 'completed')`.mapWith(Number),
      failedRecords: sql<number>`count(*) filter (where ${records.status} = 'failed')`.mapWith(Number),
      averageDurationMs: avg(records.durationMs).mapWith(Number),
      averageQualityScore: avg(records.qualityScore).mapWith(Number),
    })
    .from(records)
    .where(and(...filters));
  const round = (value: number | null | undefined, digits: number) =>
    value === null || value === undefined || Number.isNaN(value) ? null : Number(value.toFixed(digits));
  return {
    projectId,
    totalRecords: row?.totalRecords ?? 0,
    completedRecords: row?.completedRecords ?? 0,
    failedRecords: row?.failedRecords ?? 0,
    /** Seconds, as the AICA documents show it. */
    averageDuration: round(row?.averageDurationMs == null ? null : row.averageDurationMs / 1000, 1),
    averageQualityScore: round(row?.averageQualityScore, 1),
    period: { from: query.from?.toISOString() ?? null, to: query.to?.toISOString() ?? null },
  };
}
