import { alignWords, type WordRange } from "@/lib/redaction/align-words";

/** A highlighted span of one segment's text (an annotation), in characters of `segment.text`. */
export interface TranscriptMark {
  id: string;
  charStart: number;
  charEnd: number;
  label: string;
}

/** The segment someone asked to see (evidence, an action item), and the words to point at in it. */
export interface TranscriptFocus {
  segmentIndex: number;
  quote: string | null;
  /** Why it is shown ("Evidence", "Action item"), next to the speaker. */
  label: string;
  /** Changes on every request, so asking for the same segment twice scrolls to it again. */
  nonce: number;
}

export interface TextRange {
  start: number;
  end: number;
}

/**
 * A run of a segment's text that renders as one element: part of a timed word
 * (or none), under the same annotations, inside the evidence quote or not.
 * The pieces' texts joined give back the segment's text exactly, so character
 * offsets in the DOM are offsets in `segment.text`.
 */
export interface TextPiece {
  start: number;
  end: number;
  /** Index into segment.words, or -1. */
  word: number;
  /** Annotation ids covering the piece, the narrowest first (it wins a click). */
  marks: string[];
  evidence: boolean;
}

/** Where each timed word sits in the text; null for a word that is not in it (a client may send both, differently). */
export function wordRangesOf(text: string, words: readonly { word: string }[]): Array<WordRange | null> {
  return words.length ? alignWords(text, words) : [];
}

const normalise = (s: string) => s.toLowerCase();

/** The quote's place in the text, ignoring case; an LLM may also quote with other spacing, so whitespace runs match any whitespace. */
export function findQuote(text: string, quote: string | null | undefined): TextRange | null {
  const wanted = quote?.trim();
  if (!wanted) return null;
  const at = normalise(text).indexOf(normalise(wanted));
  if (at >= 0 && normalise(text).length === text.length) return { start: at, end: at + wanted.length };
  const escaped = wanted.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  const match = new RegExp(escaped, "iu").exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/** Splits the text at every word, annotation and evidence boundary. */
export function splitPieces(
  text: string,
  wordRanges: ReadonlyArray<WordRange | null>,
  marks: readonly Pick<TranscriptMark, "id" | "charStart" | "charEnd">[],
  evidence: TextRange | null,
): TextPiece[] {
  const length = text.length;
  const clamp = (n: number) => Math.max(0, Math.min(length, n));
  const validMarks = marks
    .map((m) => ({ id: m.id, start: clamp(m.charStart), end: clamp(m.charEnd) }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.end - a.start - (b.end - b.start));
  const words = wordRanges
    .map((r, index) => (r ? { index, start: clamp(r.charStart), end: clamp(r.charEnd) } : null))
    .filter((w): w is { index: number; start: number; end: number } => w !== null && w.end > w.start);
  const cuts = new Set<number>([0, length]);
  for (const w of words) cuts.add(w.start).add(w.end);
  for (const m of validMarks) cuts.add(m.start).add(m.end);
  if (evidence) cuts.add(clamp(evidence.start)).add(clamp(evidence.end));
  const points = [...cuts].sort((a, b) => a - b);

  const pieces: TextPiece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const word = words.find((w) => w.start <= start && w.end >= end)?.index ?? -1;
    pieces.push({
      start,
      end,
      word,
      marks: validMarks.filter((m) => m.start <= start && m.end >= end).map((m) => m.id),
      evidence: evidence !== null && evidence.start <= start && evidence.end >= end,
    });
  }
  return pieces;
}
