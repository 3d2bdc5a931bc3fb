import type { AnyJob } from "../define-job";
import { analyzeRecord } from "./analyze-record";
import { evaluateAlerts } from "./evaluate-alerts";
import { processRecording } from "./process-recording";
import { reanalyze } from "./reanalyze";

/** Every job, for both engines: the embedded runner and Inngest's serve endpoint. */
export const allJobs: AnyJob[] = [processRecording, analyzeRecord, reanalyze, evaluateAlerts];
