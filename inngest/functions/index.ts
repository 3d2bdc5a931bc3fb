import type { AnyJob } from "../define-job";
import { finishRecord } from "./finish-record";
import { processRecording } from "./process-recording";

/** Every job, for both engines: the embedded runner and Inngest's serve endpoint. */
export const allJobs: AnyJob[] = [processRecording, finishRecord];
