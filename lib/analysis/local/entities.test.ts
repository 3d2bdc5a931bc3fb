import { describe, expect, it } from "vitest";
import type { TranscriptSegment } from "@/db/schema/transcripts";
import { extractEntities, type Entity } from "./entities";
import { SUPPORT_CALL } from "./support-call.fixture";

const seg = (text: string, speaker = "customer"): TranscriptSegment => ({ speaker, startMs: 1000, endMs: 5000, text, words: [] });

function pairs(entities: Entity[]): Array<[string, string]> {
  return entities.map((e) => [e.type, e.text]);
}

function expectOffsets(entities: Entity[], segments: readonly TranscriptSegment[]) {
  for (const e of entities) expect(segments[e.segmentIndex]!.text.slice(e.charStart, e.charEnd)).toBe(e.text);
}

describe("extractEntities", () => {
  it("finds the call's facts with offsets", () => {
    const entities = extractEntities(SUPPORT_CALL);
    expectOffsets(entities, SUPPORT_CALL);
    expect(pairs(entities)).toEqual(
      expect.arrayContaining([
        ["email", "jane.miller@example.com"],
        ["money", "$49.99"],
        ["date", "March 3rd, 2026"],
        ["date", "last week"],
        ["duration", "5 to 7 business days"],
        ["date", "tomorrow"],
        ["time", "3:30 pm"],
        ["percent", "20%"],
        ["phone", "(555) 123-4567"],
      ]),
    );
    const email = entities.find((e) => e.type === "email")!;
    expect(email).toMatchObject({ segmentIndex: 3, speaker: "customer", charStart: 11, charEnd: 34, startMs: 25_500, endMs: 29_000 });
  });

  it("is in transcript order without overlaps", () => {
    const entities = extractEntities(SUPPORT_CALL);
    for (let i = 1; i < entities.length; i++) {
      const [a, b] = [entities[i - 1]!, entities[i]!];
      expect(a.segmentIndex < b.segmentIndex || (a.segmentIndex === b.segmentIndex && a.charEnd <= b.charStart)).toBe(true);
    }
  });

  it("times entities by word timings when present", () => {
    const entities = extractEntities(SUPPORT_CALL).filter((e) => e.segmentIndex === 8);
    expect(entities.find((e) => e.text === "tomorrow")).toMatchObject({ startMs: 64_700, endMs: 65_200 });
    expect(entities.find((e) => e.type === "time")).toMatchObject({ startMs: 65_300, endMs: 66_200 });
  });

  it("finds spoken and written amounts", () => {
    const segments = [seg("That's forty nine dollars, or 49 dollars and 99 cents, or €20, or $1,250.50 in total.")];
    const money = extractEntities(segments).filter((e) => e.type === "money");
    expect(money.map((e) => e.text)).toEqual(["forty nine dollars", "49 dollars and 99 cents", "€20", "$1,250.50"]);
    expectOffsets(money, segments);
  });

  it("finds dates in many forms, without the preposition", () => {
    const segments = [seg("It renews on 2026-03-01, not by March 3rd. Call me next Monday or on the 5th of April, or 04/12/2026.")];
    const dates = extractEntities(segments).filter((e) => e.type === "date");
    expect(dates.map((e) => e.text)).toEqual(["2026-03-01", "March 3rd", "next Monday", "the 5th of April", "04/12/2026"]);
    expectOffsets(dates, segments);
  });

  it("drops the preposition the model includes, and fixes a date it calls a duration", () => {
    const segments = [seg("Please pay by March, or until Friday at the latest.")];
    const entities = extractEntities(segments);
    expect(pairs(entities)).toEqual([
      ["date", "March"],
      ["date", "Friday"],
    ]);
    expectOffsets(entities, segments);
  });

  it("finds dates spoken to a speech engine", () => {
    const dates = extractEntities([seg("i was charged on march third and again yesterday")]).filter((e) => e.type === "date");
    expect(dates.map((e) => e.text)).toEqual(["march third", "yesterday"]);
  });

  it("finds times, durations, percentages, phones and urls", () => {
    const segments = [
      seg(
        "I waited 45 minutes at 10am and again at 3 p.m. for 2 hours. It's 12.5% or 15 percent. Call +44 20 7946 0958 or 555-123-4567, see https://acme.example/help.",
      ),
    ];
    const entities = extractEntities(segments);
    expectOffsets(entities, segments);
    expect(pairs(entities)).toEqual([
      ["duration", "45 minutes"],
      ["time", "10am"],
      ["time", "3 p.m."],
      ["duration", "2 hours"],
      ["percent", "12.5%"],
      ["percent", "15 percent"],
      ["phone", "+44 20 7946 0958"],
      ["phone", "555-123-4567"],
      ["url", "https://acme.example/help"],
    ]);
  });

  it("ignores bare numbers and a 'nice day'", () => {
    expect(extractEntities([seg("I have 3 kids and a dog. Have a nice day!")])).toEqual([]);
  });

  it("handles empty input", () => {
    expect(extractEntities([])).toEqual([]);
    expect(extractEntities([seg("")])).toEqual([]);
  });
});
