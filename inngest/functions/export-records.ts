import { markExportFailed } from "../../lib/services/exports/fail-export";
import { produceExport } from "../../lib/services/exports/produce-export";
import { startExport } from "../../lib/services/exports/start-export";
import { defineJob } from "../define-job";
import { jobDeps } from "../deps";
import { EVENTS } from "../events";

export const EXPORT_RETRIES = 2;

/**
 * Writes an export's file. Writing is one step: a stream into storage cannot
 * resume halfway, so a retry writes the whole file again (the store replaces
 * the object only once the new one is complete). Then it announces the file,
 * which schedules its deletion (expire-export).
 */
export const exportRecords = defineJob({
  id: "export-records",
  event: EVENTS.exportRequested.name,
  schema: EVENTS.exportRequested.schema,
  retries: EXPORT_RETRIES,
  // An export reads the database hard for a while: on Inngest, one per organization at a time leaves
  // room for the pipeline. (The embedded runner caps all of an organization's runs together, JOB_CONCURRENCY_PER_ORG.)
  concurrencyPerOrg: 1,
  async handler({ event, step }) {
    const { orgId, exportId } = event.data;
    const started = await step.run("start", async () => startExport(await jobDeps.getDb(), orgId, exportId));
    if (!started) return { status: "skipped" };
    const result = await step.run("write-file", async () => produceExport(await jobDeps.getDb(), orgId, exportId));
    if (result.status === "completed") {
      await step.sendEvent("export-completed", { id: `export-completed:${exportId}`, name: EVENTS.exportCompleted.name, data: { orgId, exportId } });
    }
    return result;
  },
  async onFailure({ event, error, step }) {
    await step.run("mark-failed", async () =>
      markExportFailed(await jobDeps.getDb(), event.data.orgId, event.data.exportId, `The export could not be written: ${error.message}`),
    );
  },
});
