import { StorageLimitError } from "./errors";
import type { PutBody } from "./types";

/**
 * Counts bytes on their way into a store and fails the stream as soon as more
 * than `maxBytes` have arrived, before the extra bytes are written anywhere.
 * Throwing inside `for await` also ends the source (a Readable is destroyed),
 * so an oversized HTTP download stops being read at once.
 */
export class ByteLimiter {
  bytes = 0;
  /**
   * The error that ended the stream (the limit, or the source's own), kept
   * because an SDK cleaning up after it may throw its own error instead.
   */
  failure: unknown;

  constructor(readonly maxBytes?: number) {
    if (maxBytes !== undefined && !(Number.isSafeInteger(maxBytes) && maxBytes >= 0)) {
      throw new RangeError(`maxBytes must be a non-negative integer, got ${maxBytes}`);
    }
  }

  async *pass(source: PutBody): AsyncGenerator<Buffer> {
    try {
      for await (const chunk of source as AsyncIterable<Uint8Array | string>) {
        const buffer = toBuffer(chunk);
        this.bytes += buffer.byteLength;
        if (this.maxBytes !== undefined && this.bytes > this.maxBytes) throw new StorageLimitError(this.maxBytes);
        yield buffer;
      }
    } catch (error) {
      this.failure = error;
      throw error;
    }
  }
}

function toBuffer(chunk: Uint8Array | string): Buffer {
  if (typeof chunk === "string") return Buffer.from(chunk);
  if (Buffer.isBuffer(chunk)) return chunk;
  // A view over the same memory, not a copy.
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}
