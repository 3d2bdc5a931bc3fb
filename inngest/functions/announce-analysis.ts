import { publishAnalysisCompleted } from "../../lib/services/webhooks/publish-analysis-completed";
import { defineJob } from "../define-job";
import { jobDeps } from "../deps";
import { wakeJobEngine } from "../engine";
import { EVENTS } from "../events";

/**
 * Tells the organization's webhook endpoints that an analysis is stored (the
 * pipeline's and every re-analysis). Its own job, so a slow publish never
 * holds up the pipeline, and other listeners of analysis/completed (alerts)
 * run beside it.
 */
export const announceAnalysis = defineJob({
  id: "announce-analysis",
  event: EVENTS.analysisCompleted.name,
  schema: EVENTS.analysisCompleted.schema,
  retries: 3,
  concurrencyPerOrg: 4,
  async handler({ event, step }) {
    return step.run("publish-webhook", async () => {
      const result = await publishAnalysisCompleted(await jobDeps.getDb(), event.data);
      await wakeJobEngine();
      return result;
    });
  },
});
