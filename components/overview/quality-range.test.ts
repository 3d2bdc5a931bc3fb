import { describe, expect, it } from "vitest";
import { keyPhrasesSummary, sentimentSummary, trendSummary } from "./chart-summaries";
import { addDays, fillTrend, isDay, lastDays, overviewHref, parseQualityFilters, percent, toQualityQuery } from "./quality-range";

const NOW = new Date("2026-03-15T18:30:00Z");
const PROJECTS = ["proj_a", "proj_b"];

describe("parseQualityFilters", () => {
  it("defaults to the last 30 days, today included", () => {
    expect(parseQualityFilters({}, NOW, PROJECTS)).toEqual({ from: "2026-02-14", to: "2026-03-15" });
    expect(lastDays(7, NOW)).toEqual({ from: "2026-03-09", to: "2026-03-15" });
  });

  it("takes valid days and a known project", () => {
    expect(parseQualityFilters({ from: "2026-01-01", to: "2026-01-31", projectId: "proj_b" }, NOW, PROJECTS)).toEqual({
      from: "2026-01-01",
      to: "2026-01-31",
      projectId: "proj_b",
    });
  });

  it("ignores what is not a day or not a project of the organization", () => {
    expect(parseQualityFilters({ from: "yesterday", to: "2026-02-30", projectId: "proj_other" }, NOW, PROJECTS)).toEqual({
      from: "2026-02-14",
      to: "2026-03-15",
    });
    expect(parseQualityFilters({ from: ["2026-03-01", "2026-01-01"] }, NOW, PROJECTS)).toEqual({ from: "2026-03-01", to: "2026-03-15" });
  });

  it("fills in the missing end and turns a reversed range round", () => {
    expect(parseQualityFilters({ to: "2026-01-31" }, NOW, PROJECTS)).toEqual({ from: "2026-01-02", to: "2026-01-31" });
    expect(parseQualityFilters({ from: "2026-04-01" }, NOW, PROJECTS)).toEqual({ from: "2026-04-01", to: "2026-04-01" });
    expect(parseQualityFilters({ from: "2026-03-10", to: "2026-03-01" }, NOW, PROJECTS)).toEqual({ from: "2026-03-01", to: "2026-03-10" });
  });

  it("recognises calendar days only", () => {
    expect(isDay("2024-02-29")).toBe(true);
    expect(isDay("2025-02-29")).toBe(false);
    expect(isDay("2025-1-01")).toBe(false);
    expect(isDay(undefined)).toBe(false);
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
  });
});

describe("toQualityQuery and overviewHref", () => {
  it("covers whole UTC days", () => {
    expect(toQualityQuery({ from: "2026-03-01", to: "2026-03-02", projectId: "proj_a" })).toEqual({
      from: new Date("2026-03-01T00:00:00.000Z"),
      to: new Date("2026-03-02T23:59:59.999Z"),
      projectId: "proj_a",
    });
    expect(toQualityQuery({ from: "2026-03-01", to: "2026-03-01" })).not.toHaveProperty("projectId");
  });

  it("writes the filters back into the address", () => {
    expect(overviewHref({ from: "2026-03-01", to: "2026-03-02" })).toBe("/?from=2026-03-01&to=2026-03-02");
    expect(overviewHref({ from: "2026-03-01", to: "2026-03-02", projectId: "proj_a" }, { from: "2026-02-01" })).toBe(
      "/?from=2026-02-01&to=2026-03-02&projectId=proj_a",
    );
  });
});

describe("fillTrend", () => {
  it("gives every day of the range, keeping the service's days", () => {
    const day = { date: "2026-03-02", records: 3, averageQualityScore: 80, compliancePassRate: 1 };
    expect(fillTrend([day], "2026-03-01", "2026-03-03")).toEqual([
      { date: "2026-03-01", records: 0, averageQualityScore: null, compliancePassRate: null },
      day,
      { date: "2026-03-03", records: 0, averageQualityScore: null, compliancePassRate: null },
    ]);
  });

  it("leaves very long ranges as they are", () => {
    const day = { date: "2020-06-01", records: 1, averageQualityScore: 50, compliancePassRate: 0 };
    expect(fillTrend([day], "2020-01-01", "2026-01-01")).toEqual([day]);
  });
});

describe("chart summaries", () => {
  const trend = [
    { date: "2026-03-01", records: 2, averageQualityScore: 70, compliancePassRate: 0.5 },
    { date: "2026-03-02", records: 0, averageQualityScore: null, compliancePassRate: null },
    { date: "2026-03-03", records: 1, averageQualityScore: 90, compliancePassRate: 1 },
    { date: "2026-03-04", records: 4, averageQualityScore: 60.5, compliancePassRate: 0.75 },
  ];

  it("describes the score trend from first to last, with its extremes", () => {
    expect(trendSummary(trend)).toBe(
      "Average quality score over 3 days with analysed records: 70 on Mar 1 and 60.5 on Mar 4; lowest 60.5 on Mar 4, highest 90 on Mar 3. " +
        "Compliance pass rate 50% on Mar 1 and 75% on Mar 4.",
    );
    expect(trendSummary([trend[0]!])).toBe("Average quality score 70 on Mar 1, the only day with analysed records. Compliance pass rate 50%.");
    expect(trendSummary([trend[1]!])).toMatch(/^No analysed records/);
  });

  it("describes sentiment with counts and shares", () => {
    expect(sentimentSummary({ positive: 1, neutral: 1, negative: 1 })).toBe(
      "Customer sentiment at the end of 3 analysed conversations: 1 positive (33%), 1 neutral (33%), 1 negative (33%).",
    );
    expect(sentimentSummary({ positive: 0, neutral: 0, negative: 0 })).toBe("No customer sentiment in this period.");
  });

  it("names the top key phrases", () => {
    const phrases = ["refund", "delivery", "password", "invoice", "upgrade", "cancel"].map((text, i) => ({ text, records: 6 - i }));
    expect(keyPhrasesSummary(phrases.slice(0, 2))).toBe("Most frequent key phrases: “refund” in 6 records, “delivery” in 5 records.");
    expect(keyPhrasesSummary(phrases)).toMatch(/“upgrade” in 2 records and 1 more below\.$/);
    expect(keyPhrasesSummary([{ text: "refund", records: 1 }])).toBe("Most frequent key phrases: “refund” in 1 record.");
    expect(keyPhrasesSummary([])).toBe("No key phrases in this period.");
  });

  it("rounds rates to whole percents", () => {
    expect(percent(0.8333)).toBe("83%");
    expect(percent(1)).toBe("100%");
  });
});
