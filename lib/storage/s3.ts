import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
  type GetObjectCommandOutput,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { ConfigError, type AppConfig } from "../config";
import { describeError, log } from "../log";
import { writeAtomically } from "./atomic-file";
import { ObjectNotFoundError, RangeNotSatisfiableError, StorageError } from "./errors";
import { assertValidContentType, assertValidKey, assertValidPrefix } from "./keys";
import { ByteLimiter } from "./limit-bytes";
import { assertValidRange, parseContentRange, takeBytes, type RequestedRange } from "./range";
import type { GetResult, ObjectInfo, ObjectStorage, PutBody, PutOptions } from "./types";

const DEFAULT_CONTENT_TYPE = "application/octet-stream";

export type S3StorageOptions = {
  client: S3Client;
  bucket: string;
  /**
   * Memory for one put is about partSize × (queueSize + 1): 8 MiB × 3 = 24 MiB.
   * 8 MiB parts keep the 10,000-part limit far away (MAX_UPLOAD_MB tops out at 5,000).
   */
  partSizeBytes?: number;
  queueSize?: number;
  /** Parallel DeleteObject calls in deletePrefix. */
  deleteConcurrency?: number;
};

/** Any S3-compatible store: AWS S3, MinIO, Ceph RGW, Garage, R2, ... */
export class S3Storage implements ObjectStorage {
  readonly kind = "s3" as const;
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly partSize: number;
  private readonly queueSize: number;
  private readonly deleteConcurrency: number;

  constructor(opts: S3StorageOptions) {
    this.client = opts.client;
    this.bucket = opts.bucket;
    this.partSize = opts.partSizeBytes ?? 8 * 1024 * 1024;
    this.queueSize = opts.queueSize ?? 2;
    this.deleteConcurrency = opts.deleteConcurrency ?? 8;
  }

  async put(key: string, body: PutBody, opts: PutOptions): Promise<{ size: number }> {
    assertValidKey(key);
    assertValidContentType(opts.contentType);
    const limiter = new ByteLimiter(opts.maxBytes);
    // Byte mode with a small buffer: the default object mode would read 16 chunks of any size ahead.
    const source = Readable.from(limiter.pass(body), { objectMode: false, highWaterMark: 64 * 1024 });
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: key, Body: source, ContentType: opts.contentType },
      partSize: this.partSize,
      queueSize: this.queueSize,
      // On any failure lib-storage sends AbortMultipartUpload, so no invisible, billed parts stay behind.
      leavePartsOnError: false,
    });
    try {
      await upload.done();
      return { size: limiter.bytes };
    } catch (error) {
      // When the abort itself fails, lib-storage throws the abort's error instead of the cause: keep the cause
      // (the limit, or the caller's stream failing) and log the abort failure; a bucket lifecycle rule
      // (AbortIncompleteMultipartUpload) is the backstop for such orphaned parts.
      const cause = limiter.failure ?? error;
      if (cause !== error) log.warn("S3 multipart upload could not be aborted", { bucket: this.bucket, key, ...describeError(error) });
      throw cause;
    } finally {
      // Stops reading the caller's stream (an HTTP download) if the upload gave up half way.
      source.destroy();
    }
  }

  async get(key: string, range?: RequestedRange): Promise<GetResult> {
    assertValidKey(key);
    if (range) assertValidRange(range);
    let response: GetObjectCommandOutput;
    try {
      response = await this.client.send(
        new GetObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Range: range ? `bytes=${range.start}-${range.end ?? ""}` : undefined,
        }),
      );
    } catch (error) {
      if (isNotFound(error)) throw new ObjectNotFoundError(key, { cause: error });
      if (statusOf(error) === 416) {
        const info = await this.stat(key);
        if (!info) throw new ObjectNotFoundError(key, { cause: error });
        throw new RangeNotSatisfiableError(key, info.size);
      }
      throw error;
    }
    const body = response.Body as Readable;
    const contentType = response.ContentType ?? DEFAULT_CONTENT_TYPE;
    if (!range) return { body, size: response.ContentLength ?? 0, contentType };
    const served = parseContentRange(response.ContentRange);
    if (!served) {
      body.destroy();
      throw new StorageError(`The S3 store ignored the Range request for ${key} (no Content-Range in its answer)`);
    }
    const end = Math.min(range.end ?? served.size - 1, served.size - 1);
    if (served.start !== range.start || served.end < end) {
      body.destroy();
      throw new StorageError(`The S3 store served bytes ${served.start}-${served.end} of ${key} for ${range.start}-${end}`);
    }
    // Some S3-compatible servers (s3rver for "bytes=0-0") send more than asked; callers get exactly their range.
    const trimmed = served.end > end ? takeBytes(body, end - range.start + 1) : body;
    return { body: trimmed, size: served.size, contentType, range: { start: range.start, end } };
  }

  async stat(key: string): Promise<ObjectInfo | null> {
    assertValidKey(key);
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { size: head.ContentLength ?? 0, contentType: head.ContentType ?? DEFAULT_CONTENT_TYPE };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertValidKey(key);
    // S3 answers 204 for a missing key too.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  /**
   * One DeleteObject per key rather than DeleteObjects: since SDK 3.729 the
   * batch call carries a CRC32 instead of Content-MD5, which MinIO, Ceph and
   * other S3-compatible stores reject. A record has a handful of objects.
   */
  async deletePrefix(prefix: string): Promise<number> {
    assertValidPrefix(prefix);
    let deleted = 0;
    let continuationToken: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: continuationToken }),
      );
      const keys = (page.Contents ?? []).flatMap((object) => (object.Key ? [object.Key] : []));
      for (let i = 0; i < keys.length; i += this.deleteConcurrency) {
        const batch = keys.slice(i, i + this.deleteConcurrency);
        await Promise.all(
          batch.map((key) => this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }))),
        );
        deleted += batch.length;
      }
      continuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (continuationToken);
    return deleted;
  }

  async toLocalFile(key: string, destPath: string): Promise<void> {
    const { body } = await this.get(key);
    try {
      await writeAtomically(destPath, (temp) => pipeline(body, createWriteStream(temp, { flags: "wx" })));
    } finally {
      body.destroy();
    }
  }
}

/**
 * The client for S3_* settings. With S3_ENDPOINT set (a self-hosted store) the
 * SDK's newer default checksums are turned down to "when required": stores
 * like s3rver and older MinIO/Ceph do not understand the aws-chunked trailing
 * checksum of streamed bodies and store it inside the object.
 */
export function s3StorageFromConfig(cfg: AppConfig): S3Storage {
  const bucket = cfg.S3_BUCKET;
  if (!bucket) throw new ConfigError("S3_BUCKET is not set");
  if (Boolean(cfg.S3_ACCESS_KEY_ID) !== Boolean(cfg.S3_SECRET_ACCESS_KEY)) {
    throw new ConfigError(
      "Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither to use the default AWS credential chain (instance role, AWS_PROFILE).",
    );
  }
  const checksums = cfg.S3_ENDPOINT ? "WHEN_REQUIRED" : "WHEN_SUPPORTED";
  const client = new S3Client({
    region: cfg.S3_REGION,
    endpoint: cfg.S3_ENDPOINT,
    forcePathStyle: cfg.S3_FORCE_PATH_STYLE,
    credentials:
      cfg.S3_ACCESS_KEY_ID && cfg.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: cfg.S3_ACCESS_KEY_ID, secretAccessKey: cfg.S3_SECRET_ACCESS_KEY }
        : undefined,
    requestChecksumCalculation: checksums,
    responseChecksumValidation: checksums,
    // Fail fast on an unreachable endpoint; requestTimeout is per idle socket, not per upload.
    requestHandler: { connectionTimeout: 10_000, requestTimeout: 120_000 },
  });
  return new S3Storage({ client, bucket });
}

function statusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata?.httpStatusCode;
}

function isNotFound(error: unknown): boolean {
  const name = (error as { name?: string } | undefined)?.name;
  return name === "NoSuchKey" || name === "NotFound" || statusOf(error) === 404;
}
