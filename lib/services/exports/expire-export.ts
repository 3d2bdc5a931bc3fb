import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { recordExports } from "../../../db/schema";
import { getStorage } from "../../storage";
import { exportObjectPrefix } from "./export-owner";

/** When a completed export's file is due to be deleted; null when there is nothing to expire. */
export async function findExportExpiry(db: Db, orgId: string, exportId: string): Promise<string | null> {
  const [row] = await db
    .select({ status: recordExports.status, expiresAt: recordExports.expiresAt })
    .from(recordExports)
    .where(and(eq(recordExports.id, exportId), eq(recordExports.orgId, orgId)))
    .limit(1);
  return row?.status === "completed" && row.expiresAt ? row.expiresAt.toISOString() : null;
}

/**
 * Deletes an export's file and marks it expired; the row stays as a record of
 * what was exported. Row first, so no new link is handed out for a file being
 * removed. Harmless to repeat, and to run for an export deleted meanwhile.
 */
export async function expireExport(db: Db, orgId: string, exportId: string): Promise<void> {
  await db
    .update(recordExports)
    .set({ status: "expired", storageKey: null, updatedAt: new Date() })
    .where(and(eq(recordExports.id, exportId), eq(recordExports.orgId, orgId), eq(recordExports.status, "completed")));
  await getStorage().deletePrefix(exportObjectPrefix(exportId));
}
