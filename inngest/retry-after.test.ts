import { eq } from "drizzle-orm";
import { RetryAfterError } from "inngest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { jobRuns } from "../db/schema";
import { createTestDb, type TestDb } from "../db/testing/test-db";
import { defineJob } from "./define-job";
import { LocalRunner } from "./local-runner";

/**
 * A job that chooses when it is retried (webhook deliveries do) throws
 * Inngest's RetryAfterError; the embedded runner must wait exactly that long
 * rather than apply its own backoff, so both engines keep the same schedule.
 */
let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

function retryingJob(id: string, retryAfter: () => number | Date) {
  const startedAt: number[] = [];
  const job = defineJob({
    id,
    event: `test/${id}`,
    schema: z.object({ orgId: z.string() }),
    retries: 2,
    async handler({ attempt }) {
      startedAt.push(Date.now());
      if (attempt === 0) throw new RetryAfterError("not yet", retryAfter());
      return { attempt };
    },
  });
  return { job, startedAt };
}

describe("RetryAfterError on the embedded runner", () => {
  it("retries at the date the job asked for, not after the runner's backoff", async () => {
    const { job, startedAt } = retryingJob("retry-at-date", () => new Date(Date.now() + 400));
    // A backoff of a minute: only the requested time can make this finish quickly.
    const runner = new LocalRunner({ db: testDb.db, jobs: [job], concurrency: 1, concurrencyPerOrg: 1, backoffBaseMs: 60_000, pollMs: 20 });
    await runner.enqueue({ name: "test/retry-at-date", data: { orgId: "org_a" } });
    await runner.runUntilIdle(10_000);
    expect(startedAt).toHaveLength(2);
    expect(startedAt[1]! - startedAt[0]!).toBeGreaterThanOrEqual(380);
    const [run] = await testDb.db.select().from(jobRuns).where(eq(jobRuns.jobId, "retry-at-date"));
    expect(run).toMatchObject({ status: "completed", attempts: 1, output: { attempt: 1 } });
  });

  it("reads a delay given in milliseconds (Inngest rounds it up to whole seconds)", async () => {
    const { job, startedAt } = retryingJob("retry-after-ms", () => 200);
    const runner = new LocalRunner({ db: testDb.db, jobs: [job], concurrency: 1, concurrencyPerOrg: 1, backoffBaseMs: 60_000, pollMs: 20 });
    await runner.enqueue({ name: "test/retry-after-ms", data: { orgId: "org_a" } });
    await runner.runUntilIdle(10_000);
    expect(startedAt).toHaveLength(2);
    expect(startedAt[1]! - startedAt[0]!).toBeGreaterThanOrEqual(950);
  });
});
