import { describe, expect, it } from "vitest";
import type { TranscriptSegment, TranscriptWord } from "@/db/schema/transcripts";
import { cleanQuote, createQuoteLookup } from "./quote-lookup";

/** Words as a speech-to-text engine gives them: 300 ms apart, punctuation attached. */
function timed(text: string, startMs: number): TranscriptWord[] {
  return text.split(" ").map((word, i) => ({ word, startMs: startMs + i * 300, endMs: startMs + i * 300 + 250 }));
}

const segments: TranscriptSegment[] = [
  { speaker: "agent", startMs: 0, endMs: 3000, text: "Thank you for calling Acme Bank, how can I help?", words: timed("Thank you for calling Acme Bank, how can I help?", 0) },
  { speaker: "customer", startMs: 3200, endMs: 6000, text: "I'm calling about a charge on my card.", words: [] },
  { speaker: "agent", startMs: 6500, endMs: 12000, text: "I’m sorry about that.   Can you confirm your date of birth?", words: timed("I’m sorry about that. Can you confirm your date of birth?", 6500) },
  { speaker: "agent", startMs: 20000, endMs: 22000, text: "Thank you for calling, goodbye.", words: [] },
];
const lookup = createQuoteLookup(segments);

describe("createQuoteLookup", () => {
  it("finds a quote in the named segment ignoring case and whitespace, with the transcript's own text", () => {
    expect(lookup.find("can YOU confirm\nyour  date of birth", 2)).toEqual({
      segmentIndex: 2,
      quote: "Can you confirm your date of birth",
      startMs: 6500 + 4 * 300,
      endMs: 6500 + 10 * 300 + 250,
    });
  });

  it("matches typographic and straight apostrophes alike", () => {
    expect(lookup.find("I'm sorry about that. Can you", 2)).toMatchObject({ segmentIndex: 2, quote: "I’m sorry about that.   Can you" });
    expect(lookup.find("I’m calling about a charge", 1)).toMatchObject({ segmentIndex: 1, quote: "I'm calling about a charge" });
  });

  it("uses the segment's times when it has no word timings", () => {
    expect(lookup.find("a charge on my card", 1)).toEqual({ segmentIndex: 1, quote: "a charge on my card", startMs: 3200, endMs: 6000 });
  });

  it("uses the segment's times when the quote starts inside a word", () => {
    expect(lookup.find("ank you for calling Acme", 0)).toEqual({ segmentIndex: 0, quote: "ank you for calling Acme", startMs: 0, endMs: 3000 });
  });

  it("searches the other segments, nearest first, when the named one does not have it", () => {
    expect(lookup.find("thank you for calling", 3)).toMatchObject({ segmentIndex: 3, quote: "Thank you for calling" });
    expect(lookup.find("thank you for calling", 1)).toMatchObject({ segmentIndex: 0, startMs: 0, endMs: 3 * 300 + 250 });
    expect(lookup.find("thank you for calling", 2)).toMatchObject({ segmentIndex: 3, startMs: 20000, endMs: 22000 });
    expect(lookup.find("thank you for calling", null)).toMatchObject({ segmentIndex: 0 });
    expect(lookup.find("date of birth", 99)).toMatchObject({ segmentIndex: 2 });
  });

  it("accepts wrapping quotation marks, outer ellipses, an inner ellipsis and a copied line prefix", () => {
    expect(lookup.find("“…how can I help?”", 0)).toMatchObject({ segmentIndex: 0, quote: "how can I help?" });
    expect(lookup.find('"Thank you for calling ... how can I help"', 0)).toMatchObject({
      segmentIndex: 0,
      quote: "Thank you for calling Acme Bank, how can I help",
      startMs: 0,
      endMs: 9 * 300 + 250,
    });
    expect(lookup.find("[2] agent 00:06: Can you confirm your date of birth?", 2)).toMatchObject({ segmentIndex: 2 });
  });

  it("returns null for a quote that is nowhere, or empty", () => {
    expect(lookup.find("I sincerely apologise for the inconvenience", 2)).toBeNull();
    expect(lookup.find("date of birth ... Acme Bank", 2)).toBeNull();
    expect(lookup.find("  ", 0)).toBeNull();
    expect(lookup.find('"..."', 0)).toBeNull();
  });
});

describe("cleanQuote", () => {
  it.each([
    ['"hello there"', "hello there"],
    ["'…hello there...'", "hello there"],
    ["«hello»", "hello"],
    ["[12] customer 01:23: hello", "hello"],
    ["don't", "don't"],
  ])("%j → %j", (quote, expected) => {
    expect(cleanQuote(quote)).toBe(expected);
  });
});
