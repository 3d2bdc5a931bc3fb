import { describe, expect, it } from "vitest";
import { formatAmount, usageChartSummary } from "./format";

const day = (date: string, cost: number) => ({ date, cost, audioMinutes: 0, analyses: 0, llmTokens: 0 });

describe("billing display", () => {
  it("formats amounts with the decimals small ones need", () => {
    expect(formatAmount(127.5, "USD")).toBe("$127.50");
    expect(formatAmount(0.006, "USD")).toBe("$0.006");
    expect(formatAmount(0, "EUR")).toBe("€0.00");
  });

  it("sums the chart's days exactly and names the busiest", () => {
    expect(usageChartSummary([day("2026-03-01", 0), day("2026-03-02", 0)], "USD")).toBe("No metered usage in this period yet.");
    expect(usageChartSummary([day("2026-03-01", 0.1), day("2026-03-02", 0), day("2026-03-03", 0.2)], "USD")).toBe(
      "$0.30 over 2 days with usage; the most on Mar 3 ($0.20).",
    );
  });
});
