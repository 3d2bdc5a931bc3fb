import { describe, expect, it } from "vitest";
import type { TranscriptSegment } from "@/db/schema/transcripts";
import { extractKeyPhrases, topicsFrom, type KeyPhrase } from "./keyphrases";
import { SUPPORT_CALL } from "./support-call.fixture";

const seg = (speaker: string, text: string): TranscriptSegment => ({ speaker, startMs: 0, endMs: 1000, text, words: [] });

describe("extractKeyPhrases", () => {
  it("finds the nouns the call is about", () => {
    const phrases = extractKeyPhrases(SUPPORT_CALL);
    const texts = phrases.map((p) => p.text);
    expect(texts).toEqual(expect.arrayContaining(["confirmation email", "subscription", "refund", "duplicate charge", "billing error"]));
    expect(phrases.length).toBeLessThanOrEqual(10);
  });

  it("merges spellings by stem and counts them", () => {
    const subscription = extractKeyPhrases(SUPPORT_CALL).find((p) => p.key === "subscript");
    // "subscription" (segments 1 and 10) and "subscriptions" (segment 1).
    expect(subscription).toEqual({ text: "subscription", key: "subscript", count: 3, score: 3, segments: [1, 10] });
  });

  it("ranks by frequency × length, best first", () => {
    const phrases = extractKeyPhrases(SUPPORT_CALL);
    expect(phrases[0]).toMatchObject({ text: "confirmation email", count: 2, score: 4, segments: [8] });
    for (let i = 1; i < phrases.length; i++) expect(phrases[i - 1]!.score).toBeGreaterThanOrEqual(phrases[i]!.score);
  });

  it("leaves out greetings, names in introductions, fillers, pronouns and dates", () => {
    const texts = extractKeyPhrases(SUPPORT_CALL, { limit: 50 }).map((p) => p.text);
    for (const unwanted of ["acme broadband", "sarah", "name", "day", "today", "tomorrow", "march", "week", "okay", "thanks"]) {
      expect(texts).not.toContain(unwanted);
    }
  });

  it("respects the limit and is deterministic", () => {
    expect(extractKeyPhrases(SUPPORT_CALL, { limit: 3 })).toEqual(extractKeyPhrases(SUPPORT_CALL).slice(0, 3));
    expect(extractKeyPhrases(SUPPORT_CALL, { limit: 0 })).toEqual([]);
    expect(extractKeyPhrases([...SUPPORT_CALL])).toEqual(extractKeyPhrases(SUPPORT_CALL));
  });

  it("takes runs of adjectives and nouns that end in a noun", () => {
    const phrases = extractKeyPhrases([seg("customer", "My internet connection keeps dropping. The internet connection is slow and the modem is old.")]);
    expect(phrases.map((p) => [p.text, p.count])).toEqual([
      ["internet connection", 2],
      ["modem", 1],
    ]);
    // A trailing adjective ("slow", "old") is not part of the phrase.
    expect(phrases.map((p) => p.text)).not.toContain("slow");
  });

  it("returns nothing for an empty transcript", () => {
    expect(extractKeyPhrases([])).toEqual([]);
    expect(extractKeyPhrases([seg("agent", "")])).toEqual([]);
  });
});

describe("topicsFrom", () => {
  const kp = (text: string, key: string): KeyPhrase => ({ text, key, count: 1, score: 1, segments: [0] });

  it("skips phrases sharing a stem with a chosen topic", () => {
    const topics = topicsFrom([kp("refund", "refund"), kp("refund request", "refund request"), kp("router", "router"), kp("router light", "router light"), kp("billing", "bill")]);
    expect(topics).toEqual(["refund", "router", "billing"]);
  });

  it("limits the list", () => {
    expect(topicsFrom([kp("a b", "a b"), kp("c", "c"), kp("d", "d")], 2)).toEqual(["a b", "c"]);
    expect(topicsFrom([])).toEqual([]);
  });

  it("labels the fixture call with its subjects", () => {
    const topics = topicsFrom(extractKeyPhrases(SUPPORT_CALL));
    expect(topics.length).toBeLessThanOrEqual(5);
    expect(topics).toEqual(expect.arrayContaining(["confirmation email", "subscription", "refund"]));
    // "email" alone shares a stem with "confirmation email".
    expect(topics).not.toContain("email");
  });
});
