import type { TranscriptSegment } from "@/db/schema/transcripts";
import { isWordLike, parseText, type ParsedText } from "./nlp";
import { alignWords, timeOfSpan, type SpanTime, type WordSpan } from "./word-times";

/** One segment with its NLP parse and its words located in the text. */
export interface ParsedSegment {
  index: number;
  speaker: string;
  startMs: number;
  endMs: number;
  parsed: ParsedText;
  words: WordSpan[];
  /** Word-like tokens: the weight of this segment in length-weighted averages. */
  wordCount: number;
}

/**
 * A transcript parsed once. Every analysis accepts either the segments or
 * this, so `analyzeText` tokenizes each segment a single time for all of them.
 */
export interface ParsedTranscript {
  readonly kind: "parsed-transcript";
  readonly segments: readonly ParsedSegment[];
  /** Earliest start and latest end over all segments (0 for an empty transcript). */
  readonly startMs: number;
  readonly endMs: number;
}

export type TranscriptInput = readonly TranscriptSegment[] | ParsedTranscript;

function finiteOr(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

export function parseTranscript(segments: readonly TranscriptSegment[]): ParsedTranscript {
  let startMs = Infinity;
  let endMs = -Infinity;
  const parts = segments.map((segment, index): ParsedSegment => {
    // Stored JSON is not re-validated on the way out; a missing field must not crash analysis.
    const text = typeof segment.text === "string" ? segment.text : "";
    const segStart = finiteOr(segment.startMs, 0);
    const segEnd = Math.max(segStart, finiteOr(segment.endMs, segStart));
    startMs = Math.min(startMs, segStart);
    endMs = Math.max(endMs, segEnd);
    const parsed = parseText(text);
    return {
      index,
      speaker: typeof segment.speaker === "string" ? segment.speaker : "speaker",
      startMs: segStart,
      endMs: segEnd,
      parsed,
      words: Array.isArray(segment.words) ? alignWords(text, segment.words) : [],
      wordCount: parsed.tokens.filter(isWordLike).length,
    };
  });
  return {
    kind: "parsed-transcript",
    segments: parts,
    startMs: parts.length > 0 ? startMs : 0,
    endMs: parts.length > 0 ? endMs : 0,
  };
}

export function toParsedTranscript(input: TranscriptInput): ParsedTranscript {
  return isParsedTranscript(input) ? input : parseTranscript(input);
}

function isParsedTranscript(input: TranscriptInput): input is ParsedTranscript {
  return !Array.isArray(input) && (input as ParsedTranscript).kind === "parsed-transcript";
}

/** When characters [charStart, charEnd) of a segment were said. */
export function segmentSpanTime(segment: ParsedSegment, charStart: number, charEnd: number): SpanTime {
  return timeOfSpan(segment, segment.words, charStart, charEnd);
}
