import { afterEach, describe, expect, it, vi } from "vitest";
import { ConfigError, parseConfig, resetConfigForTests } from "../config";
import { formatMoney, microsToAmount, numberToMicros, parseDecimalMicros } from "./money";
import { periodBounds, periodOf } from "./period";
import { priceWork } from "./price-list";

afterEach(() => {
  vi.unstubAllEnvs();
  resetConfigForTests();
});

describe("money in micro-units", () => {
  it("parses decimal text exactly and refuses what is not a plain non-negative decimal", () => {
    expect(parseDecimalMicros("0.006")).toBe(6_000);
    expect(parseDecimalMicros("127.5")).toBe(127_500_000);
    expect(parseDecimalMicros(" 500 ")).toBe(500_000_000);
    expect(parseDecimalMicros("0.1234567")).toBeNull();
    for (const bad of ["-1", "1e3", "abc", "", "1,5", "99999999999"]) expect(parseDecimalMicros(bad)).toBeNull();
  });

  it("takes a JSON number only when micros hold it exactly", () => {
    expect(numberToMicros(500.01)).toBe(500_010_000);
    expect(numberToMicros(0.1)).toBe(100_000);
    expect(numberToMicros(1.0000001)).toBeNull();
    expect(numberToMicros(Number.NaN)).toBeNull();
    // 0.1 + 0.2 as floats is 0.30000000000000004: refused rather than rounded.
    expect(numberToMicros(0.1 + 0.2)).toBeNull();
  });

  it("sums as integers and converts once", () => {
    const tenCents = parseDecimalMicros("0.1")!;
    const twentyCents = parseDecimalMicros("0.2")!;
    expect(microsToAmount(tenCents + twentyCents)).toBe(0.3);
    expect(formatMoney(127_500_000, "USD")).toBe("$127.50");
    expect(formatMoney(6_000, "USD")).toBe("$0.006");
    expect(formatMoney(1_500_000, "EUR")).toBe("€1.50");
  });
});

describe("the price list", () => {
  it("has defaults and reads each price from the environment", () => {
    const defaults = parseConfig({} as NodeJS.ProcessEnv);
    expect(defaults).toMatchObject({ BILLING_CURRENCY: "USD", PRICE_PER_AUDIO_MINUTE: 20_000, PRICE_PER_ANALYSIS: 10_000, PRICE_PER_1K_LLM_TOKENS: 2_000 });
    const set = parseConfig({ PRICE_PER_AUDIO_MINUTE: "0.006", PRICE_PER_ANALYSIS: "0", BILLING_CURRENCY: "EUR" } as unknown as NodeJS.ProcessEnv);
    expect(set).toMatchObject({ PRICE_PER_AUDIO_MINUTE: 6_000, PRICE_PER_ANALYSIS: 0, BILLING_CURRENCY: "EUR" });
  });

  it("names a bad price or currency", () => {
    expect(() => parseConfig({ PRICE_PER_ANALYSIS: "-0.01" } as unknown as NodeJS.ProcessEnv)).toThrow(/PRICE_PER_ANALYSIS/);
    expect(() => parseConfig({ BILLING_CURRENCY: "dollars" } as unknown as NodeJS.ProcessEnv)).toThrow(ConfigError);
  });

  it("prices minutes of audio from the duration, an analysis as one, tokens per thousand", () => {
    vi.stubEnv("PRICE_PER_AUDIO_MINUTE", "0.02");
    vi.stubEnv("PRICE_PER_ANALYSIS", "0.015");
    vi.stubEnv("PRICE_PER_1K_LLM_TOKENS", "0.002");
    resetConfigForTests();
    expect(priceWork({ kind: "audio_minutes", durationMs: 90_000 })).toEqual({
      kind: "audio_minutes",
      quantity: 1.5,
      unitPriceMicros: 20_000,
      costMicros: 30_000,
      currency: "USD",
    });
    // 61.234 s is 1.0206 minutes (4 decimals kept), costing 20,411.33… micros, rounded once.
    expect(priceWork({ kind: "audio_minutes", durationMs: 61_234 })).toMatchObject({ quantity: 1.0206, costMicros: 20_411 });
    expect(priceWork({ kind: "analysis" })).toMatchObject({ quantity: 1, costMicros: 15_000 });
    expect(priceWork({ kind: "llm_tokens", tokens: 1_469 })).toMatchObject({ quantity: 1_469, costMicros: 2_938 });
  });
});

describe("billing periods", () => {
  it("are calendar months in UTC", () => {
    expect(periodOf(new Date("2026-03-31T23:59:59.999Z"))).toBe("2026-03");
    expect(periodOf(new Date("2026-04-01T00:00:00.000Z"))).toBe("2026-04");
    expect(periodBounds("2026-12")).toEqual({ start: new Date("2026-12-01T00:00:00Z"), end: new Date("2027-01-01T00:00:00Z") });
  });
});
