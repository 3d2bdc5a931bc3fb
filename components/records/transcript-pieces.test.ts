import { describe, expect, it } from "vitest";
import { findQuote, splitPieces, wordRangesOf } from "./transcript-pieces";

const join = (text: string, pieces: { start: number; end: number }[]) => pieces.map((p) => text.slice(p.start, p.end)).join("");

describe("splitPieces", () => {
  const text = "Thank you for calling Acme, my name is Sarah.";
  const words = ["thank", "you", "for", "calling", "acme", "my", "name", "is", "sarah"].map((word, i) => ({ word, startMs: i * 100, endMs: i * 100 + 90 }));

  it("gives back the stored text exactly, with each timed word found in it despite case and punctuation", () => {
    const pieces = splitPieces(text, wordRangesOf(text, words), [], null);
    expect(join(text, pieces)).toBe(text);
    const wordTexts = pieces.filter((p) => p.word >= 0).map((p) => text.slice(p.start, p.end));
    expect(wordTexts).toEqual(["Thank", "you", "for", "calling", "Acme", "my", "name", "is", "Sarah"]);
    // Punctuation and spaces between words are plain text.
    expect(pieces.find((p) => text.slice(p.start, p.end) === ", ")?.word).toBe(-1);
  });

  it("cuts words at annotation and evidence boundaries, narrowest annotation first", () => {
    const marks = [
      { id: "wide", charStart: 0, charEnd: 21 },
      { id: "narrow", charStart: 6, charEnd: 12 },
    ];
    const pieces = splitPieces(text, wordRangesOf(text, words), marks, { start: 10, end: 21 });
    expect(join(text, pieces)).toBe(text);
    const at = (i: number) => pieces.find((p) => p.start <= i && p.end > i)!;
    expect(at(7)).toMatchObject({ marks: ["narrow", "wide"], evidence: false, word: 1 });
    expect(at(10)).toMatchObject({ marks: ["narrow", "wide"], evidence: true, word: 2 });
    expect(at(15)).toMatchObject({ marks: ["wide"], evidence: true, word: 3 });
    expect(at(23)).toMatchObject({ marks: [], evidence: false, word: 4 });
  });

  it("clamps spans past the text and ignores empty ones; text without words is one piece", () => {
    const pieces = splitPieces("Hello there", [], [{ id: "a", charStart: 6, charEnd: 99 }, { id: "b", charStart: 3, charEnd: 3 }], null);
    expect(pieces.map((p) => [p.start, p.end, p.marks])).toEqual([
      [0, 6, []],
      [6, 11, ["a"]],
    ]);
    expect(splitPieces("", [], [], null)).toEqual([]);
  });
});

describe("findQuote", () => {
  it("finds a quote ignoring case and differences in whitespace", () => {
    expect(findQuote("Thank you for calling Acme", "thank you for calling")).toEqual({ start: 0, end: 21 });
    expect(findQuote("I will  refund\nthe charge", "refund the charge")).toEqual({ start: 8, end: 25 });
    expect(findQuote("Nothing here", "refund")).toBeNull();
    expect(findQuote("Text", "  ")).toBeNull();
    expect(findQuote("Text (with) [regex] chars?", "(with) [regex]")).toEqual({ start: 5, end: 19 });
  });
});
