import type { TranscriptSegment, TranscriptWord } from "@/db/schema/transcripts";

/** A recognised word located in its segment's text. */
export interface WordSpan {
  charStart: number;
  charEnd: number;
  startMs: number;
  endMs: number;
}

/** Where a span of text was said; `timing` says whether word timings or only the segment's times were available. */
export interface SpanTime {
  startMs: number;
  endMs: number;
  timing: "words" | "segment";
}

// A word not found this close after the previous one is treated as absent
// from the text (a client transcript whose words and text disagree) rather
// than allowed to pull the alignment far ahead.
const MAX_SKIP_CHARS = 64;

function escapeRegExp(text: string): string {
  return text.replace(/[\^$\\.*+?()[\]{}|/]/g, "\\$&");
}

/** "Thanks," → "thanks"; "for(2)" → "for". Engines differ on punctuation and case, the text decides. */
function normalizeWord(word: string): string {
  return word
    .replace(/\(\d+\)$/, "")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
// ’ and ' are the same apostrophe to the search; both are one UTF-16 unit, so offsets stay true.
const fold = (text: string) => text.toLowerCase().replace(/’/g, "'");

function isWordCharBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const code = text.charCodeAt(at - 1);
  const start = code >= 0xdc00 && code <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(start)!));
}

function isWordCharAt(text: string, at: number): boolean {
  return at < text.length && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(at)!));
}

/**
 * Locates each word in the text, in order. Speech engines give words without
 * punctuation (PocketSphinx: lowercase) while the text may be punctuated, so
 * each word is searched case-insensitively as a whole word after the previous
 * one. Words that cannot be found are left out. A plain indexOf over the
 * lower-cased text, with the word boundaries checked by hand: a regular
 * expression per word cost ~0.5 ms for every word the process had not seen
 * (bench/analysis/README.md), most of a 10-minute call's analysis.
 */
export function alignWords(text: string, words: readonly TranscriptWord[]): WordSpan[] {
  const haystack = fold(text);
  // Lower-casing that changes lengths (rare letters such as "İ") would shift offsets.
  if (haystack.length !== text.length) return alignWordsByPattern(text, words);
  const spans: WordSpan[] = [];
  let cursor = 0;
  for (const word of words) {
    if (!Number.isFinite(word.startMs) || !Number.isFinite(word.endMs)) continue;
    const core = normalizeWord(word.word ?? "");
    if (!core) continue;
    const needle = fold(core);
    if (needle.length !== core.length) return alignWordsByPattern(text, words);
    let at = haystack.indexOf(needle, cursor);
    while (at >= 0 && (isWordCharBefore(haystack, at) || isWordCharAt(haystack, at + needle.length))) {
      at = haystack.indexOf(needle, at + 1);
    }
    if (at < 0 || at - cursor > MAX_SKIP_CHARS) continue;
    spans.push({ charStart: at, charEnd: at + needle.length, startMs: word.startMs, endMs: word.endMs });
    cursor = at + needle.length;
  }
  return spans;
}

/** The same search with a regular expression per word: for texts whose lower case changes length. */
function alignWordsByPattern(text: string, words: readonly TranscriptWord[]): WordSpan[] {
  const spans: WordSpan[] = [];
  let cursor = 0;
  for (const word of words) {
    if (!Number.isFinite(word.startMs) || !Number.isFinite(word.endMs)) continue;
    const core = normalizeWord(word.word ?? "");
    if (!core) continue;
    const body = escapeRegExp(core).replace(/['’]/g, "['’]");
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, "giu");
    pattern.lastIndex = cursor;
    const match = pattern.exec(text);
    if (!match || match.index - cursor > MAX_SKIP_CHARS) continue;
    const charStart = match.index;
    const charEnd = charStart + match[0].length;
    spans.push({ charStart, charEnd, startMs: word.startMs, endMs: word.endMs });
    cursor = charEnd;
  }
  return spans;
}

/**
 * When the characters [charStart, charEnd) of a segment were said: from the
 * aligned words that overlap them, else the whole segment's times (chats,
 * emails, transcripts without word timings).
 */
export function timeOfSpan(
  segment: Pick<TranscriptSegment, "startMs" | "endMs">,
  words: readonly WordSpan[],
  charStart: number,
  charEnd: number,
): SpanTime {
  let startMs = Infinity;
  let endMs = -Infinity;
  for (const word of words) {
    if (word.charStart >= charEnd) break;
    if (word.charEnd <= charStart) continue;
    startMs = Math.min(startMs, word.startMs);
    endMs = Math.max(endMs, word.endMs);
  }
  if (startMs <= endMs) return { startMs, endMs, timing: "words" };
  return { startMs: segment.startMs, endMs: segment.endMs, timing: "segment" };
}
