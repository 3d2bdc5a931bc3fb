import { and, count, desc, eq } from "drizzle-orm";
import { scorecards } from "../../../db/schema";
import { offsetOf, type Page, type PageRequest } from "../../db/pagination";
import { assertCan, type ServiceContext } from "../context";
import { findProjectRow } from "../projects/get-project";
import { findCurrentScorecardRow } from "./current-scorecard";
import { toScorecardDto, type ScorecardDto } from "./scorecard-dto";

/** Every saved version, newest first: what each analysis was scored against stays readable. */
export async function listScorecardVersions(ctx: ServiceContext, projectId: string, page: PageRequest): Promise<Page<ScorecardDto>> {
  assertCan(ctx, "org:read");
  const project = await findProjectRow(ctx, projectId);
  await findCurrentScorecardRow(ctx.db, ctx.orgId, project.id);
  const where = and(eq(scorecards.orgId, ctx.orgId), eq(scorecards.projectId, project.id));
  const [rows, [total]] = await Promise.all([
    ctx.db.select().from(scorecards).where(where).orderBy(desc(scorecards.version)).limit(page.pageSize).offset(offsetOf(page)),
    ctx.db.select({ n: count() }).from(scorecards).where(where),
  ]);
  return { items: rows.map(toScorecardDto), page: page.page, pageSize: page.pageSize, total: total?.n ?? 0 };
}
