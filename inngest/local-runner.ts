import { randomUUID } from "node:crypto";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { NonRetriableError, RetryAfterError } from "inngest";
import type { Db } from "../db/client";
import { jobRuns, type JobRun } from "../db/schema";
import { newId } from "../lib/ids";
import { describeError, log } from "../lib/log";
import type { AnyJob, JobEvent } from "./define-job";
import { createLocalSteps, SleepInterrupt } from "./local-steps";

export interface LocalRunnerOptions {
  db: Db;
  jobs: AnyJob[];
  /** Runs executing at once in this process. */
  concurrency: number;
  /** Default cap of running runs per organization, across all processes sharing the database. */
  concurrencyPerOrg: number;
  /** How often to look for due runs when nothing wakes the runner. */
  pollMs?: number;
  /** A running run's lease; renewed while it runs, taken over by others once it lapses. */
  leaseMs?: number;
  /** First retry delay; doubles each attempt, capped at five minutes. */
  backoffBaseMs?: number;
}

const MAX_BACKOFF_MS = 5 * 60_000;

/**
 * The delay a job asked for with Inngest's RetryAfterError (a number of
 * seconds, or a date), so a handler that picks its own retry schedule gets it
 * on both engines. Undefined for any other error: the runner's backoff applies.
 */
function retryAfterMs(error: unknown): number | undefined {
  if (!(error instanceof RetryAfterError)) return undefined;
  const at = /^\d+$/.test(error.retryAfter) ? Date.now() + Number(error.retryAfter) * 1000 : Date.parse(error.retryAfter);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

function rowsOf<T>(result: unknown): T[] {
  // postgres.js returns the rows as an array; PGlite wraps them in { rows }.
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/**
 * Records a run for every job an event starts. Pass a transaction to queue the
 * runs in the same commit as the change that caused them. Returns the new run
 * ids: none for an event id seen before, so a repeated event is harmless.
 */
export async function enqueueRuns(db: Db, jobs: AnyJob[], events: JobEvent[]): Promise<string[]> {
  const created: string[] = [];
  for (const event of events) {
    const eventId = event.id ?? randomUUID();
    for (const job of jobs.filter((j) => j.event === event.name)) {
      // ON CONFLICT rather than catching the error: inside a caller's
      // transaction a failed insert would abort the whole transaction.
      const inserted = await db
        .insert(jobRuns)
        .values({
          id: newId("jobRun"),
          jobId: job.id,
          eventName: event.name,
          eventId,
          eventData: event.data,
          orgId: typeof event.data.orgId === "string" ? event.data.orgId : null,
          status: "queued",
        })
        .onConflictDoNothing({ target: [jobRuns.jobId, jobRuns.eventId] })
        .returning({ id: jobRuns.id });
      created.push(...inserted.map((r) => r.id));
    }
  }
  return created;
}

/**
 * The embedded job engine: runs the same job handlers as Inngest, in process,
 * with runs and finished steps stored in the database. A server killed in the
 * middle of a run resumes it after restart (its lease lapses), without redoing
 * finished steps. Failed runs are retried with exponential backoff; the number
 * of runs at once is capped per process and per organization.
 */
export class LocalRunner {
  readonly workerId = `worker-${randomUUID()}`;
  private readonly jobsById: Map<string, AnyJob>;
  /** `(case job_id when … then priority … end) desc,` or nothing: which due runs start first. */
  private readonly priorityOrder: SQL;
  private readonly pollMs: number;
  private readonly leaseMs: number;
  private readonly backoffBaseMs: number;
  private readonly active = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private ticking = false;
  private tickAgain = false;
  private stopped = true;

  constructor(private readonly options: LocalRunnerOptions) {
    this.jobsById = new Map(options.jobs.map((job) => [job.id, job]));
    const prioritized = options.jobs.filter((job) => job.priority);
    this.priorityOrder = prioritized.length
      ? sql`(case r.job_id ${sql.join(prioritized.map((job) => sql`when ${job.id} then ${job.priority!}`), sql` `)} else 0 end) desc,`
      : sql``;
    this.pollMs = options.pollMs ?? 1000;
    this.leaseMs = options.leaseMs ?? 5 * 60_000;
    this.backoffBaseMs = options.backoffBaseMs ?? 1000;
  }

  /** Queues runs (see enqueueRuns) and starts looking for them at once. */
  async enqueue(events: JobEvent | JobEvent[], db: Db = this.options.db): Promise<string[]> {
    const created = await enqueueRuns(db, this.options.jobs, Array.isArray(events) ? events : [events]);
    if (created.length) this.wake();
    return created;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.timer = setInterval(() => this.wake(), this.pollMs);
    this.timer.unref();
    this.wake();
  }

  /** Stops taking new runs and waits for the ones executing to finish or park. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await Promise.allSettled([...this.active]);
  }

  /**
   * Tests and scripts: run until no run is queued or executing, waiting out
   * backoffs and sleeps (up to the timeout).
   */
  async runUntilIdle(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (Date.now() > deadline) throw new Error("LocalRunner.runUntilIdle timed out");
      const claimed = await this.fill();
      if (this.active.size) {
        await Promise.race([...this.active]);
        continue;
      }
      if (claimed) continue;
      const [next] = await this.options.db
        .select({ at: sql<Date | string | null>`min(${jobRuns.runAfter})` })
        .from(jobRuns)
        .where(eq(jobRuns.status, "queued"));
      if (!next?.at) return;
      const wait = new Date(next.at).getTime() - Date.now();
      await new Promise((resolve) => setTimeout(resolve, Math.min(Math.max(wait, 5), 1000)));
    }
  }

  /** Look for due runs now (after a commit that queued some), rather than at the next poll. */
  wake(): void {
    if (this.stopped) return;
    if (this.ticking) {
      this.tickAgain = true;
      return;
    }
    this.ticking = true;
    this.fill()
      .catch((error) => log.error("job runner poll failed", describeError(error)))
      .finally(() => {
        this.ticking = false;
        if (this.tickAgain) {
          this.tickAgain = false;
          this.wake();
        }
      });
  }

  /** Claims due runs up to the process cap; returns how many it started. */
  private async fill(): Promise<number> {
    let started = 0;
    while (this.active.size < this.options.concurrency) {
      const run = await this.claim();
      if (!run) break;
      const execution = this.execute(run).finally(() => {
        this.active.delete(execution);
        this.wake();
      });
      this.active.add(execution);
      started++;
    }
    return started;
  }

  /**
   * Takes one due run: queued and due, or running with a lapsed lease (its
   * process died). SKIP LOCKED lets several processes share one table.
   */
  private async claim(): Promise<JobRun | undefined> {
    const leaseUntil = new Date(Date.now() + this.leaseMs);
    const result = await this.options.db.execute(sql`
      update job_runs set status = 'running', locked_by = ${this.workerId}, locked_until = ${leaseUntil.toISOString()}::timestamptz, updated_at = now()
      where id = (
        select r.id from job_runs r
        where ((r.status = 'queued' and r.run_after <= now()) or (r.status = 'running' and r.locked_until < now()))
          -- The organizations at their cap, found once per claim: a count per queued row
          -- made draining a long queue quadratic (bench/analysis/README.md).
          and (r.org_id is null or r.org_id not in (
            select x.org_id from job_runs x
            where x.status = 'running' and x.locked_until >= now() and x.org_id is not null
            group by x.org_id having count(*) >= ${this.options.concurrencyPerOrg}
          ))
        order by ${this.priorityOrder} r.run_after, r.created_at
        limit 1
        for update skip locked
      )
      returning id`);
    const [row] = rowsOf<{ id: string }>(result);
    if (!row) return undefined;
    const [run] = await this.options.db.select().from(jobRuns).where(eq(jobRuns.id, row.id));
    return run;
  }

  private async execute(run: JobRun): Promise<void> {
    const { db } = this.options;
    const job = this.jobsById.get(run.jobId);
    if (!job) {
      await this.finish(run.id, { status: "failed", error: `No job named ${run.jobId} in this build` });
      return;
    }
    const renew = setInterval(() => {
      db.update(jobRuns)
        .set({ lockedUntil: new Date(Date.now() + this.leaseMs) })
        .where(this.ownRun(run.id))
        .catch((error) => log.warn("job lease renewal failed", { runId: run.id, ...describeError(error) }));
    }, Math.max(50, Math.floor(this.leaseMs / 3)));
    renew.unref();

    const enqueue = async (events: JobEvent[]) => void (await this.enqueue(events));
    const event = { name: run.eventName, data: run.eventData, id: run.eventId };
    try {
      const parsed = job.schema.safeParse(run.eventData);
      if (!parsed.success) throw new NonRetriableError(`Event ${run.eventName} has invalid data: ${parsed.error.message}`);
      const output = await job.handler({
        event: { ...event, data: parsed.data },
        step: createLocalSteps({ db, runId: run.id, enqueue }),
        runId: run.id,
        attempt: run.attempts,
      });
      await this.finish(run.id, { status: "completed", output: output === undefined ? null : output });
    } catch (error) {
      if (error instanceof SleepInterrupt) {
        await this.park(run.id, error.wakeAt, run.attempts);
        return;
      }
      const attempts = run.attempts + 1;
      const message = error instanceof Error ? error.message : String(error);
      const final = error instanceof NonRetriableError || attempts > job.retries;
      if (!final) {
        const delay = retryAfterMs(error) ?? Math.min(MAX_BACKOFF_MS, this.backoffBaseMs * 2 ** (attempts - 1));
        log.warn("job step failed; retrying", { runId: run.id, jobId: job.id, attempts, delayMs: delay, errorMessage: message });
        await this.park(run.id, new Date(Date.now() + delay), attempts, message);
        return;
      }
      log.error("job failed", { runId: run.id, jobId: job.id, attempts, errorMessage: message });
      if (job.onFailure) {
        try {
          await job.onFailure({
            event,
            error: error instanceof Error ? error : new Error(message),
            step: createLocalSteps({ db, runId: run.id, prefix: "failure/", enqueue }),
          });
        } catch (failureError) {
          log.error("job failure handler failed", { runId: run.id, ...describeError(failureError) });
        }
      }
      await this.finish(run.id, { status: "failed", error: message, attempts });
    } finally {
      clearInterval(renew);
    }
  }

  /**
   * Writes go through `ownRun`: a process that stalled past its lease (and
   * whose run another worker took over) must not overwrite the newer outcome.
   */
  private ownRun(runId: string) {
    return and(eq(jobRuns.id, runId), eq(jobRuns.lockedBy, this.workerId));
  }

  private async park(runId: string, runAfter: Date, attempts: number, error?: string) {
    await this.options.db
      .update(jobRuns)
      .set({ status: "queued", runAfter, attempts, lockedBy: null, lockedUntil: null, updatedAt: new Date(), ...(error ? { error } : {}) })
      .where(this.ownRun(runId));
  }

  private async finish(runId: string, outcome: { status: "completed" | "failed"; output?: unknown; error?: string; attempts?: number }) {
    await this.options.db
      .update(jobRuns)
      .set({
        status: outcome.status,
        output: outcome.output ?? null,
        error: outcome.error ?? null,
        ...(outcome.attempts !== undefined ? { attempts: outcome.attempts } : {}),
        lockedBy: null,
        lockedUntil: null,
        finishedAt: new Date(),
        updatedAt: new Date(),
      })
      .where(this.ownRun(runId));
  }
}
