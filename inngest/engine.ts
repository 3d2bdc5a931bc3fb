import type { Db } from "../db/client";
import { getDb } from "../db/client";
import { config } from "../lib/config";
import { inngestClient, usesInngest } from "./client";
import type { JobEvent } from "./define-job";
import { enqueueRuns, LocalRunner } from "./local-runner";

const globalForRunner = globalThis as unknown as { __callscopeRunner?: Promise<LocalRunner> };

/** The process's embedded runner (one per process, kept across dev reloads). */
export function getLocalRunner(): Promise<LocalRunner> {
  globalForRunner.__callscopeRunner ??= (async () => {
    const { allJobs } = await import("./functions");
    const cfg = config();
    return new LocalRunner({
      db: await getDb(),
      jobs: allJobs,
      concurrency: cfg.JOB_CONCURRENCY,
      concurrencyPerOrg: cfg.JOB_CONCURRENCY_PER_ORG,
    });
  })();
  return globalForRunner.__callscopeRunner;
}

/** Starts the embedded runner when it is the engine; Inngest calls /api/inngest instead. */
export async function startJobEngine(): Promise<void> {
  if (usesInngest()) return;
  (await getLocalRunner()).start();
}

/**
 * Sends events to whichever engine runs the jobs. With the embedded runner,
 * pass the transaction that wrote the record: the run is then queued in the
 * same commit, so a record is never left without its job.
 */
export async function sendJobEvents(events: JobEvent[], options: { db?: Db } = {}): Promise<void> {
  if (usesInngest()) {
    await inngestClient().send(events.map((e) => ({ ...(e.id ? { id: e.id } : {}), name: e.name, data: e.data })));
    return;
  }
  const { allJobs } = await import("./functions");
  await enqueueRuns(options.db ?? (await getDb()), allJobs, events);
}

/** After the transaction that queued runs commits: let this process's runner start them now. */
export async function wakeJobEngine(): Promise<void> {
  const runner = globalForRunner.__callscopeRunner;
  if (runner && !usesInngest()) (await runner).wake();
}
