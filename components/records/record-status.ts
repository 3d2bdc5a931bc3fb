import type { BadgeTone } from "@/components/ui/badge";
import type { RecordDto } from "@/lib/services/records/record-schemas";

export type RecordStatus = RecordDto["status"];

/** Completed and failed records never change by themselves, so nothing polls them. */
export function isSettled(status: RecordStatus): boolean {
  return status === "completed" || status === "failed";
}

export const STATUS_TONE: Record<RecordStatus, BadgeTone> = {
  pending: "neutral",
  processing: "brand",
  completed: "success",
  failed: "danger",
};

export const STATUS_LABEL: Record<RecordStatus, string> = {
  pending: "Pending",
  processing: "Processing",
  completed: "Completed",
  failed: "Failed",
};
