import type { AnyJob } from "../define-job";
import { analyzeRecord } from "./analyze-record";
import { expireExportJob } from "./expire-export";
import { exportRecords } from "./export-records";
import { processRecording } from "./process-recording";
import { reanalyze } from "./reanalyze";

/** Every job, for both engines: the embedded runner and Inngest's serve endpoint. */
export const allJobs: AnyJob[] = [processRecording, analyzeRecord, reanalyze, exportRecords, expireExportJob];
