import { describe, expect, it } from "vitest";
import { normaliseWords, wordErrorRate } from "./wer";

describe("normaliseWords", () => {
  it.each([
    ["Hello, World!", ["hello", "world"]],
    ["I don't know.", ["i", "don't", "know"]],
    ["It’s a follow-up", ["it's", "a", "follow", "up"]],
    ["  'quoted'  words\n\tand  tabs ", ["quoted", "words", "and", "tabs"]],
    ["Order #45678 costs $12.50", ["order", "45678", "costs", "12", "50"]],
    ["Grüße, señor", ["grüße", "señor"]],
    ["", []],
  ])("%j → %j", (text, expected) => {
    expect(normaliseWords(text)).toEqual(expected);
  });
});

describe("wordErrorRate", () => {
  const cases: [string, string, string, { errors: number; s: number; d: number; i: number; ref: number }][] = [
    ["identical", "thank you for calling", "Thank you, for calling!", { errors: 0, s: 0, d: 0, i: 0, ref: 4 }],
    ["one substitution", "how can i help", "how can i yelp", { errors: 1, s: 1, d: 0, i: 0, ref: 4 }],
    ["one deletion", "give me your order number", "give me your number", { errors: 1, s: 0, d: 1, i: 0, ref: 5 }],
    ["one insertion", "have a nice day", "have a very nice day", { errors: 1, s: 0, d: 0, i: 1, ref: 4 }],
    ["split word: substitution plus insertion", "no that is all goodbye", "no that is all good bye", { errors: 2, s: 1, d: 0, i: 1, ref: 5 }],
    ["everything missing", "hello there", "", { errors: 2, s: 0, d: 2, i: 0, ref: 2 }],
    ["all wrong and longer", "yes", "no no no", { errors: 3, s: 1, d: 0, i: 2, ref: 1 }],
    ["both empty", "", "", { errors: 0, s: 0, d: 0, i: 0, ref: 0 }],
    [
      // S+D+match+I and S+S+S both cost 3: ties go to substitutions.
      "equal-cost alignments count substitutions",
      "the cat sat on the mat",
      "the cat sit on mat today",
      { errors: 3, s: 3, d: 0, i: 0, ref: 6 },
    ],
  ];
  it.each(cases)("%s", (_name, reference, hypothesis, expected) => {
    const result = wordErrorRate(reference, hypothesis);
    expect(result).toMatchObject({
      errors: expected.errors,
      substitutions: expected.s,
      deletions: expected.d,
      insertions: expected.i,
      referenceWords: expected.ref,
    });
    expect(result.wer).toBeCloseTo(expected.ref ? expected.errors / expected.ref : 0, 10);
  });

  it("is 1 for words against an empty reference", () => {
    expect(wordErrorRate("", "hello").wer).toBe(1);
  });

  it("accepts arrays of lines (one turn a line)", () => {
    expect(wordErrorRate(["thank you", "for calling"], "thank you for calling").wer).toBe(0);
  });

  it("handles long transcripts in linear memory", () => {
    const reference = Array.from({ length: 3000 }, (_, i) => `w${i % 50}`).join(" ");
    const hypothesis = reference.replace(/\bw7\b/g, "x");
    const result = wordErrorRate(reference, hypothesis);
    expect(result.substitutions).toBe(60);
    expect(result.wer).toBeCloseTo(60 / 3000, 10);
  });
});
