import { describe, expect, it } from "vitest";
import { maskPhone } from "./mask-phone";

describe("maskPhone", () => {
  it.each([
    ["+15551234567", "+1***4567"],
    ["+44 20 7946 0958", "+4***0958"],
    ["(555) 123-4567", "***4567"],
    ["12345", "***"],
    [null, null],
    ["", ""],
  ])("%s → %s", (input, expected) => {
    expect(maskPhone(input)).toBe(expected);
  });
});
