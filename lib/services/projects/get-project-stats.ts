import { and, avg, count, eq, gte, lte, sql, type SQL } from "drizzle-orm";
import { records, reviews } from "../../../db/schema";
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
      compliancePassRate: sql<number | null>`avg(case ${records.complianceStatus} when 'passed' then 1.0 when 'failed' then 0.0 end)`.mapWith(
        (v) => (v === null ? null : Number(v)),
      ),
    })
    .from(records)
    .where(and(...filters));
  // Agreement counts each analysis's newest submitted review, for records of the period.
  const [agreement] = await ctx.db
    .select({
      agreed: sql<number>`coalesce(sum(${reviews.agreedCount}), 0)`.mapWith(Number),
      compared: sql<number>`coalesce(sum(${reviews.comparedCount}), 0)`.mapWith(Number),
    })
    .from(reviews)
    .innerJoin(records, eq(records.id, reviews.recordId))
    .where(
      and(
        ...filters,
        eq(reviews.status, "submitted"),
        sql`not exists (select 1 from reviews newer where newer.analysis_id = ${reviews.analysisId} and newer.status = 'submitted'
            and (newer.created_at > ${reviews.createdAt} or (newer.created_at = ${reviews.createdAt} and newer.id > ${reviews.id})))`,
      ),
    );
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
    /** Share of scored records that passed compliance, 0–1. */
    compliancePassRate: round(row?.compliancePassRate, 3),
    /** Share of criteria where reviewers kept the AI's answer, 0–1; null before the first review. */
    aiReviewerAgreement: agreement && agreement.compared > 0 ? round(agreement.agreed / agreement.compared, 3) : null,
    period: { from: query.from?.toISOString() ?? null, to: query.to?.toISOString() ?? null },
  };
}
