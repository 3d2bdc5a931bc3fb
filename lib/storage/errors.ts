/**
 * Errors every ObjectStorage raises the same way, so callers (upload route,
 * ingest download, pipeline steps) handle local disk and S3 with one `instanceof`.
 */
export class StorageError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A key or prefix that could escape the store or means something else on disk. */
export class InvalidKeyError extends StorageError {
  readonly key: string;

  constructor(key: string, reason: string) {
    super(`Invalid storage key ${JSON.stringify(key.slice(0, 200))}: ${reason}`);
    this.key = key;
  }
}

export class ObjectNotFoundError extends StorageError {
  readonly key: string;

  constructor(key: string, options?: ErrorOptions) {
    super(`Object not found: ${key}`, options);
    this.key = key;
  }
}

/** More than `maxBytes` arrived; the partial object was removed. Maps to HTTP 413. */
export class StorageLimitError extends StorageError {
  readonly limitBytes: number;

  constructor(limitBytes: number) {
    super(`The object is larger than the limit of ${limitBytes} bytes`);
    this.limitBytes = limitBytes;
  }
}

/** A range that starts past the end of the object. Maps to HTTP 416 with `Content-Range: bytes *\/size`. */
export class RangeNotSatisfiableError extends StorageError {
  readonly size: number;

  constructor(key: string, size: number) {
    super(`Requested range is outside ${key} (${size} bytes)`);
    this.size = size;
  }
}
