import type { AnyJob } from "../define-job";
import { analyzeRecord } from "./analyze-record";
import { expireExportJob } from "./expire-export";
import { exportRecords } from "./export-records";
import { announceAnalysis } from "./announce-analysis";
import { deliverAlert } from "./deliver-alert";
import { deliverWebhook } from "./deliver-webhook";
import { evaluateAlerts } from "./evaluate-alerts";
import { notifyBudget } from "./notify-budget";
import { processRecording } from "./process-recording";
import { reanalyze } from "./reanalyze";
import { sendEmailJob } from "./send-email";

/** Every job, for both engines: the embedded runner and Inngest's serve endpoint. */
export const allJobs: AnyJob[] = [
  processRecording,
  analyzeRecord,
  reanalyze,
  announceAnalysis,
  evaluateAlerts,
  deliverAlert,
  deliverWebhook,
  sendEmailJob,
  exportRecords,
  expireExportJob,
  notifyBudget,
];
