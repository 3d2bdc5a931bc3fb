import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { recordExports } from "../../../db/schema";
import { config } from "../../config";
import { AppError } from "../../errors";
import { getStorage } from "../../storage";
import { exportObjectKey, exportObjectPrefix } from "./export-owner";
import { filterOf, normalizeParts } from "./export-schemas";
import { markExportFailed } from "./fail-export";
import { writeExport } from "./write-export";

export type ProduceResult =
  | { status: "completed"; recordCount: number; sizeBytes: number; expiresAt: string }
  /** Deleted while it was being written, or refused (e.g. a PDF over the record limit): nothing more to do. */
  | { status: "skipped" | "failed" };

/**
 * Writes the export's file and marks it completed with its expiry. Records
 * created after the export was asked for are left out. A problem the
 * requester must fix (an AppError) fails the export at once instead of being
 * retried; anything else is thrown for the job to retry.
 */
export async function produceExport(db: Db, orgId: string, exportId: string): Promise<ProduceResult> {
  const [row] = await db
    .select()
    .from(recordExports)
    .where(and(eq(recordExports.id, exportId), eq(recordExports.orgId, orgId)))
    .limit(1);
  if (!row || row.status !== "processing") return { status: "skipped" };
  const storage = getStorage();
  const key = exportObjectKey(row.id, row.format);
  let written;
  try {
    written = await writeExport({
      db,
      orgId,
      filter: filterOf(row),
      snapshotAt: row.createdAt,
      format: row.format,
      include: normalizeParts(row.include),
      viewerRole: row.requesterRole,
      storage,
      key,
    });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    await markExportFailed(db, orgId, exportId, error.message);
    return { status: "failed" };
  }
  const now = new Date();
  const expiresAt = new Date(now.getTime() + config().EXPORT_TTL_HOURS * 3_600_000);
  const [done] = await db
    .update(recordExports)
    .set({
      status: "completed",
      recordCount: written.recordCount,
      sizeBytes: written.sizeBytes,
      storageKey: key,
      expiresAt,
      error: null,
      completedAt: now,
      updatedAt: now,
    })
    .where(and(eq(recordExports.id, exportId), eq(recordExports.orgId, orgId), eq(recordExports.status, "processing")))
    .returning({ id: recordExports.id });
  if (!done) {
    await storage.deletePrefix(exportObjectPrefix(exportId));
    return { status: "skipped" };
  }
  return { status: "completed", recordCount: written.recordCount, sizeBytes: written.sizeBytes, expiresAt: expiresAt.toISOString() };
}
