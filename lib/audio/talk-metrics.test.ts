import { describe, expect, it } from "vitest";
import { computeTalkMetrics, type TalkMetrics, type TalkSegment } from "./talk-metrics";

const a = (startMs: number, endMs: number): TalkSegment => ({ speaker: "agent", startMs, endMs });
const c = (startMs: number, endMs: number): TalkSegment => ({ speaker: "customer", startMs, endMs });
const s = (startMs: number, endMs: number): TalkSegment => ({ speaker: "speaker", startMs, endMs });

type Expected = Omit<TalkMetrics, "durationMs" | "talkTimeMs"> & { talk: [agent: number, customer: number, speaker: number] };

// Answers worked out by hand on a timeline, in ms.
const cases: [string, TalkSegment[], number, Expected][] = [
  [
    "nobody talks",
    [], 10_000,
    { talk: [0, 0, 0], talkRatio: null, silenceMs: 10_000, silenceShare: 1, overtalkCount: 0, overtalkMs: 0, longestMonologueMs: 0, longestMonologueSpeaker: null },
  ],
  [
    "clean alternation: agent 0-4 s, customer 5-8 s of 10 s",
    [a(0, 4000), c(5000, 8000)], 10_000,
    // silence 4-5 s and 8-10 s
    { talk: [4000, 3000, 0], talkRatio: 4 / 7, silenceMs: 3000, silenceShare: 0.3, overtalkCount: 0, overtalkMs: 0, longestMonologueMs: 4000, longestMonologueSpeaker: "agent" },
  ],
  [
    "a speaker's own overlapping and touching segments merge first",
    [a(0, 3000), a(2000, 5000), a(5000, 6000), c(7000, 9000)], 10_000,
    // agent 0-6 s is one stretch; silence 6-7 s and 9-10 s
    { talk: [6000, 2000, 0], talkRatio: 0.75, silenceMs: 2000, silenceShare: 0.2, overtalkCount: 0, overtalkMs: 0, longestMonologueMs: 6000, longestMonologueSpeaker: "agent" },
  ],
  [
    "two overtalk stretches around an agent pause",
    [a(0, 5000), c(4000, 6000), a(5500, 7000)], 8000,
    // both talk 4-5 s and 5.5-6 s; speech covers 0-7 s
    { talk: [6500, 2000, 0], talkRatio: 6500 / 8500, silenceMs: 1000, silenceShare: 0.125, overtalkCount: 2, overtalkMs: 1500, longestMonologueMs: 5000, longestMonologueSpeaker: "agent" },
  ],
  [
    "back-channel words inside a long agent turn",
    [a(0, 10_000), c(2000, 3000), c(5000, 6000)], 10_000,
    { talk: [10_000, 2000, 0], talkRatio: 10 / 12, silenceMs: 0, silenceShare: 0, overtalkCount: 2, overtalkMs: 2000, longestMonologueMs: 10_000, longestMonologueSpeaker: "agent" },
  ],
  [
    "turns that touch do not overtalk",
    [a(0, 3000), c(3000, 6000)], 6000,
    { talk: [3000, 3000, 0], talkRatio: 0.5, silenceMs: 0, silenceShare: 0, overtalkCount: 0, overtalkMs: 0, longestMonologueMs: 3000, longestMonologueSpeaker: "agent" },
  ],
  [
    "mono: one speaker track, no talk ratio",
    [s(1000, 4000), s(5000, 9000)], 10_000,
    { talk: [0, 0, 7000], talkRatio: null, silenceMs: 3000, silenceShare: 0.3, overtalkCount: 0, overtalkMs: 0, longestMonologueMs: 4000, longestMonologueSpeaker: "speaker" },
  ],
  [
    "segments outside the recording are clipped",
    [a(-500, 1000), c(9000, 12_000)], 10_000,
    { talk: [1000, 1000, 0], talkRatio: 0.5, silenceMs: 8000, silenceShare: 0.8, overtalkCount: 0, overtalkMs: 0, longestMonologueMs: 1000, longestMonologueSpeaker: "agent" },
  ],
  [
    "equal monologues: the earlier one wins",
    [c(0, 2000), a(3000, 5000)], 5000,
    { talk: [2000, 2000, 0], talkRatio: 0.5, silenceMs: 1000, silenceShare: 0.2, overtalkCount: 0, overtalkMs: 0, longestMonologueMs: 2000, longestMonologueSpeaker: "customer" },
  ],
  [
    "only the customer talks",
    [c(0, 1000)], 4000,
    { talk: [0, 1000, 0], talkRatio: 0, silenceMs: 3000, silenceShare: 0.75, overtalkCount: 0, overtalkMs: 0, longestMonologueMs: 1000, longestMonologueSpeaker: "customer" },
  ],
  [
    "backwards and empty segments are ignored",
    [a(3000, 1000), c(2000, 2000), a(0, 500)], 1000,
    { talk: [500, 0, 0], talkRatio: 1, silenceMs: 500, silenceShare: 0.5, overtalkCount: 0, overtalkMs: 0, longestMonologueMs: 500, longestMonologueSpeaker: "agent" },
  ],
  [
    "an empty recording",
    [a(0, 1000)], 0,
    { talk: [0, 0, 0], talkRatio: null, silenceMs: 0, silenceShare: 0, overtalkCount: 0, overtalkMs: 0, longestMonologueMs: 0, longestMonologueSpeaker: null },
  ],
];

describe("computeTalkMetrics", () => {
  it.each(cases)("%s", (_name, segments, durationMs, expected) => {
    const { talk, talkRatio, silenceShare, ...exact } = expected;
    const metrics = computeTalkMetrics(segments, durationMs);
    expect(metrics).toMatchObject({ ...exact, durationMs, talkTimeMs: { agent: talk[0], customer: talk[1], speaker: talk[2] } });
    if (talkRatio === null) expect(metrics.talkRatio).toBeNull();
    else expect(metrics.talkRatio).toBeCloseTo(talkRatio, 10);
    expect(metrics.silenceShare).toBeCloseTo(silenceShare, 10);
  });

  it("does not depend on the order of the segments", () => {
    const segments = [a(0, 5000), c(4000, 6000), a(5500, 7000), c(6500, 9000)];
    expect(computeTalkMetrics([...segments].reverse(), 10_000)).toEqual(computeTalkMetrics(segments, 10_000));
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])("refuses a duration of %s", (durationMs) => {
    expect(() => computeTalkMetrics([], durationMs)).toThrow(RangeError);
  });
});
