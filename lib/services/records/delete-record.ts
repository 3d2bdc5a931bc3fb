import { and, eq } from "drizzle-orm";
import { records } from "../../../db/schema";
import { getStorage } from "../../storage";
import { recordAudit } from "../audit/record-audit";
import { assertCan, type ServiceContext } from "../context";
import { findRecordRow } from "./get-record";

/** Where a record's objects live; deleting the record deletes the whole prefix. */
export function recordObjectPrefix(recordId: string): string {
  return `records/${recordId}/`;
}

/**
 * Deletes a record, its transcript, and every object stored for it. The row
 * goes first: if removing the objects fails, nothing points at them and the
 * error says so; a leftover object is wasted space, never a leak of a record
 * that claims to be gone.
 */
export async function deleteRecord(ctx: ServiceContext, id: string): Promise<{ id: string; deleted: true }> {
  assertCan(ctx, "records:write");
  await ctx.db.transaction(async (tx) => {
    const row = await findRecordRow({ ...ctx, db: tx }, id);
    await tx.delete(records).where(and(eq(records.id, id), eq(records.orgId, ctx.orgId)));
    await recordAudit(tx, ctx, { action: "record.delete", targetType: "record", targetId: id, changes: { type: row.type } });
  });
  await getStorage().deletePrefix(recordObjectPrefix(id));
  return { id, deleted: true };
}
