import { describe, expect, it } from "vitest";
import type { TranscriptSegment } from "@/db/schema/transcripts";
import { formatClock, omittedMarker, renderTranscript, transcriptLine } from "./transcript-prompt";

const segment = (speaker: string, startMs: number, text: string): TranscriptSegment => ({
  speaker,
  startMs,
  endMs: startMs + 2000,
  text,
  words: [],
});

/** n turns, alternating speakers, 5 s apart, each naming its own number. */
function longCall(n: number): TranscriptSegment[] {
  return Array.from({ length: n }, (_, i) =>
    segment(i % 2 ? "customer" : "agent", i * 5000, `Turn number ${i} of the call, with some words to make it longer.`),
  );
}

describe("formatClock", () => {
  it.each([
    [0, "00:00"],
    [999, "00:00"],
    [59_999, "00:59"],
    [83_000, "01:23"],
    [4_502_000, "75:02"],
    [-5, "00:00"],
  ])("%i ms → %s", (ms, expected) => {
    expect(formatClock(ms)).toBe(expected);
  });
});

describe("renderTranscript", () => {
  it("numbers the lines by segment index with speaker and mm:ss, on one line each", () => {
    const segments = [
      segment("agent", 0, "Thank you for calling Acme,\n  how can I help?"),
      segment("customer", 4200, "   "),
      segment("customer", 83_400, "My card was charged twice."),
    ];
    const rendered = renderTranscript(segments);
    expect(rendered.text).toBe(["[0] agent 00:00: Thank you for calling Acme, how can I help?", "[2] customer 01:23: My card was charged twice."].join("\n"));
    expect(rendered).toMatchObject({ shownSegments: 2, omittedSegments: 0 });
    expect(transcriptLine(segments[2]!, 12)).toBe("[12] customer 01:23: My card was charged twice.");
  });

  it("is empty for a transcript without text", () => {
    expect(renderTranscript([]).text).toBe("");
    expect(renderTranscript([segment("speaker", 0, "")]).text).toBe("");
  });

  it("keeps the start and the end of a long transcript and marks the gap", () => {
    const segments = longCall(400);
    const { text, shownSegments, omittedSegments } = renderTranscript(segments, 3000);

    expect(text.length).toBeLessThanOrEqual(3000);
    expect(text.length).toBeGreaterThan(2800);
    const lines = text.split("\n");
    const marker = lines.findIndex((l) => l.startsWith("[..."));
    expect(lines[marker]).toBe(omittedMarker(omittedSegments));
    expect(lines[marker]).toMatch(/^\[\.\.\. \d+ segments omitted \.\.\.\]$/);

    const indexes = lines.filter((_, i) => i !== marker).map((l) => Number(/^\[(\d+)\]/.exec(l)![1]));
    const head = indexes.slice(0, marker);
    const tail = indexes.slice(marker);
    // Whole lines from both ends, in order, with the gap's size between them.
    expect(head).toEqual(head.map((_, i) => i));
    expect(tail).toEqual(tail.map((_, i) => 400 - tail.length + i));
    expect(Math.abs(head.length - tail.length)).toBeLessThanOrEqual(1);
    expect(shownSegments).toBe(head.length + tail.length);
    expect(omittedSegments).toBe(400 - shownSegments);
    expect(tail[0]! - head.at(-1)! - 1).toBe(omittedSegments);
    expect(lines[0]).toBe(transcriptLine(segments[0]!, 0));
    expect(lines.at(-1)).toBe(transcriptLine(segments[399]!, 399));
  });

  it("shortens a single over-long segment (an email body) instead of dropping everything", () => {
    const segments = [segment("customer", 0, "word ".repeat(5000)), segment("agent", 60_000, "Thanks, I will look into it.")];
    const { text, omittedSegments } = renderTranscript(segments, 1000);
    expect(text.length).toBeLessThanOrEqual(1000);
    expect(omittedSegments).toBe(0);
    const [first, second] = text.split("\n");
    expect(first).toMatch(/^\[0\] customer 00:00: (word ){50,}.*…$/);
    expect(second).toBe("[1] agent 01:00: Thanks, I will look into it.");
  });

  it("leaves only the marker when the budget is smaller than any line", () => {
    const { text, omittedSegments } = renderTranscript(longCall(3), 40);
    expect(omittedSegments).toBe(3);
    expect(text).toBe("[... 3 segments omitted ...]");
  });

  it("uses 48 000 characters by default", () => {
    const segments = longCall(2000);
    const full = segments.map(transcriptLine).join("\n");
    expect(full.length).toBeGreaterThan(48_000);
    const { text, omittedSegments } = renderTranscript(segments);
    expect(text.length).toBeLessThanOrEqual(48_000);
    expect(text.length).toBeGreaterThan(47_000);
    expect(omittedSegments).toBeGreaterThan(0);
  });
});
