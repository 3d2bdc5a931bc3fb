import { and, asc, count, desc, eq, gte, lte, sql, type SQL } from "drizzle-orm";
import { analyses } from "../../../db/schema";
import { offsetOf, type Page, type PageRequest } from "../../db/pagination";
import { assertCan, type ServiceContext } from "../context";
import { toAnalysisSummaryDto, type AnalysisSummaryDto } from "./analysis-dto";

export const ANALYSIS_SORT_FIELDS = ["createdAt", "qualityScore"] as const;

export interface ListAnalysesQuery extends PageRequest {
  sort: (typeof ANALYSIS_SORT_FIELDS)[number];
  order: "asc" | "desc";
  from?: Date;
  to?: Date;
  projectId?: string;
  recordId?: string;
  complianceStatus?: "passed" | "failed";
  minScore?: number;
  maxScore?: number;
}

const SORT_COLUMNS = { createdAt: analyses.createdAt, qualityScore: analyses.qualityScore } as const;

export async function listAnalyses(ctx: ServiceContext, query: ListAnalysesQuery): Promise<Page<AnalysisSummaryDto>> {
  assertCan(ctx, "org:read");
  const filters: SQL[] = [eq(analyses.orgId, ctx.orgId)];
  if (query.projectId) filters.push(eq(analyses.projectId, query.projectId));
  if (query.recordId) filters.push(eq(analyses.recordId, query.recordId));
  if (query.complianceStatus) filters.push(eq(analyses.complianceStatus, query.complianceStatus));
  if (query.minScore !== undefined) filters.push(gte(analyses.qualityScore, query.minScore));
  if (query.maxScore !== undefined) filters.push(lte(analyses.qualityScore, query.maxScore));
  if (query.from) filters.push(gte(analyses.createdAt, query.from));
  if (query.to) filters.push(lte(analyses.createdAt, query.to));
  const where = and(...filters);
  const column = SORT_COLUMNS[query.sort];
  // Pending analyses have no score yet: last whichever way.
  const primary = query.order === "asc" ? sql`${column} asc nulls last` : sql`${column} desc nulls last`;
  const tieBreak = query.order === "asc" ? asc(analyses.id) : desc(analyses.id);
  const [rows, [totalRow]] = await Promise.all([
    ctx.db.select().from(analyses).where(where).orderBy(primary, tieBreak).limit(query.pageSize).offset(offsetOf(query)),
    ctx.db.select({ total: count() }).from(analyses).where(where),
  ]);
  return { items: rows.map(toAnalysisSummaryDto), page: query.page, pageSize: query.pageSize, total: totalRow?.total ?? 0 };
}
