import { and, eq } from "drizzle-orm";
import { recordExports } from "../../../db/schema";
import { getStorage } from "../../storage";
import { recordAudit } from "../audit/record-audit";
import { assertCan, type ServiceContext } from "../context";
import { exportObjectPrefix } from "./export-owner";
import { findExportRow } from "./get-export";

/**
 * Deletes one of the actor's exports and its file now, whatever its state.
 * The row goes first, so no link can point at a file that is being removed;
 * a job still writing it sees the row gone and removes what it wrote.
 */
export async function deleteExport(ctx: ServiceContext, id: string): Promise<{ id: string; deleted: true }> {
  assertCan(ctx, "org:read");
  await ctx.db.transaction(async (tx) => {
    const row = await findExportRow({ ...ctx, db: tx }, id);
    await tx.delete(recordExports).where(and(eq(recordExports.id, id), eq(recordExports.orgId, ctx.orgId)));
    await recordAudit(tx, ctx, { action: "export.delete", targetType: "export", targetId: id, changes: { format: row.format, status: row.status } });
  });
  await getStorage().deletePrefix(exportObjectPrefix(id));
  return { id, deleted: true };
}
