import { and, eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { jobSteps } from "../db/schema";
import type { JobEvent, StepTools } from "./define-job";

/** Thrown by a sleep that is not over yet: the runner parks the run until `wakeAt`. */
export class SleepInterrupt extends Error {
  constructor(readonly wakeAt: Date) {
    super(`sleeping until ${wakeAt.toISOString()}`);
    this.name = "SleepInterrupt";
  }
}

type Stored = { output: unknown; wakeAt: Date | null };

/**
 * Durable step tools for one run of the embedded runner. A finished step's
 * result is stored as JSON before the handler sees it, so a replay (retry or
 * restart) returns exactly what the first execution returned, as Inngest does.
 */
export function createLocalSteps(options: {
  db: Db;
  runId: string;
  /** Prefix for the failure handler's steps, so they never collide with the run's. */
  prefix?: string;
  enqueue: (events: JobEvent[]) => Promise<void>;
}): StepTools {
  const { db, runId, prefix = "" } = options;

  async function load(stepId: string): Promise<Stored | undefined> {
    const [row] = await db
      .select({ output: jobSteps.output, wakeAt: jobSteps.wakeAt })
      .from(jobSteps)
      .where(and(eq(jobSteps.runId, runId), eq(jobSteps.stepId, stepId)))
      .limit(1);
    return row;
  }

  async function save(stepId: string, value: unknown, wakeAt: Date | null = null) {
    await db
      .insert(jobSteps)
      .values({ runId, stepId, output: { value }, wakeAt })
      .onConflictDoNothing();
  }

  const unwrap = (stored: Stored) => (stored.output as { value?: unknown } | null)?.value;

  return {
    async run<T>(id: string, fn: () => Promise<T> | T): Promise<T> {
      const stepId = prefix + id;
      const done = await load(stepId);
      if (done) return unwrap(done) as T;
      const result = await fn();
      // JSON round trip: the first run sees what every replay will see.
      const json = result === undefined ? undefined : (JSON.parse(JSON.stringify(result)) as T);
      await save(stepId, json);
      return json as T;
    },

    async sendEvent(id: string, events: JobEvent | JobEvent[]): Promise<void> {
      const stepId = prefix + id;
      if (await load(stepId)) return;
      await options.enqueue(Array.isArray(events) ? events : [events]);
      await save(stepId, null);
    },

    async sleep(id: string, durationMs: number): Promise<void> {
      const stepId = prefix + id;
      const existing = await load(stepId);
      if (existing) {
        if (!existing.wakeAt || existing.wakeAt.getTime() <= Date.now()) return;
        throw new SleepInterrupt(existing.wakeAt);
      }
      const wakeAt = new Date(Date.now() + durationMs);
      await save(stepId, null, wakeAt);
      throw new SleepInterrupt(wakeAt);
    },
  };
}
