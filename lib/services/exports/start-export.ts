import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { recordExports } from "../../../db/schema";

/** The job takes the export: false when it was deleted (or already settled) before its turn. */
export async function startExport(db: Db, orgId: string, exportId: string): Promise<boolean> {
  const started = await db
    .update(recordExports)
    .set({ status: "processing", updatedAt: new Date() })
    // processing too: a run that died mid-write is taken again on retry.
    .where(and(eq(recordExports.id, exportId), eq(recordExports.orgId, orgId), inArray(recordExports.status, ["pending", "processing"])))
    .returning({ id: recordExports.id });
  return started.length > 0;
}
