import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { recordExports } from "../../../db/schema";
import { getStorage } from "../../storage";
import { exportObjectPrefix } from "./export-owner";

/**
 * Called once the job gave up: the export says why. A failed put leaves no
 * object behind, but a file written before a later step failed would, so the
 * export's prefix is cleared too.
 */
export async function markExportFailed(db: Db, orgId: string, exportId: string, message: string): Promise<void> {
  await db
    .update(recordExports)
    .set({ status: "failed", error: message, storageKey: null, updatedAt: new Date(), completedAt: new Date() })
    .where(and(eq(recordExports.id, exportId), eq(recordExports.orgId, orgId), inArray(recordExports.status, ["pending", "processing"])));
  await getStorage().deletePrefix(exportObjectPrefix(exportId));
}
