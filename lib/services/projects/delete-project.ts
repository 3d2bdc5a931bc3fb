import { and, eq } from "drizzle-orm";
import { projects } from "../../../db/schema";
import { recordAudit } from "../audit/record-audit";
import { assertCan, type ServiceContext } from "../context";
import { findProjectRow } from "./get-project";

export async function deleteProject(ctx: ServiceContext, id: string): Promise<{ id: string; deleted: true }> {
  assertCan(ctx, "projects:manage");
  await ctx.db.transaction(async (tx) => {
    const current = await findProjectRow({ ...ctx, db: tx }, id);
    await tx.delete(projects).where(and(eq(projects.id, id), eq(projects.orgId, ctx.orgId)));
    await recordAudit(tx, ctx, {
      action: "project.delete",
      targetType: "project",
      targetId: id,
      changes: { name: current.name },
    });
  });
  return { id, deleted: true };
}
