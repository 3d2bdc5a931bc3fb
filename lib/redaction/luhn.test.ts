import { describe, expect, it } from "vitest";
import { luhnValid } from "./luhn";

describe("luhnValid", () => {
  it.each([
    "4111111111111111", // Visa test number
    "5555555555554444", // Mastercard
    "378282246310005", // Amex, 15 digits
    "6011111111111117", // Discover
    "79927398713", // the textbook example
  ])("accepts %s", (digits) => {
    expect(luhnValid(digits)).toBe(true);
  });

  it.each(["4111111111111112", "5555555555554440", "79927398710", "1234567812345678"])("rejects %s", (digits) => {
    expect(luhnValid(digits)).toBe(false);
  });

  it("takes digits only", () => {
    expect(luhnValid("4111 1111 1111 1111")).toBe(false);
    expect(luhnValid("")).toBe(false);
    expect(luhnValid("0")).toBe(false);
    expect(luhnValid("00")).toBe(true);
  });
});
