import type { TranscriptSegment } from "@/db/schema/transcripts";
import { createQuoteLookup, type QuoteLookup } from "./quote-lookup";

/**
 * The transcript as the model sees it: one numbered line per segment,
 * `[12] agent 01:23: text`, where 12 is the segment's index (the model names
 * it as evidence). A transcript longer than the budget keeps its start and
 * its end, where greetings, verification and closings are, and marks the gap.
 */
export const DEFAULT_MAX_TRANSCRIPT_CHARS = 48_000;

export interface PromptTranscript {
  text: string;
  /** Segments with text shown in full or shortened. */
  shownSegments: number;
  /** Segments left out in the marked gap. */
  omittedSegments: number;
  /** Checks the model's quotes against all segments, shown or not. */
  lookup: QuoteLookup;
}

/** mm:ss; minutes keep counting past the hour (75:02). */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${String(minutes).padStart(2, "0")}:${String(seconds).padStart(2, "0")}`;
}

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

export function transcriptLine(segment: TranscriptSegment, index: number): string {
  return `[${index}] ${oneLine(segment.speaker) || "speaker"} ${formatClock(segment.startMs)}: ${oneLine(segment.text)}`;
}

export function omittedMarker(count: number): string {
  return `[... ${count} segment${count === 1 ? "" : "s"} omitted ...]`;
}

interface Line {
  index: number;
  text: string;
}

/** Shortened lines keep at least this much; with less room, a long line is left out instead. */
const MIN_SHORTENED_CHARS = 120;

function shorten(line: Line, max: number): Line {
  if (line.text.length <= max || max < MIN_SHORTENED_CHARS) return line;
  return { ...line, text: `${line.text.slice(0, max - 1)}…` };
}

export function renderTranscript(segments: TranscriptSegment[], maxChars = DEFAULT_MAX_TRANSCRIPT_CHARS): PromptTranscript {
  const lookup = createQuoteLookup(segments);
  const lines: Line[] = segments.flatMap((segment, index) => (oneLine(segment.text) ? [{ index, text: transcriptLine(segment, index) }] : []));
  const full = lines.map((l) => l.text).join("\n");
  if (full.length <= maxChars) {
    return { text: full, shownSegments: lines.length, omittedSegments: 0, lookup };
  }

  // Room for the marker and its two line breaks; no single line may take more than half.
  let remaining = maxChars - omittedMarker(segments.length).length - 2;
  const cap = Math.floor(remaining / 2);
  const head: Line[] = [];
  const tail: Line[] = [];
  let h = 0;
  let t = lines.length - 1;
  // Alternate between the start and the end while lines fit.
  for (let progress = true; progress && h <= t; ) {
    progress = false;
    const first = shorten(lines[h]!, cap);
    if (h <= t && first.text.length + 1 <= remaining) {
      head.push(first);
      remaining -= first.text.length + 1;
      h++;
      progress = true;
    }
    const last = h <= t ? shorten(lines[t]!, cap) : undefined;
    if (last && last.text.length + 1 <= remaining) {
      tail.unshift(last);
      remaining -= last.text.length + 1;
      t--;
      progress = true;
    }
  }

  const shown = [...head, ...tail];
  if (h > t) {
    // Everything fits once over-long lines are shortened.
    return { text: shown.map((l) => l.text).join("\n"), shownSegments: shown.length, omittedSegments: 0, lookup };
  }
  const gapStart = head.length ? head[head.length - 1]!.index + 1 : 0;
  const gapEnd = tail.length ? tail[0]!.index : segments.length;
  const omitted = gapEnd - gapStart;
  const text = [...head.map((l) => l.text), omittedMarker(omitted), ...tail.map((l) => l.text)].join("\n");
  return { text, shownSegments: shown.length, omittedSegments: omitted, lookup };
}
