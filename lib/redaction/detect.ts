import { findWrittenCards } from "./cards";
import { findEmails } from "./email";
import { findPatternIds, findWrittenSsns } from "./national-id";
import { findWrittenPhones } from "./phone";
import { findSpokenNumbers } from "./spoken-numbers";
import type { DetectOptions, PiiKind, PiiSpan } from "./types";

/**
 * Which kind wins when two detections overlap. An address is the most
 * specific shape; a Luhn-valid card beats a phone-shaped reading of its
 * digits; an SSN-shaped number is never a phone.
 */
const PRIORITY: Record<PiiKind, number> = { email: 0, cardNumber: 1, nationalId: 2, phone: 3 };

/**
 * The PII in a text, written or spoken, as non-overlapping spans in text
 * order, of the requested kinds only.
 *
 * Every detector runs whatever was asked for, and overlaps are settled
 * before filtering: with only "phone" on, "123-45-6789" stays an SSN (left
 * alone) rather than turning into a phone number.
 *
 * The detectors favour precision (see each file for what they miss): a
 * masked phrase that was not PII makes a transcript harder to read, and the
 * audio copy loses that stretch of speech. What they cannot see, nothing
 * masks: treat redaction as reducing exposure, not as a guarantee.
 */
export function detectPii(text: string, kinds: Iterable<PiiKind>, options: DetectOptions = {}): PiiSpan[] {
  const wanted = new Set(kinds);
  if (wanted.size === 0 || text.length === 0) return [];
  const candidates = [
    ...findEmails(text),
    ...findWrittenCards(text),
    ...findWrittenSsns(text),
    ...findPatternIds(text, options.nationalIdPatterns ?? []),
    ...findWrittenPhones(text),
    ...findSpokenNumbers(text),
  ];
  return resolveOverlaps(candidates).filter((span) => wanted.has(span.kind));
}

/** Highest priority first, then the earliest, then the longest; the rest only where nothing was taken. */
export function resolveOverlaps(candidates: readonly PiiSpan[]): PiiSpan[] {
  const ordered = [...candidates].sort(
    (a, b) =>
      PRIORITY[a.kind] - PRIORITY[b.kind] ||
      a.charStart - b.charStart ||
      b.charEnd - b.charStart - (a.charEnd - a.charStart),
  );
  // Kept sorted by start, so each overlap check is a binary search.
  const taken: PiiSpan[] = [];
  for (const span of ordered) {
    if (span.charEnd <= span.charStart) continue;
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (taken[mid]!.charStart < span.charStart) lo = mid + 1;
      else hi = mid;
    }
    const before = taken[lo - 1];
    const after = taken[lo];
    if ((before && before.charEnd > span.charStart) || (after && after.charStart < span.charEnd)) continue;
    taken.splice(lo, 0, { kind: span.kind, charStart: span.charStart, charEnd: span.charEnd });
  }
  return taken;
}
