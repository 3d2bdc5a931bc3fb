import { describe, expect, it } from "vitest";
import { analyzeText, parseTranscript } from "./index";
import { repeatedCall, SUPPORT_CALL } from "./support-call.fixture";

describe("analyzeText", () => {
  it("brings the insights of the fixture call together", () => {
    const insights = analyzeText(SUPPORT_CALL);
    expect(insights.sentiment.speakers.customer!.trend.direction).toBe("improving");
    expect(insights.keyPhrases.map((k) => k.text)).toContain("confirmation email");
    expect(insights.topics.length).toBeGreaterThan(0);
    expect(insights.topics.length).toBeLessThanOrEqual(5);
    expect(insights.entities.map((e) => e.type)).toEqual(expect.arrayContaining(["email", "money", "date", "phone"]));
    expect(insights.actionItems.length).toBeGreaterThanOrEqual(5);
    expect(insights.summary.sentences).toHaveLength(3);
  });

  it("honours its options", () => {
    const insights = analyzeText(SUPPORT_CALL, { keyPhraseLimit: 2, topicLimit: 1, summarySentences: 1 });
    expect(insights.keyPhrases).toHaveLength(2);
    expect(insights.topics).toHaveLength(1);
    expect(insights.summary.sentences).toHaveLength(1);
  });

  it("gives the same result from segments and from a parsed transcript, every time", () => {
    const fromSegments = analyzeText(SUPPORT_CALL);
    expect(analyzeText(parseTranscript(SUPPORT_CALL))).toEqual(fromSegments);
    expect(JSON.parse(JSON.stringify(analyzeText(SUPPORT_CALL)))).toEqual(fromSegments);
  });

  it("does not throw on an empty transcript or odd segments", () => {
    expect(analyzeText([])).toEqual({
      sentiment: { segments: [], speakers: {}, overall: { score: 0, label: "neutral", segmentCount: 0, trend: { start: 0, end: 0, change: 0, direction: "stable" } } },
      keyPhrases: [],
      topics: [],
      entities: [],
      actionItems: [],
      summary: { text: "", sentences: [] },
    });
    const odd = [
      { speaker: "speaker", startMs: 0, endMs: 0, text: "", words: [] },
      { speaker: "speaker", startMs: 5, endMs: 1, text: "?!", words: [{ word: "?!", startMs: 0, endMs: 1 }] },
    ];
    expect(() => analyzeText(odd)).not.toThrow();
  });

  it("analyzes a ten-minute call", () => {
    // Seven back-to-back copies: about 1,600 words over 11 minutes.
    const long = repeatedCall(7);
    const words = long.reduce((n, s) => n + s.text.split(/\s+/).length, 0);
    expect(words).toBeGreaterThan(1400);
    const insights = analyzeText(long);
    expect(insights.sentiment.segments).toHaveLength(long.length);
    expect(insights.keyPhrases[0]).toMatchObject({ text: "confirmation email", count: 14 });
    // Action items said again in later copies are listed once.
    expect(insights.actionItems).toHaveLength(analyzeText(SUPPORT_CALL).actionItems.length);
    expect(insights.entities.filter((e) => e.type === "email")).toHaveLength(7);
  });
});
