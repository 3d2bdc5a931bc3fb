import { eq } from "drizzle-orm";
import { NonRetriableError } from "inngest";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { createTestDb, type TestDb } from "../db/testing/test-db";
import { jobRuns, jobSteps } from "../db/schema";
import { defineJob, type AnyJob } from "./define-job";
import { LocalRunner } from "./local-runner";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());
beforeEach(async () => {
  await testDb.db.delete(jobRuns);
});

const data = z.object({ orgId: z.string(), n: z.number() });

function runner(jobs: AnyJob[], overrides: Partial<ConstructorParameters<typeof LocalRunner>[0]> = {}) {
  return new LocalRunner({ db: testDb.db, jobs, concurrency: 2, concurrencyPerOrg: 2, backoffBaseMs: 10, pollMs: 20, ...overrides });
}

async function runsOf(jobId: string) {
  return testDb.db.select().from(jobRuns).where(eq(jobRuns.jobId, jobId));
}

describe("the embedded job runner", () => {
  it("runs a job's steps in order, stores each result and the output", async () => {
    const calls: string[] = [];
    const job = defineJob({
      id: "double",
      event: "test/double",
      schema: data,
      retries: 0,
      async handler({ event, step }) {
        const doubled = await step.run("double", () => (calls.push("double"), event.data.n * 2));
        const withDate = await step.run("stamp", () => (calls.push("stamp"), { doubled, at: new Date(0) }));
        return withDate;
      },
    });
    const r = runner([job]);
    await r.enqueue({ name: "test/double", data: { orgId: "org_a", n: 21 } });
    await r.runUntilIdle();
    const [run] = await runsOf("double");
    expect(run).toMatchObject({ status: "completed", attempts: 0 });
    // Results are what JSON keeps, on the first run as on every replay.
    expect(run!.output).toEqual({ doubled: 42, at: "1970-01-01T00:00:00.000Z" });
    expect(calls).toEqual(["double", "stamp"]);
    const steps = await testDb.db.select().from(jobSteps).where(eq(jobSteps.runId, run!.id));
    expect(steps.map((s) => s.stepId).sort()).toEqual(["double", "stamp"]);
  });

  it("starts a job once per event id", async () => {
    const job = defineJob({ id: "once", event: "test/once", schema: data, retries: 0, handler: async () => null });
    const r = runner([job]);
    const first = await r.enqueue({ id: "evt-1", name: "test/once", data: { orgId: "org_a", n: 1 } });
    const second = await r.enqueue({ id: "evt-1", name: "test/once", data: { orgId: "org_a", n: 1 } });
    expect(first).toHaveLength(1);
    expect(second).toHaveLength(0);
    expect(await runsOf("once")).toHaveLength(1);
  });

  it("retries a failing step with backoff without repeating finished steps", async () => {
    let prepared = 0;
    let flaky = 0;
    const job = defineJob({
      id: "flaky",
      event: "test/flaky",
      schema: data,
      retries: 3,
      async handler({ step }) {
        await step.run("prepare", () => ++prepared);
        return step.run("call-provider", () => {
          flaky++;
          if (flaky < 3) throw new Error(`provider down (try ${flaky})`);
          return "ok";
        });
      },
    });
    const r = runner([job]);
    await r.enqueue({ name: "test/flaky", data: { orgId: "org_a", n: 1 } });
    await r.runUntilIdle();
    const [run] = await runsOf("flaky");
    expect(run).toMatchObject({ status: "completed", attempts: 2, output: "ok" });
    expect(prepared).toBe(1);
    expect(flaky).toBe(3);
  });

  it("gives up after the last retry and calls the failure handler once", async () => {
    const failures: string[] = [];
    const job = defineJob({
      id: "doomed",
      event: "test/doomed",
      schema: data,
      retries: 2,
      async handler({ step }) {
        await step.run("explode", () => {
          throw new Error("the recording is silent");
        });
      },
      async onFailure({ error, event, step }) {
        await step.run("mark-failed", () => failures.push(`${event.data.n}: ${error.message}`));
      },
    });
    const r = runner([job]);
    await r.enqueue({ name: "test/doomed", data: { orgId: "org_a", n: 7 } });
    await r.runUntilIdle();
    const [run] = await runsOf("doomed");
    expect(run).toMatchObject({ status: "failed", attempts: 3, error: "the recording is silent" });
    expect(failures).toEqual(["7: the recording is silent"]);
  });

  it("does not retry a non-retriable error or an event with invalid data", async () => {
    let tries = 0;
    const job = defineJob({
      id: "final",
      event: "test/final",
      schema: data,
      retries: 5,
      async handler() {
        tries++;
        throw new NonRetriableError("the file is not audio");
      },
    });
    const r = runner([job]);
    await r.enqueue({ name: "test/final", data: { orgId: "org_a", n: 1 } });
    await r.enqueue({ name: "test/final", data: { orgId: "org_a", n: "not a number" } });
    await r.runUntilIdle();
    const runs = await runsOf("final");
    expect(runs.map((x) => x.status)).toEqual(["failed", "failed"]);
    expect(runs.map((x) => x.attempts)).toEqual([1, 1]);
    expect(tries).toBe(1);
    expect(runs.find((x) => x.error?.includes("invalid data"))).toBeTruthy();
  });

  it("resumes a run whose process died, without redoing finished steps", async () => {
    let decoded = 0;
    let transcribed = 0;
    let release!: () => void;
    const stuck = new Promise<void>((resolve) => (release = resolve));
    let firstProcess = true;
    const job = defineJob({
      id: "pipeline",
      event: "test/pipeline",
      schema: data,
      retries: 0,
      async handler({ step }) {
        await step.run("decode", () => ++decoded);
        return step.run("transcribe", async () => {
          if (firstProcess) {
            firstProcess = false;
            await stuck; // the "server" dies here
          }
          return ++transcribed;
        });
      },
    });
    const dying = runner([job], { leaseMs: 200 });
    await dying.enqueue({ name: "test/pipeline", data: { orgId: "org_a", n: 1 } });
    const abandoned = dying.runUntilIdle(60_000).catch(() => {});
    // Wait until the first process is inside "transcribe", then let its lease lapse.
    while (decoded === 0) await new Promise((r) => setTimeout(r, 10));
    await testDb.db.update(jobRuns).set({ lockedUntil: new Date(Date.now() - 1000) });

    const restarted = runner([job], { leaseMs: 200 });
    await restarted.runUntilIdle();
    const [run] = await runsOf("pipeline");
    expect(run).toMatchObject({ status: "completed", output: 1 });
    expect(decoded).toBe(1);
    expect(transcribed).toBe(1);

    // The stalled process wakes up late: it must not overwrite the outcome.
    release();
    await abandoned;
    const [after] = await runsOf("pipeline");
    expect(after).toMatchObject({ status: "completed", output: 1 });
  });

  it("starts due runs of higher-priority jobs first, so later stages are not starved by new work", async () => {
    const order: string[] = [];
    const record = (id: string) => async ({ event }: { event: { data: { n: number } } }) => void order.push(`${id}-${event.data.n}`);
    const early = defineJob({ id: "transcribe", event: "test/uploaded", schema: data, retries: 0, handler: record("transcribe") });
    const late = defineJob({ id: "analyze", event: "test/transcribed", schema: data, retries: 0, priority: 10, handler: record("analyze") });
    const r = runner([early, late], { concurrency: 1 });
    for (let n = 1; n <= 3; n++) await r.enqueue({ name: "test/uploaded", data: { orgId: "org_a", n } });
    await r.enqueue({ name: "test/transcribed", data: { orgId: "org_a", n: 0 } });
    await r.runUntilIdle();
    expect(order).toEqual(["analyze-0", "transcribe-1", "transcribe-2", "transcribe-3"]);
  });

  it("caps running runs per organization but lets other organizations through", async () => {
    const running = new Map<string, number>();
    const peak = new Map<string, number>();
    const job = defineJob({
      id: "busy",
      event: "test/busy",
      schema: data,
      retries: 0,
      async handler({ event, step }) {
        await step.run("work", async () => {
          const org = event.data.orgId;
          running.set(org, (running.get(org) ?? 0) + 1);
          peak.set(org, Math.max(peak.get(org) ?? 0, running.get(org)!));
          await new Promise((r) => setTimeout(r, 40));
          running.set(org, running.get(org)! - 1);
        });
      },
    });
    const r = runner([job], { concurrency: 3, concurrencyPerOrg: 1 });
    for (let n = 0; n < 3; n++) await r.enqueue({ name: "test/busy", data: { orgId: "org_a", n } });
    await r.enqueue({ name: "test/busy", data: { orgId: "org_b", n: 9 } });
    await r.runUntilIdle();
    expect(peak.get("org_a")).toBe(1);
    expect(peak.get("org_b")).toBe(1);
    expect((await runsOf("busy")).every((x) => x.status === "completed")).toBe(true);
  });

  it("sleeps without holding a worker, and sends events that start other jobs", async () => {
    const order: string[] = [];
    const first = defineJob({
      id: "first",
      event: "test/first",
      schema: data,
      retries: 0,
      async handler({ event, step }) {
        await step.run("before", () => order.push("before"));
        await step.sleep("cool-off", 50);
        await step.run("after", () => order.push("after"));
        await step.sendEvent("hand-over", { name: "test/second", data: { orgId: event.data.orgId, n: event.data.n + 1 } });
      },
    });
    const second = defineJob({
      id: "second",
      event: "test/second",
      schema: data,
      retries: 0,
      handler: async ({ event }) => order.push(`second ${event.data.n}`),
    });
    const r = runner([first, second]);
    const started = Date.now();
    await r.enqueue({ name: "test/first", data: { orgId: "org_a", n: 1 } });
    await r.runUntilIdle();
    expect(Date.now() - started).toBeGreaterThanOrEqual(50);
    expect(order).toEqual(["before", "after", "second 2"]);
    expect((await runsOf("second"))[0]).toMatchObject({ status: "completed" });
  });

  it("runs by itself once started, picking up new events", async () => {
    const seen: number[] = [];
    const job = defineJob({ id: "live", event: "test/live", schema: data, retries: 0, handler: async ({ event }) => seen.push(event.data.n) });
    const r = runner([job]);
    r.start();
    await r.enqueue({ name: "test/live", data: { orgId: "org_a", n: 5 } });
    for (let i = 0; i < 100 && !seen.length; i++) await new Promise((res) => setTimeout(res, 20));
    await r.stop();
    expect(seen).toEqual([5]);
  });
});
