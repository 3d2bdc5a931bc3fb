/**
 * A stand-in for a Callscope server's job engine, for the kill-and-resume test
 * (inngest/kill-resume.test.ts): opens the database the parent names, runs
 * every job with the embedded runner, and prints each step as it really runs
 * ("start <step>", "done <step>"). Steps a resumed run takes from the database
 * print nothing. Exits once the record is completed or failed.
 *
 *   CHILD_DATABASE_URL=postgres://… | CHILD_PGLITE_DIR=/tmp/…  CHILD_RECORD_ID=rec_…  LEASE_MS=1500
 */
import { eq } from "drizzle-orm";
import { openDatabase } from "../db/client";
import { records } from "../db/schema";
import type { AnyJob, StepTools } from "../inngest/define-job";
import { jobDeps } from "../inngest/deps";
import { allJobs } from "../inngest/functions";
import { LocalRunner } from "../inngest/local-runner";

function traced(step: StepTools): StepTools {
  return {
    ...step,
    run: (id, fn) =>
      step.run(id, async () => {
        console.log(`start ${id}`);
        const result = await fn();
        console.log(`done ${id}`);
        return result;
      }),
  };
}

async function main() {
  const handle = await openDatabase(
    process.env.CHILD_DATABASE_URL ? { url: process.env.CHILD_DATABASE_URL, poolSize: 4 } : { pgliteDir: process.env.CHILD_PGLITE_DIR! },
  );
  jobDeps.getDb = async () => handle.db;
  const jobs: AnyJob[] = allJobs.map((job) => ({ ...job, handler: (ctx) => job.handler({ ...ctx, step: traced(ctx.step) }) }));
  const runner = new LocalRunner({
    db: handle.db,
    jobs,
    concurrency: 2,
    concurrencyPerOrg: 2,
    leaseMs: Number(process.env.LEASE_MS ?? 1500),
    pollMs: 200,
    backoffBaseMs: 100,
  });
  runner.start();
  console.log("ready");
  for (;;) {
    const [row] = await handle.db.select({ status: records.status }).from(records).where(eq(records.id, process.env.CHILD_RECORD_ID!));
    if (row?.status === "completed" || row?.status === "failed") {
      console.log(`record ${row.status}`);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await runner.stop();
  await handle.close();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
