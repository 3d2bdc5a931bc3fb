import { describe, expect, it } from "vitest";
import { REDACTION_ENTITIES } from "../services/projects/project-settings";
import { detectPii, resolveOverlaps } from "./detect";
import { compileNationalIdPattern } from "./national-id";
import { PII_KINDS, type DetectOptions, type PiiKind } from "./types";

/** What detectPii finds, as [kind, matched text] pairs. */
function found(text: string, kinds: readonly PiiKind[] = PII_KINDS, options?: DetectOptions): Array<[PiiKind, string]> {
  return detectPii(text, kinds, options).map((s) => [s.kind, text.slice(s.charStart, s.charEnd)]);
}

describe("detectPii: card numbers", () => {
  it.each([
    ["my card is 4111 1111 1111 1111, thanks", "4111 1111 1111 1111"],
    ["card: 4111-1111-1111-1111.", "4111-1111-1111-1111"],
    ["pay with 5555555555554444 please", "5555555555554444"],
    ["amex 3782 822463 10005", "3782 822463 10005"],
    ["call 3 4111 1111 1111 1111", "4111 1111 1111 1111"],
  ])("finds the card in %j", (text, card) => {
    expect(found(text)).toEqual([["cardNumber", card]]);
  });

  it.each([
    "my card is 4111 1111 1111 1112",
    "number 1234-5678-1234-5678",
    "ID4111111111111111",
    "4111111111111111.5",
  ])("leaves the Luhn-invalid or glued number in %j alone", (text) => {
    expect(found(text)).toEqual([]);
  });

  it("does not build a card out of a list of small numbers", () => {
    // 10203040506070 + 5 passes Luhn, but nobody groups a card in pairs.
    expect(found("scores 10 20 30 40 50 60 70 5", ["cardNumber"])).toEqual([]);
  });
});

describe("detectPii: national ids", () => {
  it("finds valid SSNs with dashes or spaces", () => {
    expect(found("SSN 123-45-6789 and 078 05 1121")).toEqual([
      ["nationalId", "123-45-6789"],
      ["nationalId", "078 05 1121"],
    ]);
  });

  it.each(["000-12-3456", "666-12-3456", "912-34-5678", "123-00-4567", "123-45-0000", "123-45 6789"])(
    "does not mask the invalid SSN %s (nor call it a phone)",
    (ssn) => {
      expect(found(`ssn ${ssn}`)).toEqual([]);
    },
  );

  it("takes nine bare digits only after an SSN word", () => {
    expect(found("my social security number is 123456789")).toEqual([["nationalId", "123456789"]]);
    expect(found("routing 123456789")).toEqual([]);
  });

  it("applies configured patterns", () => {
    const options: DetectOptions = {
      nationalIdPatterns: [{ name: "UK NINO", pattern: String.raw`\b[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b`, flags: "i" }],
    };
    expect(found("NI number ab 12 34 56 c ok", PII_KINDS, options)).toEqual([["nationalId", "ab 12 34 56 c"]]);
    expect(found("NI number ab 12 34 56 c ok", ["phone"], options)).toEqual([]);
  });

  it("refuses broken patterns", () => {
    expect(() => compileNationalIdPattern({ name: "bad", pattern: "([a-z" })).toThrow(/bad: not a valid regular expression/);
    expect(() => compileNationalIdPattern({ name: "empty", pattern: "\\d*" })).toThrow(/matches empty text/);
    expect(() => compileNationalIdPattern({ name: "flags", pattern: "x", flags: "g" as "i" })).toThrow(/only the "i" flag/);
  });
});

describe("detectPii: emails", () => {
  it.each([
    ["write to John.Smith+billing@example.co.uk.", "John.Smith+billing@example.co.uk"],
    ["mail: ana@sub.example.com, thanks", "ana@sub.example.com"],
    ["my email is john dot smith at example dot com okay", "john dot smith at example dot com"],
    ["it's jane underscore doe at outlook dot com", "jane underscore doe at outlook dot com"],
    ["reach me at jane at gmail dot com", "jane at gmail dot com"],
    ["email address bob at acme dot io", "bob at acme dot io"],
    ["send it to john.smith at example.com", "john.smith at example.com"],
  ])("finds the address in %j", (text, email) => {
    expect(found(text)).toEqual([["email", email]]);
  });

  it.each([
    "find us at example dot com",
    "we meet at noon dot com",
    "visit our store at acme dot com",
    "the price is 5 at the counter",
    "user@localhost",
  ])("does not take %j for an address", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("detectPii: phone numbers", () => {
  it.each([
    ["call (555) 123-4567 today", "(555) 123-4567"],
    ["call 555-123-4567", "555-123-4567"],
    ["call 555.123.4567", "555.123.4567"],
    ["call 1-800-555-0199", "1-800-555-0199"],
    ["it is +1 555 123 4567", "+1 555 123 4567"],
    ["E.164: +15551234567", "+15551234567"],
    ["London +44 20 7946 0958", "+44 20 7946 0958"],
    ["UK 020 7946 0958", "020 7946 0958"],
    ["Paris 06 12 34 56 78", "06 12 34 56 78"],
    ["local 555-1234", "555-1234"],
    ["number 5551234567", "5551234567"],
    ["my cell is 612 345 678", "612 345 678"],
  ])("finds the phone in %j", (text, phone) => {
    expect(found(text)).toEqual([["phone", phone]]);
  });

  it.each([
    ["amounts", "it costs $49.99, or $1,234,567.89, or 1.234.567 EUR, or 1234567.89"],
    ["amounts with words", "we paid 2 500 000 dollars"],
    ["dates", "on 2024-05-12, 12/05/2024, 12.05.2024 and 2024-5-1"],
    ["times", "at 10:30 or 10:30:15, 9:45-10:15"],
    ["years", "in 2024, from 1999 2024 and 2019-2024"],
    ["order numbers", "order 12345, order #1234567, ORD-1234567, order number 1234567890, tracking 555-123-4567"],
    ["ratios and percentages", "1/2500000 and 12345678%"],
    ["IP addresses", "server 192.168.100.200"],
    ["three-digit groups without a phone word", "codes 612 345 678"],
    ["long runs without a plus", "ref 1234 5678 9012 34"],
  ])("leaves %s alone", (_label, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("detectPii: spoken numbers", () => {
  it("finds a spoken card number", () => {
    const text = "sure it is four one one one one one one one one one one one one one one one";
    expect(found(text)).toEqual([["cardNumber", "four one one one one one one one one one one one one one one one"]]);
  });

  it("keeps a misheard card number a card after a card word", () => {
    const wrong = "four one one one one one one one one one one one one one one two";
    expect(found(`my visa is ${wrong}`)).toEqual([["cardNumber", wrong]]);
    // Without one, 16 Luhn-invalid digits are nothing (too long for a phone).
    expect(found(`it is ${wrong}`)).toEqual([]);
  });

  it("leaves a leading interjection readable", () => {
    expect(found("oh four one one one one one one one one one one one one one one one")).toEqual([
      ["cardNumber", "four one one one one one one one one one one one one one one one"],
    ]);
  });

  it("finds spoken phone numbers and SSNs", () => {
    expect(found("my number is five five five one two three four five six seven")).toEqual([
      ["phone", "five five five one two three four five six seven"],
    ]);
    expect(found("it's plus four four two zero seven nine four six oh nine five eight")).toEqual([
      ["phone", "plus four four two zero seven nine four six oh nine five eight"],
    ]);
    expect(found("my social is one two three four five six seven eight nine")).toEqual([
      ["nationalId", "one two three four five six seven eight nine"],
    ]);
  });

  it("leaves short runs and identifiers alone", () => {
    expect(found("the order is one two three four five")).toEqual([]);
    expect(found("the last four are one two three four")).toEqual([]);
    expect(found("order number one two three four five six seven eight")).toEqual([]);
  });
});

describe("detectPii: kinds and overlaps", () => {
  const text = "card 4111 1111 1111 1111, ssn 123-45-6789, a@b.io, call 555-123-4567";

  it("returns spans in text order, only of the kinds asked for", () => {
    expect(found(text).map(([kind]) => kind)).toEqual(["cardNumber", "nationalId", "email", "phone"]);
    expect(found(text, ["phone"])).toEqual([["phone", "555-123-4567"]]);
    expect(found(text, [])).toEqual([]);
  });

  it("never returns overlapping spans", () => {
    const spans = detectPii("a@b.io 4111111111111111 +1 555 123 4567 four one one one one one one one", PII_KINDS);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.charStart).toBeGreaterThanOrEqual(spans[i - 1]!.charEnd);
  });

  it("settles overlaps by kind first, then position", () => {
    expect(
      resolveOverlaps([
        { kind: "phone", charStart: 0, charEnd: 10 },
        { kind: "cardNumber", charStart: 5, charEnd: 20 },
        { kind: "email", charStart: 18, charEnd: 25 },
        { kind: "nationalId", charStart: 30, charEnd: 30 },
      ]),
    ).toEqual([
      { kind: "phone", charStart: 0, charEnd: 10 },
      { kind: "email", charStart: 18, charEnd: 25 },
    ]);
  });

  it("does not backtrack without end on address-like noise", () => {
    // Exponential with a word pattern that overlaps the separators; the test timeout would catch it.
    expect(found(`${"a-".repeat(40)} at example`)).toEqual([]);
    expect(found(`${"x dot ".repeat(40)}at y dot zz`)).toEqual([]);
  });

  it("has the same kinds as the project settings", () => {
    expect([...PII_KINDS].sort()).toEqual([...REDACTION_ENTITIES].sort());
  });
});
