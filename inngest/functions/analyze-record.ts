import { and, desc, eq, inArray } from "drizzle-orm";
import { analyses, records } from "../../db/schema";
import { createPendingAnalysis } from "../../lib/services/analyses/create-analysis";
import { markAnalysisFailed } from "../../lib/services/analyses/store-analysis";
import { publishRecordEvent } from "../../lib/services/webhooks/publish-record-event";
import { defineJob } from "../define-job";
import { jobDeps } from "../deps";
import { wakeJobEngine } from "../engine";
import { EVENTS } from "../events";
import { ANALYSIS_RETRIES, runAnalysisSteps } from "./analysis-steps";
import { failureKey } from "./failure-key";

/**
 * The last stage of the pipeline, shared by every record: once the transcript
 * is stored, score it against the project's scorecard, then mark the record
 * completed. If analysis fails for good the record fails with a message, and
 * keeps its transcript; retrying the record analyses it again.
 */
export const analyzeRecord = defineJob({
  id: "analyze-record",
  event: EVENTS.transcriptReady.name,
  schema: EVENTS.transcriptReady.schema,
  retries: ANALYSIS_RETRIES,
  concurrencyPerOrg: 4,
  // Finishing records already transcribed comes before starting new ones.
  priority: 10,
  async handler({ event, step, attempt }) {
    const { orgId, recordId } = event.data;
    const analysisId = await step.run("create-analysis", async () => createPendingAnalysis(await jobDeps.getDb(), { orgId, recordId }));
    // The record was deleted meanwhile: nothing left to do.
    if (!analysisId) return { skipped: true };

    const stored = await runAnalysisSteps(step, { orgId, analysisId }, { attempt, retries: ANALYSIS_RETRIES });
    const completed = await step.run("mark-completed", async () => {
      const db = await jobDeps.getDb();
      const done = await db.transaction(async (tx) => {
        const [row] = await tx
          .update(records)
          .set({ status: "completed", error: null, completedAt: new Date(), updatedAt: new Date() })
          .where(and(eq(records.id, recordId), eq(records.orgId, orgId)))
          .returning();
        // The record and its record.completed event commit together; keyed on the analysis that completed it.
        if (row) await publishRecordEvent(tx, row, "record.completed", analysisId, { analysisId });
        return Boolean(row);
      });
      await wakeJobEngine();
      return done;
    });
    if (stored && completed) {
      await step.sendEvent("analysis-completed", {
        id: `analysis-completed:${analysisId}`,
        name: EVENTS.analysisCompleted.name,
        data: { orgId, analysisId, recordId },
      });
    }
    return { analysisId, completed };
  },
  async onFailure({ event, error, step }) {
    const { orgId, recordId } = event.data;
    await step.run("mark-failed", async () => {
      const db = await jobDeps.getDb();
      const message = `Analysis failed: ${error.message}. The transcript is kept; retry the record to analyse it again.`;
      const [open] = await db
        .select({ id: analyses.id })
        .from(analyses)
        .where(and(eq(analyses.recordId, recordId), eq(analyses.orgId, orgId), inArray(analyses.status, ["pending", "processing"])))
        .orderBy(desc(analyses.createdAt))
        .limit(1);
      if (open) await markAnalysisFailed(db, orgId, open.id, error.message);
      await db.transaction(async (tx) => {
        const [row] = await tx
          .update(records)
          .set({ status: "failed", error: message, updatedAt: new Date() })
          .where(and(eq(records.id, recordId), eq(records.orgId, orgId)))
          .returning();
        // Keyed on the run's event: a retried record that fails again is a new event.
        if (row) await publishRecordEvent(tx, row, "record.failed", failureKey(event.id, recordId), { stage: "analysis" });
      });
      await wakeJobEngine();
    });
  },
});
