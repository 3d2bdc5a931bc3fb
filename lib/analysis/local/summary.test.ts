import { describe, expect, it } from "vitest";
import type { TranscriptSegment } from "@/db/schema/transcripts";
import { extractEntities } from "./entities";
import { extractKeyPhrases } from "./keyphrases";
import { summarize } from "./summary";
import { SUPPORT_CALL } from "./support-call.fixture";

const seg = (speaker: string, text: string): TranscriptSegment => ({ speaker, startMs: 0, endMs: 1000, text, words: [] });

describe("summarize", () => {
  const options = { keyPhrases: extractKeyPhrases(SUPPORT_CALL), entities: extractEntities(SUPPORT_CALL) };

  it("picks content sentences, verbatim and in order", () => {
    const summary = summarize(SUPPORT_CALL, options);
    expect(summary.sentences).toHaveLength(3);
    const picked = summary.sentences.map((s) => s.text);
    // The reason for the call and the resolution.
    expect(picked).toContain("I've been charged twice for my subscription this month and nobody has fixed it.");
    expect(picked).toContain("I will refund the duplicate charge right now, and you'll see it within 5 to 7 business days.");
    for (const s of summary.sentences) expect(SUPPORT_CALL[s.segmentIndex]!.text.slice(s.charStart, s.charEnd)).toBe(s.text);
    const positions = summary.sentences.map((s) => [s.segmentIndex, s.charStart]);
    expect(positions).toEqual([...positions].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
    expect(summary.text).toBe(picked.join(" "));
  });

  it("leaves out greetings, sign-offs and short acknowledgements", () => {
    const picked = summarize(SUPPORT_CALL, { ...options, sentences: 8 }).sentences.map((s) => s.text);
    expect(picked).toHaveLength(8);
    for (const s of picked) {
      expect(s).not.toMatch(/calling|my name is|goodbye|nice day|^Okay, that's good/i);
    }
  });

  it("is deterministic", () => {
    expect(summarize(SUPPORT_CALL, options)).toEqual(summarize(SUPPORT_CALL, options));
    expect(summarize([...SUPPORT_CALL], options)).toEqual(summarize(SUPPORT_CALL, options));
  });

  it("falls back to three sentences for a count that is not a number", () => {
    expect(summarize(SUPPORT_CALL, { ...options, sentences: Number.NaN })).toEqual(summarize(SUPPORT_CALL, options));
  });

  it("works without key phrases or entities", () => {
    const summary = summarize(SUPPORT_CALL, { sentences: 2 });
    expect(summary.sentences).toHaveLength(2);
    expect(summary.text.length).toBeGreaterThan(40);
  });

  it("does not pick two sentences saying the same thing", () => {
    const summary = summarize(
      [
        seg("customer", "My internet connection keeps dropping every evening."),
        seg("customer", "My internet connection keeps dropping every evening!"),
        seg("agent", "I see an outage on the cable modem in your area."),
        seg("agent", "The technician visit is booked for your street."),
      ],
      { sentences: 2 },
    );
    expect(summary.sentences.filter((s) => s.text.startsWith("My internet"))).toHaveLength(1);
  });

  it("returns a tiny conversation whole and an empty one empty", () => {
    expect(summarize([seg("customer", "Hi."), seg("agent", "Hello, how are you?")])).toMatchObject({ text: "Hi. Hello, how are you?" });
    expect(summarize([])).toEqual({ text: "", sentences: [] });
    expect(summarize([seg("agent", ""), seg("customer", "   ")])).toEqual({ text: "", sentences: [] });
    expect(summarize(SUPPORT_CALL, { sentences: 0 })).toEqual({ text: "", sentences: [] });
  });
});
