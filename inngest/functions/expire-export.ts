import { expireExport, findExportExpiry } from "../../lib/services/exports/expire-export";
import { defineJob } from "../define-job";
import { jobDeps } from "../deps";
import { EVENTS } from "../events";

/**
 * Deletes an export's file when it expires. It sleeps until then: both
 * engines support durable sleeps (the embedded runner parks the run in the
 * database with run_after at the wake time, holding no worker; Inngest
 * schedules the wake-up), so no sweep over all exports is needed.
 */
export const expireExportJob = defineJob({
  id: "expire-export",
  event: EVENTS.exportCompleted.name,
  schema: EVENTS.exportCompleted.schema,
  retries: 5,
  async handler({ event, step }) {
    const { orgId, exportId } = event.data;
    const expiresAt = await step.run("find-expiry", async () => findExportExpiry(await jobDeps.getDb(), orgId, exportId));
    if (!expiresAt) return { status: "skipped" };
    // The wait is fixed when the sleep first runs; a replay keeps the stored wake-up time.
    await step.sleep("until-expiry", Math.max(1000, Date.parse(expiresAt) - Date.now()));
    await step.run("delete-file", async () => expireExport(await jobDeps.getDb(), orgId, exportId));
    return { status: "expired", expiresAt };
  },
});
