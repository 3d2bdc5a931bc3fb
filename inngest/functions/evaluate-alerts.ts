import { evaluateAlertsForAnalysis } from "../../lib/services/alerts/evaluate-alerts";
import { defineJob } from "../define-job";
import { jobDeps } from "../deps";
import { EVENTS } from "../events";

/**
 * Alert rules, once an analysis is stored (by the pipeline or a re-analysis).
 * One step: evaluating and recording happen in one transaction that is
 * idempotent by unique keys, so a retried step cannot raise an incident twice,
 * and the `alert/triggered` events are queued in that same transaction.
 */
export const evaluateAlerts = defineJob({
  id: "evaluate-alerts",
  event: EVENTS.analysisCompleted.name,
  schema: EVENTS.analysisCompleted.schema,
  retries: 3,
  concurrencyPerOrg: 4,
  // Cheap, and the end of a record's way through the pipeline: ahead of new work.
  priority: 20,
  async handler({ event, step }) {
    const { orgId, analysisId } = event.data;
    return step.run("evaluate-rules", async () => evaluateAlertsForAnalysis(await jobDeps.getDb(), { orgId, analysisId }));
  },
});
