import { projects } from "../../../db/schema";
import { newId } from "../../ids";
import { recordAudit } from "../audit/record-audit";
import { insertDefaultScorecard } from "../scorecards/current-scorecard";
import { actorUserId, assertCan, type ServiceContext } from "../context";
import { parseInput } from "../parse-input";
import { asNameConflict } from "./name-conflict";
import { createProjectInput, toProjectDto, type ProjectDto } from "./project-schemas";
import { defaultProjectSettings } from "./project-settings";

export async function createProject(ctx: ServiceContext, raw: unknown): Promise<ProjectDto> {
  assertCan(ctx, "projects:manage");
  const input = parseInput(createProjectInput, raw);
  try {
    const row = await ctx.db.transaction(async (tx) => {
      const [created] = await tx
        .insert(projects)
        .values({
          id: newId("project"),
          orgId: ctx.orgId,
          name: input.name,
          description: input.description ?? "",
          settings: input.settings ?? defaultProjectSettings(),
          createdBy: actorUserId(ctx.actor),
        })
        .returning();
      // Every project starts with the default scorecard as version 1.
      await insertDefaultScorecard(tx, ctx.orgId, created!.id, actorUserId(ctx.actor));
      await recordAudit(tx, ctx, {
        action: "project.create",
        targetType: "project",
        targetId: created!.id,
        changes: { name: input.name },
      });
      return created!;
    });
    return toProjectDto(row);
  } catch (error) {
    throw asNameConflict(error, input.name);
  }
}
