import { and, eq } from "drizzle-orm";
import { projects } from "../../../db/schema";
import { diffFields, recordAudit } from "../audit/record-audit";
import { assertCan, type ServiceContext } from "../context";
import { parseInput } from "../parse-input";
import { asNameConflict } from "./name-conflict";
import { findProjectRow } from "./get-project";
import { toProjectDto, updateProjectInput, type ProjectDto } from "./project-schemas";
import { mergeProjectSettings } from "./project-settings";

export async function updateProject(ctx: ServiceContext, id: string, raw: unknown): Promise<ProjectDto> {
  assertCan(ctx, "projects:manage");
  const input = parseInput(updateProjectInput, raw);
  try {
    const row = await ctx.db.transaction(async (tx) => {
      const current = await findProjectRow({ ...ctx, db: tx }, id);
      const next = {
        name: input.name ?? current.name,
        description: input.description ?? current.description,
        settings: input.settings ? mergeProjectSettings(current.settings, input.settings) : current.settings,
      };
      const [updated] = await tx
        .update(projects)
        .set({ ...next, updatedAt: new Date() })
        .where(and(eq(projects.id, id), eq(projects.orgId, ctx.orgId)))
        .returning();
      await recordAudit(tx, ctx, {
        action: "project.update",
        targetType: "project",
        targetId: id,
        changes: diffFields(current, next),
      });
      return updated!;
    });
    return toProjectDto(row);
  } catch (error) {
    throw asNameConflict(error, input.name);
  }
}
