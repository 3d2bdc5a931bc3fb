import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { vi } from "vitest";
import type { Db } from "../db/client";
import { createTestDb, type TestDb } from "../db/testing/test-db";
import { jobDeps } from "../inngest/deps";
import { allJobs } from "../inngest/functions";
import { LocalRunner } from "../inngest/local-runner";
import { resetConfigForTests } from "../lib/config";
import { resetStorageForTests } from "../lib/storage";

export interface JobTestEnv {
  testDb: TestDb;
  /** DATA_DIR for this file alone: stored objects land here and go with close(). */
  dataDir: string;
  close(): Promise<void>;
}

/**
 * What a test of services that queue jobs needs: a database of its own (the
 * job handlers' too, through jobDeps), a DATA_DIR of its own for stored
 * objects, and any other settings; close() undoes all of it.
 */
export async function openJobTestEnv(name: string, env: Record<string, string> = {}): Promise<JobTestEnv> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `callscope-${name}-`));
  vi.stubEnv("DATA_DIR", dataDir);
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  resetConfigForTests();
  resetStorageForTests();
  const testDb = await createTestDb();
  jobDeps.getDb = async () => testDb.db;
  return {
    testDb,
    dataDir,
    async close() {
      await testDb.close();
      vi.unstubAllEnvs();
      resetConfigForTests();
      resetStorageForTests();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The embedded runner with every job, small and quick to retry: what tests drain the queue with. */
export function jobRunner(db: Db): LocalRunner {
  return new LocalRunner({ db, jobs: allJobs, concurrency: 2, concurrencyPerOrg: 2, backoffBaseMs: 10 });
}
