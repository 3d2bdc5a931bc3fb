import type { TranscriptSegment, TranscriptWord } from "@/db/schema/transcripts";
import { alignWords, type WordRange } from "./align-words";
import { detectPii } from "./detect";
import { maskLabel, type MaskStyle, type PiiKind, type PiiSpan, type RedactOptions } from "./types";

/** A masked span: where it was in the original text, and where its label is in the new one. */
export interface MaskedSpan extends PiiSpan {
  label: string;
  maskedStart: number;
  maskedEnd: number;
}

export interface RedactTextResult {
  text: string;
  /** In text order; charStart/charEnd refer to the original text. */
  spans: MaskedSpan[];
}

/** Replaces each span (sorted, non-overlapping) with its label. Pure. */
export function applyMask(text: string, spans: readonly PiiSpan[], style: MaskStyle = "label"): RedactTextResult {
  let out = "";
  let last = 0;
  const masked: MaskedSpan[] = [];
  for (const span of spans) {
    if (span.charStart < last || span.charEnd <= span.charStart || span.charEnd > text.length) {
      throw new RangeError(`spans must be sorted, non-empty, non-overlapping and inside the text (${span.charStart}-${span.charEnd})`);
    }
    const label = maskLabel(span.kind, style);
    out += text.slice(last, span.charStart);
    masked.push({ ...span, label, maskedStart: out.length, maskedEnd: out.length + label.length });
    out += label;
    last = span.charEnd;
  }
  return { text: out + text.slice(last), spans: masked };
}

/**
 * Where an offset of the original text lands in the masked one. An offset
 * inside a masked span goes to the label's start ("start") or end ("end").
 */
function mapOffset(spans: readonly MaskedSpan[], offset: number, side: "start" | "end"): number {
  let shift = 0;
  for (const span of spans) {
    if (offset <= span.charStart) break;
    if (offset < span.charEnd) return side === "start" ? span.maskedStart : span.maskedEnd;
    shift = span.maskedEnd - span.charEnd;
  }
  return offset + shift;
}

/** The PII of a text replaced by labels ([CARD], [NATIONAL_ID], [EMAIL], [PHONE]). Pure. */
export function redactText(text: string, kinds: Iterable<PiiKind>, options: RedactOptions = {}): RedactTextResult {
  return applyMask(text, detectPii(text, kinds, options), options.maskStyle);
}

export interface SegmentRedactionSpan {
  segmentIndex: number;
  kind: PiiKind;
  /**
   * In the segment's original text. An empty range (charStart === charEnd)
   * means the PII was only in the segment's words, which did not match its
   * text; it sits between the placed words around it.
   */
  charStart: number;
  charEnd: number;
  /** The stretch of audio that holds it. */
  startMs: number;
  endMs: number;
  /**
   * "words": from the timings of the words it covers. "segment": no word
   * could be tied to it (no words, or words that do not match the text), so
   * it is the whole segment's time, which silences too much rather than
   * leaving any of it audible.
   */
  timing: "words" | "segment";
}

export interface RedactSegmentsOptions extends RedactOptions {
  /**
   * A number read out in pieces lands in several turns of one speaker
   * ("four one one one" – agent: "okay" – "one one one one..."). Turns of
   * the same speaker less than this apart are searched as one text, so the
   * pieces add up to the number again. Default 3000; 0 keeps turns apart
   * unless they touch.
   */
  joinGapMs?: number;
}

export interface RedactSegmentsResult {
  segments: TranscriptSegment[];
  spans: SegmentRedactionSpan[];
}

const DEFAULT_JOIN_GAP_MS = 3000;

/**
 * Masks the PII of a transcript, text and words alike, and says which
 * stretches of audio held it. The words of each masked span become one word,
 * the label (with any text of the same words outside the span:
 * "card:[CARD]"), lasting from the first word's start to the last word's
 * end, so joining the words still gives the text. Input is not modified.
 */
export function redactSegments(
  segments: readonly TranscriptSegment[],
  kinds: Iterable<PiiKind>,
  options: RedactSegmentsOptions = {},
): RedactSegmentsResult {
  const wanted = [...new Set(kinds)];
  const piecesBySegment = detectAcrossTurns(segments, wanted, options);
  const out: TranscriptSegment[] = [];
  const spans: SegmentRedactionSpan[] = [];
  segments.forEach((segment, segmentIndex) => {
    const redacted = redactSegment(segment, piecesBySegment[segmentIndex]!, wanted, options);
    out.push(redacted.segment);
    for (const span of redacted.spans) spans.push({ segmentIndex, ...span });
  });
  return { segments: out, spans };
}

/** The PII pieces of each segment, found in chains of the same speaker's turns. */
function detectAcrossTurns(segments: readonly TranscriptSegment[], kinds: PiiKind[], options: RedactSegmentsOptions): PiiSpan[][] {
  const joinGapMs = options.joinGapMs ?? DEFAULT_JOIN_GAP_MS;
  const pieces: PiiSpan[][] = segments.map(() => []);
  if (kinds.length === 0) return pieces;
  const chains: number[][] = [];
  const openChain = new Map<string, number[]>();
  segments.forEach((segment, index) => {
    const chain = openChain.get(segment.speaker);
    const previous = chain && segments[chain[chain.length - 1]!]!;
    if (chain && previous && segment.startMs - previous.endMs <= joinGapMs) {
      chain.push(index);
    } else {
      const fresh = [index];
      chains.push(fresh);
      openChain.set(segment.speaker, fresh);
    }
  });

  for (const chain of chains) {
    const offsets: number[] = [];
    let joined = "";
    for (const index of chain) {
      if (joined) joined += " ";
      offsets.push(joined.length);
      joined += segments[index]!.text;
    }
    for (const span of detectPii(joined, kinds, options)) {
      chain.forEach((index, k) => {
        const from = offsets[k]!;
        const to = from + segments[index]!.text.length;
        const charStart = Math.max(span.charStart, from) - from;
        const charEnd = Math.min(span.charEnd, to) - from;
        const piece = segments[index]!.text.slice(charStart, charEnd);
        if (charEnd > charStart && /\S/.test(piece)) pieces[index]!.push({ kind: span.kind, charStart, charEnd });
      });
    }
  }
  return pieces;
}

type SpanInSegment = Omit<SegmentRedactionSpan, "segmentIndex">;

function redactSegment(
  segment: TranscriptSegment,
  pieces: PiiSpan[],
  kinds: PiiKind[],
  options: RedactOptions,
): { segment: TranscriptSegment; spans: SpanInSegment[] } {
  const masked = applyMask(segment.text, pieces, options.maskStyle);
  const ranges = alignWords(segment.text, segment.words);
  const spans: SpanInSegment[] = [];

  // Word index intervals to merge, from the text's spans.
  const merges: Array<{ first: number; last: number; text: string }> = [];
  for (const span of masked.spans) {
    const covered = ranges.flatMap((r, i) => (r && r.charStart < span.charEnd && r.charEnd > span.charStart ? [i] : []));
    const timed = covered.length > 0;
    spans.push({
      kind: span.kind,
      charStart: span.charStart,
      charEnd: span.charEnd,
      startMs: timed ? Math.min(...covered.map((i) => segment.words[i]!.startMs)) : segment.startMs,
      endMs: timed ? Math.max(...covered.map((i) => segment.words[i]!.endMs)) : segment.endMs,
      timing: timed ? "words" : "segment",
    });
    if (timed) addMerge(merges, covered[0]!, covered[covered.length - 1]!);
  }
  for (const merge of merges) {
    const first = ranges[merge.first]!;
    const last = ranges[merge.last]!;
    merge.text = masked.text.slice(mapOffset(masked.spans, first.charStart, "start"), mapOffset(masked.spans, last.charEnd, "end"));
  }

  // Words the text does not account for are checked on their own.
  const loose = redactLooseWords(segment.words, ranges, merges, kinds, options);
  for (const found of loose) spans.push(found);
  merges.sort((a, b) => a.first - b.first);

  const words: TranscriptWord[] = [];
  let next = 0;
  for (const merge of merges) {
    words.push(...segment.words.slice(next, merge.first));
    const group = segment.words.slice(merge.first, merge.last + 1);
    words.push({
      word: merge.text,
      startMs: Math.min(...group.map((w) => w.startMs)),
      endMs: Math.max(...group.map((w) => w.endMs)),
    });
    next = merge.last + 1;
  }
  words.push(...segment.words.slice(next));
  spans.sort((a, b) => a.charStart - b.charStart || a.startMs - b.startMs);
  return { segment: { ...segment, text: masked.text, words }, spans };
}

/** Adds [first, last] to the merges, joining any it overlaps (two spans in one word). */
function addMerge(merges: Array<{ first: number; last: number; text: string }>, first: number, last: number): void {
  let lo = first;
  let hi = last;
  for (let i = merges.length - 1; i >= 0; i--) {
    const m = merges[i]!;
    if (m.first <= hi && m.last >= lo) {
      lo = Math.min(lo, m.first);
      hi = Math.max(hi, m.last);
      merges.splice(i, 1);
    }
  }
  merges.push({ first: lo, last: hi, text: "" });
}

/**
 * Runs of words that could not be placed in the text (and are not merged
 * already) are joined and searched like a text of their own, so PII that
 * is only in the words is masked there too.
 */
function redactLooseWords(
  words: readonly TranscriptWord[],
  ranges: ReadonlyArray<WordRange | null>,
  merges: Array<{ first: number; last: number; text: string }>,
  kinds: PiiKind[],
  options: RedactOptions,
): SpanInSegment[] {
  const merged = (i: number) => merges.some((m) => i >= m.first && i <= m.last);
  const found: SpanInSegment[] = [];
  let i = 0;
  while (i < words.length) {
    if (ranges[i] || merged(i)) {
      i++;
      continue;
    }
    const first = i;
    while (i < words.length && !ranges[i] && !merged(i)) i++;
    const run = words.slice(first, i);
    const starts: number[] = [];
    let joined = "";
    for (const w of run) {
      if (joined) joined += " ";
      starts.push(joined.length);
      joined += w.word;
    }
    const result = redactText(joined, kinds, options);
    // Where these words sit in the text: right after the last placed word before them.
    const anchor = ranges.slice(0, first).reduce((at, r) => (r ? r.charEnd : at), 0);
    const groups: Array<{ first: number; last: number; text: string }> = [];
    for (const span of result.spans) {
      const covered = run.flatMap((w, k) =>
        starts[k]! < span.charEnd && starts[k]! + w.word.length > span.charStart ? [first + k] : [],
      );
      if (covered.length === 0) continue;
      found.push({
        kind: span.kind,
        charStart: anchor,
        charEnd: anchor,
        startMs: Math.min(...covered.map((k) => words[k]!.startMs)),
        endMs: Math.max(...covered.map((k) => words[k]!.endMs)),
        timing: "words",
      });
      addMerge(groups, covered[0]!, covered[covered.length - 1]!);
    }
    for (const group of groups) {
      const from = starts[group.first - first]!;
      const to = starts[group.last - first]! + words[group.last]!.word.length;
      group.text = result.text.slice(mapOffset(result.spans, from, "start"), mapOffset(result.spans, to, "end"));
      merges.push(group);
    }
  }
  return found;
}
