import { markAnalysisFailed } from "../../lib/services/analyses/store-analysis";
import { defineJob } from "../define-job";
import { jobDeps } from "../deps";
import { EVENTS } from "../events";
import { ANALYSIS_RETRIES, runAnalysisSteps } from "./analysis-steps";

/** A re-analysis someone asked for: a new analysis row scored like the first; the old one stays. */
export const reanalyze = defineJob({
  id: "reanalyze",
  event: EVENTS.analysisRequested.name,
  schema: EVENTS.analysisRequested.schema,
  retries: ANALYSIS_RETRIES,
  concurrencyPerOrg: 4,
  priority: 5,
  async handler({ event, step, attempt }) {
    const { orgId, analysisId } = event.data;
    const stored = await runAnalysisSteps(step, { orgId, analysisId }, { attempt, retries: ANALYSIS_RETRIES });
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
