import fs from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { CreateBucketCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";

/**
 * A local S3 (s3rver) on 127.0.0.1 for tests, for tests only.
 *
 * s3rver 3.7 does not implement AbortMultipartUpload (it answers 405) nor
 * ListMultipartUploads (501). Real S3, MinIO and Ceph do, and our S3 store
 * relies on the abort to leave nothing behind, so this harness answers the
 * abort itself the way S3 does (204, parts gone) and counts the calls; pending
 * uploads are then checked on s3rver's disk. `emulateAbort: false` shows what
 * happens against a store that refuses the abort.
 */
export type S3rverHarness = {
  endpoint: string;
  client: S3Client;
  /** AbortMultipartUpload requests answered so far. */
  aborts: () => number;
  createBucket(name: string): Promise<void>;
  /** Object keys plus pending multipart upload ids in the bucket. */
  leftovers(bucket: string): Promise<string[]>;
  stop(): Promise<void>;
};

export const S3RVER_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

export async function startS3rver(opts: { emulateAbort?: boolean } = {}): Promise<S3rverHarness> {
  const emulateAbort = opts.emulateAbort ?? true;
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), "s3rver-"));
  const s3rver = new S3rver({ silent: true, directory });
  const handle = s3rver.callback();
  const uploadsDir = (bucket: string) => path.join(directory, bucket, "._S3rver_uploads");
  let aborts = 0;

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const uploadId = url.searchParams.get("uploadId");
    if (emulateAbort && req.method === "DELETE" && uploadId && /^[0-9a-f]+$/.test(uploadId)) {
      const bucket = url.pathname.split("/")[1] ?? "";
      aborts++;
      fs.rm(path.join(uploadsDir(bucket), uploadId), { recursive: true, force: true }).then(
        () => res.writeHead(204).end(),
        () => res.writeHead(500).end(),
      );
      return;
    }
    handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = new S3Client({
    region: "us-east-1",
    endpoint,
    forcePathStyle: true,
    credentials: S3RVER_CREDENTIALS,
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });

  return {
    endpoint,
    client,
    aborts: () => aborts,
    async createBucket(name) {
      await client.send(new CreateBucketCommand({ Bucket: name }));
    },
    async leftovers(bucket) {
      const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket }));
      const keys = (listed.Contents ?? []).map((object) => object.Key ?? "");
      const pending = await fs.readdir(uploadsDir(bucket)).catch(() => []);
      return [...keys, ...pending.map((id) => `(pending multipart upload ${id})`)];
    },
    async stop() {
      client.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fs.rm(directory, { recursive: true, force: true });
    },
  };
}
