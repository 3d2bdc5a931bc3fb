import { and, eq } from "drizzle-orm";
import { projects, type Project } from "../../../db/schema";
import { notFound } from "../../errors";
import { assertCan, type ServiceContext } from "../context";
import { toProjectDto, type ProjectDto } from "./project-schemas";

/** The row, scoped to the organization; another organization's id is simply not found. */
export async function findProjectRow(ctx: ServiceContext, id: string): Promise<Project> {
  const [row] = await ctx.db
    .select()
    .from(projects)
    .where(and(eq(projects.id, id), eq(projects.orgId, ctx.orgId)))
    .limit(1);
  if (!row) throw notFound("Project");
  return row;
}

export async function getProject(ctx: ServiceContext, id: string): Promise<ProjectDto> {
  assertCan(ctx, "org:read");
  return toProjectDto(await findProjectRow(ctx, id));
}
