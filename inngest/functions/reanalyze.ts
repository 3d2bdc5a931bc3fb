import { markAnalysisFailed } from "../../lib/services/analyses/store-analysis";
import { defineJob } from "../define-job";
import { jobDeps } from "../deps";
import { EVENTS } from "../events";
import { runAnalysisSteps } from "./analysis-steps";

/** A re-analysis someone asked for: a new analysis row scored like the first; the old one stays. */
export const reanalyze = defineJob({
  id: "reanalyze",
  event: EVENTS.analysisRequested.name,
  schema: EVENTS.analysisRequested.schema,
  retries: 3,
  concurrencyPerOrg: 4,
  async handler({ event, step }) {
    const { orgId, analysisId } = event.data;
    const stored = await runAnalysisSteps(step, { orgId, analysisId });
    if (stored) {
      await step.sendEvent("analysis-completed", {
        id: `analysis-completed:${analysisId}`,
        name: EVENTS.analysisCompleted.name,
        data: { orgId, analysisId, recordId: stored.recordId },
      });
    }
    return { analysisId, stored: Boolean(stored) };
  },
  async onFailure({ event, error, step }) {
    await step.run("mark-failed", async () => markAnalysisFailed(await jobDeps.getDb(), event.data.orgId, event.data.analysisId, error.message));
  },
});
