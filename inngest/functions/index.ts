import type { AnyJob } from "../define-job";
import { finishRecord } from "./finish-record";

/** Every job, for both engines: the embedded runner and Inngest's serve endpoint. */
export const allJobs: AnyJob[] = [finishRecord];
