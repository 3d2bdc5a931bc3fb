import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { recordExports } from "../../../db/schema";
import { AppError } from "../../errors";
import { getStorage, ObjectNotFoundError, RangeNotSatisfiableError } from "../../storage";
import { parseRangeHeader } from "../records/open-record-audio";
import { checkDownloadToken } from "./download-token";
import { EXPORT_CONTENT_TYPES } from "./write-export";

export function exportFilename(row: { id: string; format: string; createdAt: Date }): string {
  return `callscope-records-${row.createdAt.toISOString().slice(0, 10)}-${row.id}.${row.format}`;
}

/**
 * The file behind a download link. The token is the only credential: a
 * missing export and a forged token get the same answer, so a link reveals
 * nothing without a valid signature. Range requests resume large downloads.
 */
export async function openExportDownload(db: Db, exportId: string, token: string, rangeHeader: string | null, now = new Date()) {
  const [row] = await db.select().from(recordExports).where(eq(recordExports.id, exportId)).limit(1);
  const check = row ? checkDownloadToken(token, { exportId: row.id, orgId: row.orgId }, now) : "invalid";
  if (!row || check === "invalid") throw new AppError("FORBIDDEN", "This download link is not valid");
  if (check === "expired") {
    throw new AppError("FORBIDDEN", `This download link has expired; GET /api/v1/exports/${row.id} gives a new one`);
  }
  const expired = row.status === "expired" || (row.expiresAt !== null && row.expiresAt <= now);
  if (expired || row.status !== "completed" || !row.storageKey) {
    throw new AppError("NOT_FOUND", "This export has expired and its file was deleted; ask for a new export");
  }
  let range = parseRangeHeader(rangeHeader);
  const storage = getStorage();
  try {
    if (range && range.start < 0) range = { start: Math.max(0, (row.sizeBytes ?? 0) + range.start) };
    const object = await storage.get(row.storageKey, range);
    return { ...object, contentType: EXPORT_CONTENT_TYPES[row.format], filename: exportFilename(row) };
  } catch (error) {
    if (error instanceof RangeNotSatisfiableError) {
      throw new AppError("RANGE_NOT_SATISFIABLE", "The requested range is outside the file", undefined, { "Content-Range": `bytes */${error.size}` });
    }
    if (error instanceof ObjectNotFoundError) throw new AppError("NOT_FOUND", "The export's file is missing from storage; ask for a new export");
    throw error;
  }
}
