import type { Readable } from "node:stream";

/** Inclusive byte offsets, as in an HTTP `Range: bytes=start-end` header. */
export type ByteRange = { start: number; end: number };

export type PutOptions = {
  /** Stored with the object and returned by get/stat. */
  contentType: string;
  /** Abort with StorageLimitError once more than this many bytes arrive. */
  maxBytes?: number;
};

export type ObjectInfo = { size: number; contentType: string };

export type GetResult = {
  /** Consume it or destroy() it: it holds an open file or connection until then. */
  body: Readable;
  /** Size of the whole object, not of the range. */
  size: number;
  contentType: string;
  /** The range actually served (end clamped to the last byte), when one was asked for. */
  range?: ByteRange;
};

export type PutBody = Readable | AsyncIterable<Uint8Array>;

/**
 * Where recordings and derived files live. Keys look like
 * `records/<recordId>/original.wav`: one folder per record so deleting a record
 * is one deletePrefix. Implementations stream; none holds a whole object in memory.
 */
export interface ObjectStorage {
  readonly kind: "local" | "s3";
  /** Streams `body` into `key`, replacing any object there only once it is complete. */
  put(key: string, body: PutBody, opts: PutOptions): Promise<{ size: number }>;
  /** Throws ObjectNotFoundError when missing, RangeNotSatisfiableError when `range.start` is past the end. */
  get(key: string, range?: { start: number; end?: number }): Promise<GetResult>;
  stat(key: string): Promise<ObjectInfo | null>;
  /** Removing a missing object is not an error. */
  delete(key: string): Promise<void>;
  /** Removes every object under `prefix` (which must end with "/"); returns how many. */
  deletePrefix(prefix: string): Promise<number>;
  /** Writes the object to a local path (ffmpeg needs a file); replaces `destPath` atomically. */
  toLocalFile(key: string, destPath: string): Promise<void>;
}
