import { describe, expect, it } from "vitest";
import type { TranscriptSegment } from "@/db/schema/transcripts";
import { analyzeSentiment, sentimentLabel, trendDirection } from "./sentiment";
import { reversedCall, SUPPORT_CALL } from "./support-call.fixture";

const seg = (speaker: string, startMs: number, text: string): TranscriptSegment => ({
  speaker,
  startMs,
  endMs: startMs + 1000,
  text,
  words: [],
});

describe("analyzeSentiment", () => {
  it("scores each segment, the angry opening negative and the thanks positive", () => {
    const result = analyzeSentiment(SUPPORT_CALL);
    expect(result.segments).toHaveLength(SUPPORT_CALL.length);
    expect(result.segments.map((s) => s.segmentIndex)).toEqual(SUPPORT_CALL.map((_, i) => i));
    expect(result.segments[1]).toMatchObject({ speaker: "customer", label: "negative" });
    expect(result.segments[1]!.score).toBeLessThan(-0.2);
    expect(result.segments[9]).toMatchObject({ speaker: "customer", label: "positive" });
    expect(result.segments[11]!.label).toBe("positive");
    for (const s of result.segments) {
      expect(s.score).toBeGreaterThanOrEqual(-1);
      expect(s.score).toBeLessThanOrEqual(1);
    }
  });

  it("sees an angry-then-satisfied customer improving", () => {
    const { speakers, overall } = analyzeSentiment(SUPPORT_CALL);
    expect(Object.keys(speakers)).toEqual(["agent", "customer"]);
    const customer = speakers.customer!;
    expect(customer.segmentCount).toBe(6);
    expect(customer.trend.start).toBeLessThan(0);
    expect(customer.trend.end).toBeGreaterThan(0.3);
    expect(customer.trend.change).toBeCloseTo(customer.trend.end - customer.trend.start, 2);
    expect(customer.trend.direction).toBe("improving");
    expect(overall.trend.direction).toBe("improving");
    expect(overall.segmentCount).toBe(SUPPORT_CALL.length);
  });

  it("sees the same call played backwards worsening", () => {
    const { speakers, overall } = analyzeSentiment(reversedCall());
    expect(speakers.customer!.trend.direction).toBe("worsening");
    expect(speakers.customer!.trend.change).toBeLessThan(-0.3);
    expect(overall.trend.direction).toBe("worsening");
  });

  it("orders segments by time, not by array position, for the trend", () => {
    const shuffled = [...SUPPORT_CALL].reverse();
    expect(analyzeSentiment(shuffled).speakers.customer!.trend).toEqual(analyzeSentiment(SUPPORT_CALL).speakers.customer!.trend);
  });

  it("weights speakers' scores by words, ignoring empty turns", () => {
    const result = analyzeSentiment([
      seg("customer", 0, "This is terrible, absolutely terrible and unacceptable service from your company."),
      seg("customer", 1000, "Great."),
      seg("customer", 2000, ""),
    ]);
    const [long, short] = result.segments;
    expect(long!.score).toBeLessThan(0);
    expect(short!.score).toBeGreaterThan(0);
    const customer = result.speakers.customer!;
    expect(customer.segmentCount).toBe(2);
    // Eleven words against one: far nearer the long turn than the plain mean.
    expect(customer.score).toBeLessThan((long!.score + short!.score) / 2);
    expect(result.segments[2]).toMatchObject({ score: 0, label: "neutral" });
  });

  it("is stable for a single segment and for an empty transcript", () => {
    const one = analyzeSentiment([seg("agent", 0, "Thank you so much, that is wonderful.")]);
    expect(one.speakers.agent!.trend).toMatchObject({ change: 0, direction: "stable" });
    expect(one.speakers.agent!.trend.start).toBe(one.speakers.agent!.trend.end);

    const empty = analyzeSentiment([]);
    expect(empty).toEqual({
      segments: [],
      speakers: {},
      overall: { score: 0, label: "neutral", segmentCount: 0, trend: { start: 0, end: 0, change: 0, direction: "stable" } },
    });
  });
});

describe("labels and directions", () => {
  it("use the documented thresholds", () => {
    expect(sentimentLabel(0.2)).toBe("neutral");
    expect(sentimentLabel(0.21)).toBe("positive");
    expect(sentimentLabel(-0.2)).toBe("neutral");
    expect(sentimentLabel(-0.21)).toBe("negative");
    expect(trendDirection(0.15)).toBe("improving");
    expect(trendDirection(0.1)).toBe("stable");
    expect(trendDirection(-0.15)).toBe("worsening");
  });
});
