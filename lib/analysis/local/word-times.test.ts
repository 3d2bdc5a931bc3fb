import { describe, expect, it } from "vitest";
import { alignWords, timeOfSpan } from "./word-times";

const w = (word: string, startMs: number, endMs: number) => ({ word, startMs, endMs });

describe("alignWords", () => {
  it("finds lowercase unpunctuated engine words in punctuated text", () => {
    const text = "Thanks, Sarah! I'll help.";
    const spans = alignWords(text, [w("thanks", 0, 400), w("sarah", 400, 900), w("i'll", 1000, 1200), w("help", 1200, 1500)]);
    expect(spans.map((s) => text.slice(s.charStart, s.charEnd))).toEqual(["Thanks", "Sarah", "I'll", "help"]);
    expect(spans[1]).toMatchObject({ startMs: 400, endMs: 900 });
  });

  it("strips engine punctuation and pronunciation suffixes", () => {
    const text = "for the refund";
    const spans = alignWords(text, [w("for(2)", 0, 100), w("the", 100, 200), w("Refund.", 200, 600)]);
    expect(spans.map((s) => text.slice(s.charStart, s.charEnd))).toEqual(["for", "the", "refund"]);
  });

  it("matches whole words in order, skipping words not in the text", () => {
    const text = "the theory of the case";
    const spans = alignWords(text, [w("the", 0, 1), w("banana", 1, 2), w("of", 2, 3), w("the", 3, 4)]);
    expect(spans.map((s) => [s.charStart, s.charEnd])).toEqual([
      [0, 3],
      [11, 13],
      [14, 17],
    ]);
  });

  it("does not jump far ahead for a word that is missing nearby", () => {
    const text = `hello ${"x ".repeat(60)}world`;
    expect(alignWords(text, [w("world", 0, 1)])).toEqual([]);
  });
});

describe("timeOfSpan", () => {
  const segment = { startMs: 1000, endMs: 9000 };
  const spans = [
    { charStart: 0, charEnd: 5, startMs: 1000, endMs: 1500 },
    { charStart: 6, charEnd: 11, startMs: 1600, endMs: 2000 },
    { charStart: 12, charEnd: 17, startMs: 2100, endMs: 2600 },
  ];

  it("uses the words overlapping the span", () => {
    expect(timeOfSpan(segment, spans, 6, 17)).toEqual({ startMs: 1600, endMs: 2600, timing: "words" });
    expect(timeOfSpan(segment, spans, 7, 9)).toEqual({ startMs: 1600, endMs: 2000, timing: "words" });
  });

  it("falls back to the segment's times", () => {
    expect(timeOfSpan(segment, [], 0, 5)).toEqual({ startMs: 1000, endMs: 9000, timing: "segment" });
    expect(timeOfSpan(segment, spans, 30, 40)).toEqual({ startMs: 1000, endMs: 9000, timing: "segment" });
  });
});

const at = (word: string, startMs: number) => ({ word, startMs, endMs: startMs + 100 });
const spans = (text: string, words: { word: string; startMs: number; endMs: number }[]) =>
  alignWords(text, words).map((s) => [text.slice(s.charStart, s.charEnd), s.startMs]);

describe("alignWords without a regular expression per word", () => {
  it("finds each word in order, whatever its case or surrounding punctuation", () => {
    expect(spans("Thanks, Sarah! It's FIXED now.", [at("thanks", 0), at("sarah", 1), at("it's", 2), at("fixed", 3), at("now", 4)])).toEqual([
      ["Thanks", 0],
      ["Sarah", 1],
      ["It's", 2],
      ["FIXED", 3],
      ["now", 4],
    ]);
  });

  it("matches whole words only, treats ’ and ' alike, and strips PocketSphinx's (2) variants", () => {
    expect(spans("the other one, then the end", [at("the", 0), at("the", 1)])).toEqual([
      ["the", 0],
      ["the", 1],
    ]);
    expect(spans("I don’t know", [at("don't", 0), at("know(2)", 1)])).toEqual([
      ["don’t", 0],
      ["know", 1],
    ]);
  });

  it("skips words the text does not contain, and words far beyond the last one found", () => {
    const text = `hello ${"x".repeat(80)} world`;
    expect(spans(text, [at("hello", 0), at("missing", 1), at("world", 2)])).toEqual([["hello", 0]]);
  });

  it("keeps offsets true when lower-casing changes a letter's length", () => {
    const text = "İstanbul office, thank you";
    expect(spans(text, [at("office", 0), at("thank", 1)])).toEqual([
      ["office", 0],
      ["thank", 1],
    ]);
  });
});
