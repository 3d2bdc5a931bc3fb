import { describe, expect, it } from "vitest";
import type { TranscriptSegment } from "@/db/schema/transcripts";
import { findPhrases } from "./phrases";
import { SUPPORT_CALL } from "./support-call.fixture";
import { parseTranscript } from "./transcript";

const seg = (speaker: string, startMs: number, endMs: number, text: string): TranscriptSegment => ({
  speaker,
  startMs,
  endMs,
  text,
  words: [],
});

function expectOffsets(matches: ReturnType<typeof findPhrases>, segments: readonly TranscriptSegment[] = SUPPORT_CALL) {
  for (const m of matches) expect(segments[m.segmentIndex]!.text.slice(m.charStart, m.charEnd)).toBe(m.text);
}

describe("findPhrases", () => {
  it("matches across case, punctuation and 'thank you' / 'thanks'", () => {
    const matches = findPhrases(SUPPORT_CALL, ["thank you for calling"]);
    expect(matches.map((m) => [m.segmentIndex, m.text])).toEqual([
      [0, "Thank you for calling"],
      [12, "Thanks for calling"],
    ]);
    expectOffsets(matches);
    expect(findPhrases(SUPPORT_CALL, ["THANKS FOR CALLING!!"]).map((m) => m.segmentIndex)).toEqual([0, 12]);
  });

  it("matches inflections through stems", () => {
    const refunds = findPhrases(SUPPORT_CALL, ["refund"]);
    expect(refunds.map((m) => m.text)).toEqual(["refund", "refunded", "refund", "refund"]);
    expect(refunds.map((m) => m.segmentIndex)).toEqual([5, 5, 6, 8]);
    expectOffsets(refunds);

    const [cancel] = findPhrases(SUPPORT_CALL, ["cancel my subscription"]);
    expect(cancel).toMatchObject({ phrase: "cancel my subscription", segmentIndex: 1, speaker: "customer", text: "cancelling my subscriptions" });
    expectOffsets([cancel!]);
  });

  it("needs the whole phrase contiguous, in order, within one segment", () => {
    expect(findPhrases(SUPPORT_CALL, ["refund duplicate"])).toEqual([]);
    expect(findPhrases(SUPPORT_CALL, ["email confirmation"])).toEqual([]);
    // "Goodbye!" (12) is not in the same segment as "have a nice day" (11).
    expect(findPhrases(SUPPORT_CALL, ["nice day goodbye"])).toEqual([]);
    expect(findPhrases(SUPPORT_CALL, ["charged twice"])).toHaveLength(1);
  });

  it("filters by speaker", () => {
    expect(findPhrases(SUPPORT_CALL, ["refund"], { speaker: "customer" }).map((m) => m.segmentIndex)).toEqual([5, 5]);
    expect(findPhrases(SUPPORT_CALL, ["refund"], { speaker: "agent" }).map((m) => m.segmentIndex)).toEqual([6, 8]);
    expect(findPhrases(SUPPORT_CALL, ["thank you for calling"], { speaker: "customer" })).toEqual([]);
    const mono = SUPPORT_CALL.map((s) => ({ ...s, speaker: "speaker" }));
    expect(findPhrases(mono, ["refund"], { speaker: "agent" })).toEqual([]);
    expect(findPhrases(mono, ["refund"], { speaker: "any" })).toHaveLength(4);
  });

  it("filters by time from the start and from the end", () => {
    const first = findPhrases(SUPPORT_CALL, ["thank you for calling"], { withinFirstMs: 15_000 });
    expect(first.map((m) => m.segmentIndex)).toEqual([0]);
    const last = findPhrases(SUPPORT_CALL, ["thank you for calling"], { withinLastMs: 15_000 });
    expect(last.map((m) => m.segmentIndex)).toEqual([12]);
    expect(findPhrases(SUPPORT_CALL, ["thank you for calling"], { withinFirstMs: 15_000, withinLastMs: 15_000 })).toEqual([]);
    // A window that is not a number does not restrict.
    expect(findPhrases(SUPPORT_CALL, ["thank you for calling"], { withinFirstMs: Number.NaN })).toHaveLength(2);
  });

  it("measures the windows from the conversation's own start and end", () => {
    const chat = [seg("agent", 1_700_000_000_000, 1_700_000_001_000, "Hello, thanks for contacting us."), seg("customer", 1_700_000_100_000, 1_700_000_101_000, "Thanks, bye.")];
    expect(findPhrases(chat, ["thanks"], { withinFirstMs: 5_000 }).map((m) => m.segmentIndex)).toEqual([0]);
    expect(findPhrases(chat, ["thanks"], { withinLastMs: 5_000 }).map((m) => m.segmentIndex)).toEqual([1]);
  });

  it("times matches by their words when the segment has word timings", () => {
    const [greeting] = findPhrases(SUPPORT_CALL, ["thank you for calling"], { withinFirstMs: 15_000 });
    expect(greeting).toMatchObject({ startMs: 0, endMs: 1000, timing: "words", charStart: 0, charEnd: 21 });

    // Segment 8 has cased, punctuated words ("today.", "email.").
    const emails = findPhrases(SUPPORT_CALL, ["confirmation email"]);
    expect(emails.map((m) => [m.startMs, m.endMs, m.timing])).toEqual([
      [62_100, 63_000, "words"],
      [69_700, 70_800, "words"],
    ]);
    expectOffsets(emails);

    // A word-level time window: "tomorrow" is said at 64.7 s, inside the 61-72 s segment.
    expect(findPhrases(SUPPORT_CALL, ["call you back tomorrow"])[0]).toMatchObject({ startMs: 64_000, endMs: 65_200 });
  });

  it("falls back to the segment's times without word timings", () => {
    const [match] = findPhrases(SUPPORT_CALL, ["terrible service"]);
    expect(match).toMatchObject({ segmentIndex: 5, startMs: 38_500, endMs: 47_000, timing: "segment", text: "Terrible service" });
  });

  it("uses word timings for the window when the segment straddles it", () => {
    const segments: TranscriptSegment[] = [
      {
        speaker: "agent",
        startMs: 0,
        endMs: 20_000,
        text: "Hello there. Thank you for calling.",
        words: [
          { word: "hello", startMs: 0, endMs: 500 },
          { word: "there", startMs: 500, endMs: 900 },
          { word: "thank", startMs: 18_000, endMs: 18_400 },
          { word: "you", startMs: 18_400, endMs: 18_600 },
          { word: "for", startMs: 18_600, endMs: 18_800 },
          { word: "calling", startMs: 18_800, endMs: 19_500 },
        ],
      },
      seg("customer", 20_000, 30_000, "Hi, I have a question about my bill."),
    ];
    expect(findPhrases(segments, ["thank you for calling"], { withinFirstMs: 10_000 })).toEqual([]);
    expect(findPhrases(segments, ["hello"], { withinFirstMs: 10_000 })).toHaveLength(1);
  });

  it("reports each phrase in order, keeping the phrase as given", () => {
    const matches = findPhrases(SUPPORT_CALL, ["Confirmation E-mail", "refund"], { speaker: "agent" });
    expect(matches.map((m) => [m.segmentIndex, m.phrase])).toEqual([
      [6, "refund"],
      [8, "Confirmation E-mail"],
      [8, "refund"],
      [8, "Confirmation E-mail"],
    ]);
  });

  it("handles contractions both ways", () => {
    const segments = [seg("agent", 0, 1000, "I'm going to send it. We will call you back."), seg("agent", 1000, 2000, "I am gonna check. We'll call you back.")];
    expect(findPhrases(segments, ["I am going to"]).map((m) => m.text)).toEqual(["I'm going to", "I am gonna"]);
    expect(findPhrases(segments, ["we'll call you back"]).map((m) => m.text)).toEqual(["We will call you back", "We'll call you back"]);
    expectOffsets(findPhrases(segments, ["I am going to", "we'll call you back"]), segments);
  });

  it("returns nothing for empty phrases or an empty transcript", () => {
    expect(findPhrases(SUPPORT_CALL, ["", "  ", "!!"])).toEqual([]);
    expect(findPhrases([], ["refund"])).toEqual([]);
  });

  it("gives the same answer from a parsed transcript", () => {
    const parsed = parseTranscript(SUPPORT_CALL);
    expect(findPhrases(parsed, ["refund", "thank you for calling"])).toEqual(findPhrases(SUPPORT_CALL, ["refund", "thank you for calling"]));
  });
});

describe("findPhrases with words between", () => {
  const turns = [
    seg("agent", 0, 3000, "Oh, I'm so very sorry about that."),
    seg("agent", 3000, 6000, "I completely understand."),
    seg("agent", 6000, 9000, "I do not understand what you mean."),
    seg("agent", 9000, 12000, "I am, as you know, going to be sorry."),
  ];

  it("finds a phrase with up to maxWordsBetween words inside it, spanning them", () => {
    expect(findPhrases(turns, ["I am sorry"])).toEqual([]);
    const matches = findPhrases(turns, ["I am sorry", "I understand"], { maxWordsBetween: 2 });
    expect(matches.map((m) => [m.segmentIndex, m.text])).toEqual([
      [0, "I'm so very sorry"],
      [1, "I completely understand"],
    ]);
    expectOffsets(matches, turns);
  });

  it("never skips a negation, nor more words than allowed", () => {
    expect(findPhrases(turns, ["I understand"], { maxWordsBetween: 3 }).map((m) => m.segmentIndex)).toEqual([1]);
    expect(findPhrases(turns, ["I am sorry"], { maxWordsBetween: 1 })).toEqual([]);
    // "I am, as you know, going to be sorry": five words between "am" and "sorry".
    expect(findPhrases(turns, ["I am sorry"], { maxWordsBetween: 3 }).map((m) => m.segmentIndex)).toEqual([0]);
  });
});
