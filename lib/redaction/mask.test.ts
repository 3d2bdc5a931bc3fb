import { describe, expect, it } from "vitest";
import type { TranscriptSegment, TranscriptWord } from "@/db/schema/transcripts";
import { alignWords } from "./align-words";
import { applyMask, redactSegments, redactText } from "./mask";
import { PII_KINDS } from "./types";

/** A speech-to-text segment: words 300 ms apart, 250 ms long, text = words joined by spaces. */
function sttSegment(text: string, speaker = "customer", offsetMs = 0): TranscriptSegment {
  const words: TranscriptWord[] = text.split(" ").map((word, i) => ({
    word,
    startMs: offsetMs + i * 300,
    endMs: offsetMs + i * 300 + 250,
    confidence: 0.9,
  }));
  return { speaker, startMs: offsetMs, endMs: words[words.length - 1]!.endMs, text, words };
}

const SPOKEN_CARD = "four one one one one one one one one one one one one one one one";

describe("redactText", () => {
  it("replaces each kind with its label and reports both positions", () => {
    const text = "Card 4111 1111 1111 1111, SSN 123-45-6789, mail a@b.io or call (555) 123-4567.";
    const result = redactText(text, PII_KINDS);
    expect(result.text).toBe("Card [CARD], SSN [NATIONAL_ID], mail [EMAIL] or call [PHONE].");
    for (const span of result.spans) {
      expect(result.text.slice(span.maskedStart, span.maskedEnd)).toBe(span.label);
    }
    expect(text.slice(result.spans[0]!.charStart, result.spans[0]!.charEnd)).toBe("4111 1111 1111 1111");
  });

  it("masks only the kinds turned on, in the chosen style", () => {
    const text = "a@b.io or 555-123-4567";
    expect(redactText(text, ["email"]).text).toBe("[EMAIL] or 555-123-4567");
    expect(redactText(text, ["email", "phone"], { maskStyle: "redacted" }).text).toBe("[REDACTED] or [REDACTED]");
    expect(redactText(text, []).text).toBe(text);
  });

  it("refuses overlapping spans", () => {
    expect(() =>
      applyMask("abcdef", [
        { kind: "email", charStart: 0, charEnd: 3 },
        { kind: "phone", charStart: 2, charEnd: 4 },
      ]),
    ).toThrow(RangeError);
  });
});

describe("alignWords", () => {
  it("places words case-insensitively, without edge punctuation, and skips what is not there", () => {
    const text = "Hello, my card is 4111-1111-1111-1111.";
    const ranges = alignWords(text, ["hello", "my", "kard", "is", "4111-1111-1111-1111."].map((word) => ({ word })));
    expect(ranges.map((r) => (r ? text.slice(r.charStart, r.charEnd) : null))).toEqual([
      "Hello",
      "my",
      null,
      "is",
      "4111-1111-1111-1111.",
    ]);
  });

  it("does not place a word inside another", () => {
    // "sumone" (misheard) is not in the text, so the next word may skip that much text, but not land inside "someone".
    expect(alignWords("hi, someone: one", [{ word: "hi" }, { word: "sumone" }, { word: "one" }])).toEqual([
      { charStart: 0, charEnd: 2 },
      null,
      { charStart: 13, charEnd: 16 },
    ]);
    // With nothing unplaced before it, a word cannot skip text at all.
    expect(alignWords("someone said one", [{ word: "one" }])).toEqual([null]);
  });
});

describe("redactSegments", () => {
  it("times a spoken card number from its words and merges them into one label", () => {
    const segment = sttSegment(`my card is ${SPOKEN_CARD} thanks`);
    const { segments, spans } = redactSegments([segment], PII_KINDS);
    const [out] = segments;
    expect(out!.text).toBe("my card is [CARD] thanks");
    expect(out!.words.map((w) => w.word)).toEqual(["my", "card", "is", "[CARD]", "thanks"]);
    // Words 3..18 (the 16 digits): 900 ms to 18 * 300 + 250.
    expect(out!.words[3]).toEqual({ word: "[CARD]", startMs: 900, endMs: 5650 });
    expect(out!.words[4]).toEqual(segment.words[19]);
    expect(spans).toEqual([
      { segmentIndex: 0, kind: "cardNumber", charStart: 11, charEnd: 11 + SPOKEN_CARD.length, startMs: 900, endMs: 5650, timing: "words" },
    ]);
    // The input is untouched.
    expect(segment.words).toHaveLength(20);
  });

  it("keeps words consistent with the text for every segment", () => {
    const input = [
      sttSegment("my email is john dot smith at example dot com", "customer", 0),
      sttSegment("and my number is five five five one two three four five six seven", "agent", 10_000),
      sttSegment("nothing to see here", "customer", 20_000),
    ];
    const { segments, spans } = redactSegments(input, PII_KINDS);
    for (const segment of segments) expect(segment.words.map((w) => w.word).join(" ")).toBe(segment.text);
    expect(segments.map((s) => s.text)).toEqual(["my email is [EMAIL]", "and my number is [PHONE]", "nothing to see here"]);
    expect(spans.map((s) => [s.segmentIndex, s.kind, s.startMs, s.endMs])).toEqual([
      [0, "email", 900, 2950],
      [1, "phone", 10_000 + 1200, 10_000 + 13 * 300 + 250],
    ]);
    expect(segments[2]).toEqual(input[2]);
  });

  it("finds a number read out across the same speaker's turns", () => {
    const input = [
      sttSegment("it is four one one one one one one one", "customer", 0),
      sttSegment("okay", "agent", 3000),
      sttSegment("one one one one one one one one", "customer", 4000),
      sttSegment("one one one one one one one one", "customer", 60_000),
    ];
    const { segments, spans } = redactSegments(input, ["cardNumber"]);
    expect(segments.map((s) => s.text)).toEqual([
      "it is [CARD]",
      "okay",
      "[CARD]",
      "one one one one one one one one",
    ]);
    expect(spans.map((s) => [s.segmentIndex, s.startMs, s.endMs])).toEqual([
      [0, 600, 9 * 300 + 250],
      [2, 4000, 4000 + 7 * 300 + 250],
    ]);
    // With joining off, neither piece is a card on its own (nor asked-for phone).
    expect(redactSegments(input, ["cardNumber"], { joinGapMs: 0 }).spans).toEqual([]);
  });

  it("keeps text outside the span in the merged word", () => {
    const segment: TranscriptSegment = {
      speaker: "customer",
      startMs: 0,
      endMs: 3000,
      text: "Sure, it's 4111-1111-1111-1111. Bye",
      words: [
        { word: "Sure,", startMs: 0, endMs: 400 },
        { word: "it's", startMs: 400, endMs: 700 },
        { word: "4111-1111-1111-1111.", startMs: 700, endMs: 2500 },
        { word: "Bye", startMs: 2600, endMs: 3000 },
      ],
    };
    const { segments, spans } = redactSegments([segment], PII_KINDS);
    expect(segments[0]!.text).toBe("Sure, it's [CARD]. Bye");
    expect(segments[0]!.words.map((w) => w.word)).toEqual(["Sure,", "it's", "[CARD].", "Bye"]);
    expect(spans[0]).toMatchObject({ startMs: 700, endMs: 2500, timing: "words" });
  });

  it("falls back to the segment's times when no word can be tied to the span", () => {
    const chat: TranscriptSegment = { speaker: "customer", startMs: 5000, endMs: 6000, text: "mail me at a@b.io", words: [] };
    const { segments, spans } = redactSegments([chat], ["email"]);
    expect(segments[0]!.text).toBe("mail me at [EMAIL]");
    expect(spans).toEqual([
      { segmentIndex: 0, kind: "email", charStart: 11, charEnd: 17, startMs: 5000, endMs: 6000, timing: "segment" },
    ]);
  });

  it("masks PII that is only in the words", () => {
    const segment: TranscriptSegment = {
      speaker: "customer",
      startMs: 0,
      endMs: 4000,
      text: "please call me",
      words: [
        { word: "please", startMs: 0, endMs: 300 },
        { word: "call", startMs: 300, endMs: 600 },
        { word: "555-123-4567", startMs: 700, endMs: 2000 },
        { word: "me", startMs: 2100, endMs: 2300 },
      ],
    };
    const { segments, spans } = redactSegments([segment], ["phone"]);
    expect(segments[0]!.text).toBe("please call me");
    expect(segments[0]!.words.map((w) => w.word)).toEqual(["please", "call", "[PHONE]", "me"]);
    expect(spans).toEqual([
      { segmentIndex: 0, kind: "phone", charStart: 11, charEnd: 11, startMs: 700, endMs: 2000, timing: "words" },
    ]);
  });

  it("merges two spans that share a word", () => {
    const segment: TranscriptSegment = {
      speaker: "customer",
      startMs: 0,
      endMs: 2000,
      text: "a@b.io,c@d.io ok",
      words: [
        { word: "a@b.io,c@d.io", startMs: 0, endMs: 1500 },
        { word: "ok", startMs: 1600, endMs: 2000 },
      ],
    };
    const { segments, spans } = redactSegments([segment], ["email"]);
    expect(segments[0]!.text).toBe("[EMAIL],[EMAIL] ok");
    expect(segments[0]!.words).toEqual([
      { word: "[EMAIL],[EMAIL]", startMs: 0, endMs: 1500 },
      { word: "ok", startMs: 1600, endMs: 2000 },
    ]);
    expect(spans).toHaveLength(2);
  });
});
