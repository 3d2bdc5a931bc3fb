import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../config";
import { StorageLimitError } from "./errors";
import { S3Storage, s3StorageFromConfig } from "./s3";
import { S3RVER_CREDENTIALS, startS3rver, type S3rverHarness } from "./s3rver-harness";
import { describeStorageContract } from "./storage-contract";

const MiB = 1024 * 1024;
let s3: S3rverHarness;
let buckets = 0;

beforeAll(async () => {
  s3 = await startS3rver();
});

afterAll(async () => {
  await s3?.stop();
});

/** A store built from S3_* settings the way getStorage() builds it, on a fresh bucket. */
async function storeOnNewBucket(): Promise<{ store: S3Storage; bucket: string }> {
  const bucket = `contract-${++buckets}`;
  await s3.createBucket(bucket);
  const cfg = parseConfig({
    S3_BUCKET: bucket,
    S3_ENDPOINT: s3.endpoint,
    S3_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
    S3_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
  } as unknown as NodeJS.ProcessEnv);
  return { store: s3StorageFromConfig(cfg), bucket };
}

// 5 MiB parts (S3's minimum) so the contract's 6-20 MiB bodies really go multipart.
describeStorageContract("S3 (s3rver)", async () => {
  const bucket = `contract-${++buckets}`;
  await s3.createBucket(bucket);
  return {
    storage: new S3Storage({ client: s3.client, bucket, partSizeBytes: 5 * MiB }),
    leftovers: () => s3.leftovers(bucket),
  };
});

describe("S3 store", () => {
  it("works with the client built from S3_* settings (streamed bodies are stored byte-exact)", async () => {
    const { store, bucket } = await storeOnNewBucket();
    async function* chunks() {
      yield Buffer.from("streamed ");
      yield Buffer.from("body");
    }
    expect(await store.put("records/rec_1/original.wav", chunks(), { contentType: "audio/wav" })).toEqual({ size: 13 });
    const got = await store.get("records/rec_1/original.wav");
    expect(await text(got.body)).toBe("streamed body");
    expect(got).toMatchObject({ size: 13, contentType: "audio/wav" });
    expect(await store.deletePrefix("records/rec_1/")).toBe(1);
    expect(await s3.leftovers(bucket)).toEqual([]);
  });

  it("aborts the multipart upload when the limit is hit", async () => {
    const bucket = `contract-${++buckets}`;
    await s3.createBucket(bucket);
    const store = new S3Storage({ client: s3.client, bucket, partSizeBytes: 5 * MiB });
    const before = s3.aborts();
    const body = Readable.from(Array.from({ length: 12 }, () => Buffer.alloc(MiB)));
    await expect(store.put("big.bin", body, { contentType: "audio/wav", maxBytes: 11 * MiB })).rejects.toBeInstanceOf(
      StorageLimitError,
    );
    expect(s3.aborts()).toBe(before + 1);
    expect(await s3.leftovers(bucket)).toEqual([]);
  });

  it("still reports the limit when the store refuses the abort (plain s3rver)", async () => {
    const plain = await startS3rver({ emulateAbort: false });
    try {
      await plain.createBucket("no-abort");
      const store = new S3Storage({ client: plain.client, bucket: "no-abort", partSizeBytes: 5 * MiB });
      const body = Readable.from(Array.from({ length: 12 }, () => Buffer.alloc(MiB)));
      const error = await store
        .put("big.bin", body, { contentType: "audio/wav", maxBytes: 11 * MiB })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StorageLimitError);
      // What a store without AbortMultipartUpload keeps: a bucket lifecycle rule has to clean it up.
      expect(await plain.leftovers("no-abort")).toEqual([expect.stringMatching(/^\(pending multipart upload/)]);
    } finally {
      await plain.stop();
    }
  });
});
