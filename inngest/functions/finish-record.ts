import { and, eq } from "drizzle-orm";
import { jobDeps } from "../deps";
import { records } from "../../db/schema";
import { defineJob } from "../define-job";
import { EVENTS } from "../events";

/**
 * The last stage of the pipeline, shared by every record: once the transcript
 * is stored, the record is completed. (Analysis will plug in before this.)
 */
export const finishRecord = defineJob({
  id: "finish-record",
  event: EVENTS.transcriptReady.name,
  schema: EVENTS.transcriptReady.schema,
  retries: 3,
  concurrencyPerOrg: 4,
  async handler({ event, step }) {
    const { orgId, recordId } = event.data;
    return step.run("mark-completed", async () => {
      const db = await jobDeps.getDb();
      const [row] = await db
        .update(records)
        .set({ status: "completed", error: null, completedAt: new Date(), updatedAt: new Date() })
        .where(and(eq(records.id, recordId), eq(records.orgId, orgId)))
        .returning({ id: records.id });
      // A record deleted meanwhile has nothing left to finish.
      return { completed: Boolean(row) };
    });
  },
  async onFailure({ event, error, step }) {
    await step.run("mark-failed", async () => {
      const db = await jobDeps.getDb();
      await db
        .update(records)
        .set({ status: "failed", error: `Processing failed: ${error.message}`, updatedAt: new Date() })
        .where(and(eq(records.id, event.data.recordId), eq(records.orgId, event.data.orgId)));
    });
  },
});
