import type { z } from "zod";

/**
 * The small step interface every job handler is written against. Inngest's own
 * `step` satisfies it (see to-inngest-function.ts), and so does the embedded
 * runner's, so one handler runs on either engine (DESIGN.md, Jobs).
 */
export interface StepTools {
  /** Runs `fn` once per run: a retried or resumed run gets the stored (JSON) result instead. */
  run<T>(id: string, fn: () => Promise<T> | T): Promise<T>;
  /** Sends events from inside a run, once. */
  sendEvent(id: string, events: JobEvent | JobEvent[]): Promise<void>;
  /** Pauses the run without holding a worker; `duration` in milliseconds. */
  sleep(id: string, durationMs: number): Promise<void>;
}

export interface JobEvent<D extends Record<string, unknown> = Record<string, unknown>> {
  name: string;
  data: D;
  /** De-duplication: the same id never starts the same job twice. */
  id?: string;
}

export interface JobContext<D> {
  event: { name: string; data: D; id: string };
  step: StepTools;
  runId: string;
  /** 0 on the first try. */
  attempt: number;
}

export interface JobDefinition<D extends Record<string, unknown> = Record<string, unknown>> {
  id: string;
  /** The event that starts it. */
  event: string;
  /** Validates the event's data at the edge; jobs carry ids, not data. */
  schema: z.ZodType<D>;
  /** Retries after the first failure (Inngest allows 0 to 20). */
  retries: number;
  /**
   * Runs of one organization at once, keyed on `data.orgId`, so one busy
   * customer cannot starve the others.
   */
  concurrencyPerOrg?: number;
  /**
   * Embedded runner only: among due runs, higher starts first. Its one process
   * cap is shared by every job, so without this a burst of uploads would keep
   * the last stage of earlier records waiting behind them. (Inngest queues
   * each function separately, so there the stages do not compete.)
   */
  priority?: number;
  handler(ctx: JobContext<D>): Promise<unknown>;
  /** Called once, after the last retry failed: mark what the job was doing as failed. */
  onFailure?(ctx: { event: { name: string; data: D; id: string }; error: Error; step: StepTools }): Promise<void>;
}

// The generic is erased in collections of jobs; the schema re-establishes it at run time.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyJob = JobDefinition<any>;

export function defineJob<D extends Record<string, unknown>>(definition: JobDefinition<D>): JobDefinition<D> {
  if (!Number.isInteger(definition.retries) || definition.retries < 0 || definition.retries > 20) {
    throw new Error(`Job ${definition.id}: retries must be a whole number from 0 to 20`);
  }
  return definition;
}
