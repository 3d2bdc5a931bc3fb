import { describe, expect, it } from "vitest";
import { getNlp, isWordLike, parseText, stem, tokenize } from "./nlp";

describe("getNlp", () => {
  it("loads one shared instance", () => {
    expect(getNlp()).toBe(getNlp());
  });
});

describe("stem", () => {
  it("reduces inflections to one stem", () => {
    expect(stem("refunded")).toBe(stem("refund"));
    expect(stem("refunds")).toBe(stem("refund"));
    expect(stem("subscriptions")).toBe(stem("subscription"));
    expect(stem("cancelling")).toBe(stem("cancel"));
    expect(stem("thanks")).toBe("thank");
  });
});

describe("tokenize", () => {
  it("gives offsets that slice back to each token", () => {
    const text = "Hi!  I'll send it to jane@example.com — today,\tokay?";
    const tokens = tokenize(text);
    expect(tokens.length).toBeGreaterThan(8);
    for (const t of tokens) expect(text.slice(t.charStart, t.charEnd)).toBe(t.value);
    expect(tokens.map((t) => t.value)).toContain("jane@example.com");
  });

  it("normalizes case and contractions, stems only words", () => {
    const tokens = tokenize("We'll REFUND $49.99 at 3:30");
    const byValue = (v: string) => tokens.find((t) => t.value === v)!;
    expect(byValue("'ll").normal).toBe("will");
    expect(byValue("REFUND").normal).toBe("refund");
    expect(byValue("REFUND").stem).toBe("refund");
    // The Porter stemmer would turn "3:30" into "y:y0".
    expect(byValue("3:30").stem).toBe("3:30");
    expect(byValue("49.99").type).toBe("number");
  });

  it("marks punctuation and whitespace as not word-like", () => {
    const tokens = tokenize("Yes.\nNo!");
    expect(tokens.filter(isWordLike).map((t) => t.value)).toEqual(["Yes", "No"]);
  });

  it("returns nothing for empty or blank text", () => {
    expect(tokenize("")).toEqual([]);
    expect(tokenize("   ")).toEqual([]);
  });
});

describe("parseText", () => {
  it("splits sentences with offsets and sentiment", () => {
    const text = "This is ridiculous. Thank you so much, that's great!";
    const parsed = parseText(text);
    expect(parsed.sentences.map((s) => s.text)).toEqual(["This is ridiculous.", "Thank you so much, that's great!"]);
    for (const s of parsed.sentences) expect(text.slice(s.charStart, s.charEnd)).toBe(s.text);
    expect(parsed.sentences[0]!.sentiment).toBeLessThan(0);
    expect(parsed.sentences[1]!.sentiment).toBeGreaterThan(0);
  });

  it("reports the model's entities with offsets", () => {
    const text = "I paid $49.99 tomorrow";
    const parsed = parseText(text);
    const money = parsed.entities.find((e) => e.type === "MONEY");
    expect(money?.text).toBe("$49.99");
    expect(text.slice(money!.charStart, money!.charEnd)).toBe("$49.99");
    expect(parsed.entities.some((e) => e.type === "DATE" && e.text === "tomorrow")).toBe(true);
  });

  it("handles an empty text", () => {
    expect(parseText("")).toEqual({ text: "", tokens: [], sentences: [], entities: [], sentiment: 0 });
  });
});
