import type { TranscriptRedaction, TranscriptSegment } from "../../db/schema/transcripts";
import type { ProjectSettings } from "../services/projects/project-settings";
import { redactSegments } from "./mask";

/**
 * The transcript as it may be stored under a project's redaction settings:
 * masked text and words, and where the masked spans were (for silencing the
 * audio). Applied before anything is written, so unmasked text never reaches
 * the database, the analysis or the LLM.
 */
export function redactTranscript(
  segments: readonly TranscriptSegment[],
  redaction: ProjectSettings["redaction"],
): { segments: TranscriptSegment[]; redactions: TranscriptRedaction[] } {
  if (!redaction.enabled || redaction.entities.length === 0) return { segments: [...segments], redactions: [] };
  const result = redactSegments(segments, redaction.entities);
  return {
    segments: result.segments,
    redactions: result.spans.map((s) => ({ kind: s.kind, segmentIndex: s.segmentIndex, startMs: s.startMs, endMs: s.endMs })),
  };
}
