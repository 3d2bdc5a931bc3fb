import { and, eq } from "drizzle-orm";
import { scorecards } from "../../../db/schema";
import { notFound } from "../../errors";
import { assertCan, type ServiceContext } from "../context";
import { findProjectRow } from "../projects/get-project";
import { findCurrentScorecardRow } from "./current-scorecard";
import { toScorecardDto, type ScorecardDto } from "./scorecard-dto";

/** The current scorecard of a project, or a given version of it. */
export async function getScorecard(ctx: ServiceContext, projectId: string, version?: number): Promise<ScorecardDto> {
  assertCan(ctx, "org:read");
  const project = await findProjectRow(ctx, projectId);
  if (version === undefined) return toScorecardDto(await findCurrentScorecardRow(ctx.db, ctx.orgId, project.id));
  const [row] = await ctx.db
    .select()
    .from(scorecards)
    .where(and(eq(scorecards.projectId, project.id), eq(scorecards.orgId, ctx.orgId), eq(scorecards.version, version)))
    .limit(1);
  if (!row) throw notFound(`Scorecard version ${version}`);
  return toScorecardDto(row);
}
