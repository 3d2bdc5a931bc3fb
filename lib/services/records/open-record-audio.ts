import { AppError } from "../../errors";
import { getStorage, RangeNotSatisfiableError } from "../../storage";
import { assertCan, type ServiceContext } from "../context";
import { findRecordRow } from "./get-record";

/** Parses a single `bytes=` range; anything else is served whole, as RFC 9110 allows. */
export function parseRangeHeader(header: string | null): { start: number; end?: number } | undefined {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || (!match[1] && !match[2])) return undefined;
  if (!match[1]) return { start: -Number(match[2]) };
  return { start: Number(match[1]), ...(match[2] ? { end: Number(match[2]) } : {}) };
}

/** The stored recording of a record, whole or one byte range of it. */
export async function openRecordAudio(ctx: ServiceContext, recordId: string, rangeHeader: string | null) {
  assertCan(ctx, "org:read");
  const record = await findRecordRow(ctx, recordId);
  if (!record.audioKey) throw new AppError("NOT_FOUND", "This record has no audio");
  const storage = getStorage();
  let range = parseRangeHeader(rangeHeader);
  if (range && range.start < 0) {
    // A suffix range (the last N bytes) needs the size first.
    const info = await storage.stat(record.audioKey);
    if (!info) throw new AppError("NOT_FOUND", "The recording is missing from storage");
    range = { start: Math.max(0, info.size + range.start) };
  }
  try {
    const object = await storage.get(record.audioKey, range);
    return { ...object, contentType: record.audioContentType ?? object.contentType, filename: record.originalFilename };
  } catch (error) {
    if (error instanceof RangeNotSatisfiableError) {
      throw new AppError("RANGE_NOT_SATISFIABLE", "The requested range is outside the recording", undefined, {
        "Content-Range": `bytes */${error.size}`,
      });
    }
    throw error;
  }
}
