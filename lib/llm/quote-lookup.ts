import type { TranscriptSegment } from "@/db/schema/transcripts";

/**
 * Checks the model's quotes against the transcript: a quote counts when it
 * occurs in a segment's text ignoring case, runs of whitespace and
 * typographic quotes and dashes. The match gives the transcript's own text
 * for the span and its time: the aligned words' times when the segment has
 * word timings that line up, else the segment's.
 */
export interface QuoteMatch {
  segmentIndex: number;
  /** The transcript's text for the matched span, as stored. */
  quote: string;
  startMs: number;
  endMs: number;
}

export interface QuoteLookup {
  /**
   * The quote in `segmentIndex` when it is there, else in the nearest segment
   * that has it (the first, without an index); null when no segment has it.
   */
  find(quote: string, segmentIndex?: number | null): QuoteMatch | null;
}

/** Normalised text with, for each of its characters, the original span it came from. */
interface Normalized {
  text: string;
  starts: number[];
  ends: number[];
}

const TYPOGRAPHIC: Record<string, string> = {
  "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "`": "'",
  "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
  "\u2013": "-", "\u2014": "-", "\u2212": "-",
  "\u2026": "...",
};

export function normalize(text: string): Normalized {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < text.length; ) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    const next = i + ch.length;
    if (/\s/u.test(ch)) {
      if (pendingSpace < 0) pendingSpace = i;
    } else {
      if (pendingSpace >= 0 && out.length > 0) {
        out.push(" ");
        starts.push(pendingSpace);
        ends.push(pendingSpace + 1);
      }
      pendingSpace = -1;
      for (const c of (TYPOGRAPHIC[ch] ?? ch).toLowerCase()) {
        out.push(c);
        starts.push(i);
        ends.push(next);
      }
    }
    i = next;
  }
  return { text: out.join(""), starts, ends };
}

const ELLIPSIS = /\s*(?:\.\.\.|\u2026)\s*/;

/** The model's quote without wrapping quotation marks, outer ellipses or a copied line prefix. */
export function cleanQuote(quote: string): string {
  let text = quote.trim().replace(/^\[\d+\]\s*\S+\s+\d+:\d{2}:\s*/, "");
  for (;;) {
    const before = text;
    text = text
      .replace(/^["'\u2018\u2019\u201c\u201d\u00ab\u00bb]+|["'\u2018\u2019\u201c\u201d\u00ab\u00bb]+$/g, "")
      .replace(/^(?:\.\.\.|\u2026)|(?:\.\.\.|\u2026)$/g, "")
      .trim();
    if (text === before) return text;
  }
}

/** Lowercase letters and digits of a word: "Calling," and "calling" are the same token. */
function token(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}']+/gu, "");
}

function tokens(text: string): string[] {
  return text.split(/\s+/).map(token).filter(Boolean);
}

/** Times of the words that spell the span, when the segment's words line up with its text. */
function wordTimes(segment: TranscriptSegment, start: number, end: number): { startMs: number; endMs: number } | null {
  const words = segment.words.map((w) => ({ ...w, token: token(w.word) })).filter((w) => w.token);
  const wanted = tokens(segment.text.slice(start, end));
  // A span starting or ending inside a word does not align with word timings.
  const cutsWord = /[\p{L}\p{N}]/u.test(segment.text[start - 1] ?? " ") || /[\p{L}\p{N}]/u.test(segment.text[end] ?? " ");
  if (wanted.length === 0 || words.length < wanted.length || cutsWord) return null;
  const matchesAt = (k: number) => wanted.every((t, j) => words[k + j]?.token === t);
  // Prefer the position the text itself gives (the words usually spell the text).
  const expected = tokens(segment.text.slice(0, start)).length;
  let at = matchesAt(expected) ? expected : -1;
  for (let k = 0; at < 0 && k + wanted.length <= words.length; k++) if (matchesAt(k)) at = k;
  if (at < 0) return null;
  return { startMs: words[at]!.startMs, endMs: words[at + wanted.length - 1]!.endMs };
}

/** Where the quote's pieces (split at inner ellipses) occur in order: the span from the first to the last. */
function locate(haystack: string, pieces: string[]): [number, number] | null {
  let from = 0;
  let start = -1;
  let end = -1;
  for (const piece of pieces) {
    const at = haystack.indexOf(piece, from);
    if (at < 0) return null;
    if (start < 0) start = at;
    end = at + piece.length;
    from = end;
  }
  return start < 0 ? null : [start, end];
}

export function createQuoteLookup(segments: TranscriptSegment[]): QuoteLookup {
  const cache = new Map<number, Normalized>();
  const normalized = (index: number) => {
    let value = cache.get(index);
    if (!value) {
      value = normalize(segments[index]!.text);
      cache.set(index, value);
    }
    return value;
  };

  function matchIn(index: number, whole: string, pieces: string[]): QuoteMatch | null {
    const segment = segments[index]!;
    const norm = normalized(index);
    const span = locate(norm.text, [whole]) ?? (pieces.length > 1 ? locate(norm.text, pieces) : null);
    if (!span) return null;
    const start = norm.starts[span[0]]!;
    const end = norm.ends[span[1] - 1]!;
    const times = wordTimes(segment, start, end) ?? { startMs: segment.startMs, endMs: segment.endMs };
    return { segmentIndex: index, quote: segment.text.slice(start, end), ...times };
  }

  return {
    find(quote, segmentIndex) {
      const cleaned = cleanQuote(quote);
      const whole = normalize(cleaned).text;
      if (!whole) return null;
      const pieces = cleaned.split(ELLIPSIS).map((p) => normalize(p).text).filter(Boolean);
      const named = typeof segmentIndex === "number" && Number.isInteger(segmentIndex) && segmentIndex >= 0 && segmentIndex < segments.length;
      if (named) {
        const match = matchIn(segmentIndex, whole, pieces);
        if (match) return match;
      }
      const order = segments.map((_, i) => i);
      if (named) order.sort((a, b) => Math.abs(a - segmentIndex) - Math.abs(b - segmentIndex) || a - b);
      for (const index of order) {
        if (named && index === segmentIndex) continue;
        const match = matchIn(index, whole, pieces);
        if (match) return match;
      }
      return null;
    },
  };
}
