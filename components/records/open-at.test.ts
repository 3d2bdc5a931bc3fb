import { describe, expect, it } from "vitest";
import { openAtFrom } from "./open-at";

const segments = [{ startMs: 0 }, { startMs: 5000 }, { startMs: 12_500 }];

describe("opening a record at a moment", () => {
  it("takes the turn and the time from the address", () => {
    expect(openAtFrom({ segment: "2", t: "12.5" }, segments)).toEqual({ segmentIndex: 2, startMs: 12_500, label: "Search match" });
    expect(openAtFrom({ segment: "1" }, segments)).toMatchObject({ segmentIndex: 1, startMs: 5000 });
    // A time alone finds the turn being spoken then.
    expect(openAtFrom({ t: "7" }, segments)).toMatchObject({ segmentIndex: 1, startMs: 7000 });
  });

  it("ignores what does not fit the transcript", () => {
    expect(openAtFrom({}, segments)).toBeNull();
    expect(openAtFrom({ segment: "9" }, segments)).toBeNull();
    expect(openAtFrom({ segment: "-1", t: "abc" }, segments)).toBeNull();
    expect(openAtFrom({ t: "1e9" }, segments)).toBeNull();
    expect(openAtFrom({ segment: "1" }, [])).toBeNull();
    expect(openAtFrom({ segment: ["2", "0"] }, segments)).toMatchObject({ segmentIndex: 2 });
  });
});
