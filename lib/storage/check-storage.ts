import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { getStorage } from "./index";

const PROBE_TIMEOUT_MS = 5_000;

/**
 * Readiness: the configured object store (local disk or S3) accepts a write
 * and a delete. Bounded in time, because a black-holed S3 endpoint would
 * otherwise hang the readiness probe instead of failing it.
 */
export async function checkStorage(): Promise<void> {
  const storage = getStorage();
  const key = `system/readiness/${process.pid}-${randomUUID()}`;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${storage.kind === "s3" ? "S3 object storage" : "Local object storage"} did not answer within ${PROBE_TIMEOUT_MS / 1000} s`)),
      PROBE_TIMEOUT_MS,
    );
  });
  const probe = (async () => {
    await storage.put(key, Readable.from([Buffer.from("ok")]), { contentType: "text/plain" });
    await storage.delete(key);
  })();
  try {
    await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
