import { describe, expect, it } from "vitest";
import { dropLeadingParts, findSpokenDigitRuns, spokenToDigits } from "./spoken-digits";

describe("findSpokenDigitRuns", () => {
  it("turns a spoken card number into digits and maps them back to the words", () => {
    const text = "my card is four one one one one one one one one one one one one one one one thanks";
    const [run, ...rest] = findSpokenDigitRuns(text);
    expect(rest).toEqual([]);
    expect(run!.digits).toBe("4111111111111111");
    expect(text.slice(run!.charStart, run!.charEnd)).toBe("four one one one one one one one one one one one one one one one");
    expect(run!.parts).toHaveLength(16);
    expect(text.slice(run!.parts[0]!.charStart, run!.parts[0]!.charEnd)).toBe("four");
  });

  it("reads oh and zero as 0, double and triple as repeats", () => {
    expect(spokenToDigits("five five five oh one two three")).toBe("5550123");
    expect(spokenToDigits("double five zero triple nine")).toBe("550999");
    const text = "call double five";
    const [run] = findSpokenDigitRuns(text);
    expect(run!.parts).toEqual([{ digits: "55", charStart: 5, charEnd: 16 }]);
  });

  it("accepts homophones only between digit words", () => {
    expect(findSpokenDigitRuns("four one for one").map((r) => r.digits)).toEqual(["4141"]);
    expect(findSpokenDigitRuns("one for the road").map((r) => r.digits)).toEqual(["1"]);
    expect(findSpokenDigitRuns("two to go").map((r) => r.digits)).toEqual(["2"]);
  });

  it("continues over commas and hyphens but not over other words or full stops", () => {
    expect(findSpokenDigitRuns("Four, one - one. One uh two").map((r) => r.digits)).toEqual(["411", "1", "2"]);
  });

  it("leaves tens, hundreds and letters alone", () => {
    expect(findSpokenDigitRuns("twenty nine hundred o")).toEqual([
      expect.objectContaining({ digits: "9" }),
    ]);
    expect(spokenToDigits("nine hundred")).toBeNull();
  });

  it("filters by length and drops leading parts", () => {
    const runs = findSpokenDigitRuns("oh one two three and four five", 3);
    expect(runs.map((r) => r.digits)).toEqual(["0123"]);
    const trimmed = dropLeadingParts(runs[0]!, 1)!;
    expect(trimmed.digits).toBe("123");
    expect(trimmed.charStart).toBe(3);
    expect(dropLeadingParts(trimmed, 3)).toBeNull();
  });
});
