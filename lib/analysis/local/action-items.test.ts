import { describe, expect, it } from "vitest";
import type { TranscriptSegment } from "@/db/schema/transcripts";
import { findActionItems } from "./action-items";
import { SUPPORT_CALL } from "./support-call.fixture";

const seg = (speaker: string, text: string, startMs = 0): TranscriptSegment => ({ speaker, startMs, endMs: startMs + 1000, text, words: [] });
const texts = (segments: TranscriptSegment[]) => findActionItems(segments).map((a) => a.text);

describe("findActionItems", () => {
  it("finds the agent's promises and requests in the fixture call", () => {
    const items = findActionItems(SUPPORT_CALL);
    expect(items.map((a) => [a.segmentIndex, a.kind, a.text])).toEqual(
      expect.arrayContaining([
        [2, "commitment", "Let me pull up your account."],
        [6, "commitment", "I will refund the duplicate charge right now, and you'll see it within 5 to 7 business days."],
        [8, "commitment", "I'll also send you a confirmation email today."],
        [8, "commitment", "We'll call you back tomorrow at 3:30 pm to make sure the refund went through."],
        [8, "request", "Please check your inbox for the confirmation email."],
      ]),
    );
    expect(items.every((a) => a.speaker === "agent")).toBe(true);
    for (const a of items) expect(SUPPORT_CALL[a.segmentIndex]!.text.slice(a.charStart, a.charEnd)).toBe(a.text);
  });

  it("times items by their words when the segment has them", () => {
    const send = findActionItems(SUPPORT_CALL).find((a) => a.text.startsWith("I'll also send"));
    expect(send).toMatchObject({ startMs: 61_000, endMs: 63_500 });
    const pull = findActionItems(SUPPORT_CALL).find((a) => a.text.startsWith("Let me pull"));
    expect(pull).toMatchObject({ startMs: 18_000, endMs: 25_000 });
  });

  it("recognizes future and modal forms", () => {
    expect(
      texts([
        seg("agent", "I am going to escalate this to billing. I'm gonna reset your line. We are going to replace the modem. I shall email the invoice."),
        seg("agent", "Let's schedule a technician. Please restart the router. Okay, please unplug it for ten seconds."),
      ]),
    ).toEqual([
      "I am going to escalate this to billing.",
      "I'm gonna reset your line.",
      "We are going to replace the modem.",
      "I shall email the invoice.",
      "Let's schedule a technician.",
      "Please restart the router.",
      "Okay, please unplug it for ten seconds.",
    ]);
  });

  it("ignores questions, negations, hesitation and holding", () => {
    expect(
      texts([
        seg("customer", "Will I get a refund? When will you call me?"),
        seg("agent", "I will not be able to waive the fee. I won't be able to do that. Let me see. Let me know if it happens again."),
        seg("agent", "Please hold. Please wait a moment. I charged it yesterday. You called last week."),
      ]),
    ).toEqual([]);
  });

  it("lists a repeated sentence once, where first said", () => {
    const items = findActionItems([
      seg("agent", "I'll send you the confirmation email.", 0),
      seg("customer", "Okay.", 1000),
      seg("agent", "I will send you the confirmation email!", 2000),
    ]);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ segmentIndex: 0, startMs: 0 });
  });

  it("keeps customers' commitments, and filters by speaker", () => {
    const segments = [seg("agent", "I will reset the password.", 0), seg("customer", "I'll restart the router tonight.", 1000)];
    expect(findActionItems(segments).map((a) => a.speaker)).toEqual(["agent", "customer"]);
    expect(findActionItems(segments, { speaker: "customer" }).map((a) => a.text)).toEqual(["I'll restart the router tonight."]);
    expect(findActionItems(segments, { speaker: "agent" }).map((a) => a.text)).toEqual(["I will reset the password."]);
  });

  it("counts what the agent says the customer will receive", () => {
    expect(texts([seg("agent", "You'll receive a text message with the code.")])).toEqual(["You'll receive a text message with the code."]);
    expect(texts([seg("customer", "You'll get a call from my lawyer.")])).toEqual([]);
  });

  it("handles empty input", () => {
    expect(findActionItems([])).toEqual([]);
    expect(findActionItems([seg("agent", "")])).toEqual([]);
  });
});
