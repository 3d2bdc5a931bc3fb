import { and, count, eq } from "drizzle-orm";
import { projects, records } from "../../../db/schema";
import { AppError } from "../../errors";
import { recordAudit } from "../audit/record-audit";
import { assertCan, type ServiceContext } from "../context";
import { findProjectRow } from "./get-project";

export async function deleteProject(ctx: ServiceContext, id: string): Promise<{ id: string; deleted: true }> {
  assertCan(ctx, "projects:manage");
  await ctx.db.transaction(async (tx) => {
    const current = await findProjectRow({ ...ctx, db: tx }, id);
    const [held] = await tx.select({ n: count() }).from(records).where(eq(records.projectId, id));
    if (held && held.n > 0) {
      // Records hold recordings and reviews; deleting them must be a decision of its own.
      throw new AppError("CONFLICT", `The project still has ${held.n} record(s); delete them first`, { records: held.n });
    }
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
