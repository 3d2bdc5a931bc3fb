import { wordRangesOf, type TranscriptMark } from "@/components/records/transcript-pieces";
import type { TranscriptSegment } from "@/components/records/transcript-types";
import type { AnnotationDto } from "@/lib/services/reviews/annotation-schemas";

/** An annotation as the transcript shows it: a character span of its segment, with who wrote it. */
export interface AnnotationView {
  id: string;
  segmentIndex: number;
  charStart: number;
  charEnd: number;
  quote: string;
  label: string;
  comment: string;
  authorName: string;
  /** Written by the person looking: they may edit or delete it. */
  mine: boolean;
  createdAt: string;
  updatedAt: string;
}

/**
 * The characters an annotation covers. Annotations made through the API may
 * give a stretch of time instead: then the timed words inside it, and the
 * whole turn when its words are not known.
 */
export function charRangeOf(
  annotation: Pick<AnnotationDto, "charStart" | "charEnd" | "startMs" | "endMs">,
  segment: Pick<TranscriptSegment, "text" | "words"> | undefined,
): { charStart: number; charEnd: number } {
  const length = segment?.text.length ?? 0;
  if (annotation.charStart !== null && annotation.charEnd !== null) {
    return { charStart: Math.min(annotation.charStart, length), charEnd: Math.min(annotation.charEnd, length) };
  }
  if (!segment) return { charStart: 0, charEnd: 0 };
  const ranges = wordRangesOf(segment.text, segment.words);
  let start = Infinity;
  let end = -Infinity;
  segment.words.forEach((w, i) => {
    const range = ranges[i];
    if (!range || w.endMs <= annotation.startMs || w.startMs >= annotation.endMs) return;
    start = Math.min(start, range.charStart);
    end = Math.max(end, range.charEnd);
  });
  return Number.isFinite(start) ? { charStart: start, charEnd: end } : { charStart: 0, charEnd: length };
}

export function toAnnotationView(
  annotation: AnnotationDto,
  segments: readonly TranscriptSegment[],
  names: ReadonlyMap<string, string>,
  viewerId: string,
): AnnotationView {
  return {
    id: annotation.id,
    segmentIndex: annotation.segmentIndex,
    ...charRangeOf(annotation, segments[annotation.segmentIndex]),
    quote: annotation.quote,
    label: annotation.label,
    comment: annotation.comment,
    authorName: annotation.authorId ? (names.get(annotation.authorId) ?? "A former member") : "An integration",
    mine: annotation.authorId !== null && annotation.authorId === viewerId,
    createdAt: annotation.createdAt,
    updatedAt: annotation.updatedAt,
  };
}

/** The highlights per segment, for TranscriptDecorationsContext. */
export function marksBySegment(annotations: readonly AnnotationView[]): Map<number, TranscriptMark[]> {
  const map = new Map<number, TranscriptMark[]>();
  for (const a of annotations) {
    if (a.charEnd <= a.charStart) continue;
    const list = map.get(a.segmentIndex) ?? [];
    list.push({ id: a.id, charStart: a.charStart, charEnd: a.charEnd, label: a.label });
    map.set(a.segmentIndex, list);
  }
  for (const list of map.values()) list.sort((a, b) => a.charStart - b.charStart || a.charEnd - b.charEnd);
  return map;
}
