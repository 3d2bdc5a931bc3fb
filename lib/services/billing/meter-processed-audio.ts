import type { Db } from "../../../db/client";
import { recordUsage } from "./record-usage";

/**
 * Meters a recording's minutes once its transcript is stored. The record's
 * duration counts, not each channel's: a stereo call is one call.
 */
export async function meterProcessedAudio(
  db: Db,
  input: { orgId: string; projectId: string; recordId: string; durationMs: number },
): Promise<boolean> {
  if (!(input.durationMs > 0)) return false;
  return recordUsage(
    db,
    { orgId: input.orgId, projectId: input.projectId, recordId: input.recordId, analysisId: null, sourceId: input.recordId },
    { kind: "audio_minutes", durationMs: input.durationMs },
  );
}
