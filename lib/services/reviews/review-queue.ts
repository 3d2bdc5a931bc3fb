import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { analyses, records } from "../../../db/schema";
import { offsetOf, type Page, type PageRequest } from "../../db/pagination";
import { toAnalysisSummaryDto, type AnalysisSummaryDto } from "../analyses/analysis-dto";
import { assertCan, type ServiceContext } from "../context";

export type QueueItem = AnalysisSummaryDto & { agentName: string | null; recordTitle: string | null; recordType: string };

/**
 * What waits for a reviewer: each record's newest completed analysis that has
 * no submitted review, failed compliance first, then the lowest scores, then
 * the oldest.
 */
export async function listReviewQueue(ctx: ServiceContext, query: PageRequest & { projectId?: string }): Promise<Page<QueueItem>> {
  assertCan(ctx, "reviews:write");
  const filters: SQL[] = [
    eq(analyses.orgId, ctx.orgId),
    eq(analyses.status, "completed"),
    sql`not exists (select 1 from analyses newer where newer.record_id = ${analyses.recordId} and newer.status = 'completed'
        and (newer.created_at > ${analyses.createdAt} or (newer.created_at = ${analyses.createdAt} and newer.id > ${analyses.id})))`,
    sql`not exists (select 1 from reviews r where r.analysis_id = ${analyses.id} and r.status = 'submitted')`,
  ];
  if (query.projectId) filters.push(eq(analyses.projectId, query.projectId));
  const rows = await ctx.db
    .select({ analysis: analyses, agentName: records.agentName, title: records.title, type: records.type, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(analyses)
    .innerJoin(records, eq(records.id, analyses.recordId))
    .where(and(...filters))
    .orderBy(sql`(${analyses.complianceStatus} = 'failed') desc`, sql`${analyses.qualityScore} asc nulls last`, asc(analyses.createdAt), asc(analyses.id))
    .limit(query.pageSize)
    .offset(offsetOf(query));
  return {
    items: rows.map((r) => ({ ...toAnalysisSummaryDto(r.analysis), agentName: r.agentName, recordTitle: r.title, recordType: r.type })),
    page: query.page,
    pageSize: query.pageSize,
    total: rows[0]?.total ?? 0,
  };
}
