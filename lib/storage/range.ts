import { Readable } from "node:stream";
import { RangeNotSatisfiableError } from "./errors";
import type { ByteRange } from "./types";

export type RequestedRange = { start: number; end?: number };

/** Bad numbers are a caller bug (the HTTP layer parses the header), not a missing object. */
export function assertValidRange(range: RequestedRange): void {
  const { start, end } = range;
  if (!Number.isSafeInteger(start) || start < 0) throw new RangeError(`range.start must be a non-negative integer, got ${start}`);
  if (end !== undefined && (!Number.isSafeInteger(end) || end < start)) {
    throw new RangeError(`range.end must be an integer >= start (${start}), got ${end}`);
  }
}

/** Clamps the end to the last byte, as HTTP does; a start past the end cannot be served. */
export function resolveRange(key: string, range: RequestedRange, size: number): ByteRange {
  assertValidRange(range);
  if (range.start >= size) throw new RangeNotSatisfiableError(key, size);
  return { start: range.start, end: Math.min(range.end ?? size - 1, size - 1) };
}

/** Parses `Content-Range: bytes 0-99/1234` as returned by S3. */
export function parseContentRange(header: string | undefined): (ByteRange & { size: number }) | null {
  const match = header ? /^bytes (\d+)-(\d+)\/(\d+)$/.exec(header.trim()) : null;
  if (!match) return null;
  return { start: Number(match[1]), end: Number(match[2]), size: Number(match[3]) };
}

/** The first `length` bytes of `body`; stops (and destroys) `body` once they have passed. */
export function takeBytes(body: Readable, length: number): Readable {
  async function* take() {
    let left = length;
    for await (const chunk of body as AsyncIterable<Buffer>) {
      const piece = chunk.byteLength > left ? chunk.subarray(0, left) : chunk;
      left -= piece.byteLength;
      yield piece;
      if (left <= 0) break;
    }
  }
  return Readable.from(take(), { objectMode: false });
}
