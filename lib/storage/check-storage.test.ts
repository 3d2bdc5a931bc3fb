import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, resetConfigForTests } from "../config";
import { checkStorage } from "./check-storage";
import { getStorage, resetStorageForTests } from "./index";
import { S3RVER_CREDENTIALS, startS3rver, type S3rverHarness } from "./s3rver-harness";

const saved = { ...process.env };
let dataDir: string;
let s3: S3rverHarness;

function useEnv(values: Record<string, string>) {
  for (const name of Object.keys(process.env)) if (name.startsWith("S3_") || name === "DATA_DIR") delete process.env[name];
  Object.assign(process.env, { DATA_DIR: dataDir }, values);
  resetConfigForTests();
  resetStorageForTests();
}

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "check-storage-"));
  s3 = await startS3rver();
  await s3.createBucket("readiness");
});

afterEach(() => {
  process.env = { ...saved };
  resetConfigForTests();
  resetStorageForTests();
});

afterAll(async () => {
  await s3?.stop();
  await fs.rm(dataDir, { recursive: true, force: true });
});

const s3Env = (bucket: string, endpoint = s3.endpoint) => ({
  S3_BUCKET: bucket,
  S3_ENDPOINT: endpoint,
  S3_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
  S3_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
});

describe("getStorage", () => {
  it("uses the local disk under DATA_DIR/objects unless S3_BUCKET is set, one instance per process", () => {
    useEnv({});
    expect(getStorage().kind).toBe("local");
    expect(getStorage()).toBe(getStorage());
    useEnv(s3Env("readiness"));
    expect(getStorage().kind).toBe("s3");
  });

  it("refuses half a pair of S3 credentials", () => {
    useEnv({ S3_BUCKET: "readiness", S3_ACCESS_KEY_ID: "only-the-id" });
    expect(() => getStorage()).toThrow(ConfigError);
    expect(() => getStorage()).toThrow(/S3_SECRET_ACCESS_KEY/);
  });
});

describe("checkStorage", () => {
  it("writes and deletes a probe on the local disk", async () => {
    useEnv({});
    await checkStorage();
    const files = await fs.readdir(path.join(dataDir, "objects"), { recursive: true, withFileTypes: true });
    expect(files.filter((f) => f.isFile())).toEqual([]);
  });

  it("writes and deletes a probe in the S3 bucket", async () => {
    useEnv(s3Env("readiness"));
    await checkStorage();
    expect(await s3.leftovers("readiness")).toEqual([]);
  });

  it("fails with the store's reason when the bucket is missing", async () => {
    useEnv(s3Env("no-such-bucket"));
    await expect(checkStorage()).rejects.toThrow(/bucket/i);
  });

  it("fails when the S3 endpoint does not answer", async () => {
    // Port 1 on loopback: nothing listens there, the connection is refused at once.
    useEnv(s3Env("readiness", "http://127.0.0.1:1"));
    await expect(checkStorage()).rejects.toThrow();
  });
});
