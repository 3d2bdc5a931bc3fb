import type { GoTo } from "@/components/analysis/transcript-navigation";
import { activeIndex } from "./transcript-types";

type Param = string | string[] | undefined;
const one = (value: Param) => (Array.isArray(value) ? value[0] : value);

/**
 * The moment a record page is opened at: `?segment=` (a turn's index) and/or
 * `?t=` (seconds into the call), as search results link to them. Anything
 * out of range is ignored rather than an error: it is a hand-editable address.
 */
export function openAtFrom(params: { segment?: Param; t?: Param }, segments: readonly { startMs: number }[]): GoTo | null {
  if (segments.length === 0) return null;
  const seconds = Number(one(params.t));
  const ms = one(params.t) !== undefined && Number.isFinite(seconds) && seconds >= 0 && seconds <= 86_400 ? Math.round(seconds * 1000) : null;
  const rawSegment = one(params.segment);
  const index = rawSegment !== undefined && /^\d{1,6}$/.test(rawSegment) ? Number(rawSegment) : null;
  const segmentIndex = index !== null && index < segments.length ? index : ms !== null ? activeIndex(segments, ms) : -1;
  if (segmentIndex < 0) return null;
  return { segmentIndex, startMs: ms ?? segments[segmentIndex]!.startMs, label: "Search match" };
}
