import { describe, expect, it } from "vitest";
import { hitHref, parseSearchPage, searchHref } from "./search-page-query";

describe("the search page's address", () => {
  it("searches what the address bar says, a page at a time", () => {
    const query = parseSearchPage({ q: " refund ", type: "transcript", page: "3", unknown: "x" });
    expect(query.problem).toBeNull();
    expect(query.input).toMatchObject({ query: "refund", types: ["transcript"], limit: 20, offset: 40 });
    expect(searchHref(query.values, 2)).toBe("/search?q=+refund+&type=transcript&page=2");
  });

  it("runs no search without words, and explains a query the API would refuse", () => {
    expect(parseSearchPage({})).toMatchObject({ input: null, problem: null });
    expect(parseSearchPage({ q: "   " })).toMatchObject({ input: null, problem: null });
    expect(parseSearchPage({ q: "a".repeat(501) }).problem).toBe("The search must be at most 500 characters.");
    expect(parseSearchPage({ q: "x", recordType: "fax" }).problem).toMatch(/^recordType /);
    // Absurd pages stop where the API does.
    expect(parseSearchPage({ q: "x", page: "99999" }).input?.offset).toBeLessThanOrEqual(10_000);
  });

  it("opens transcript hits at their turn and time", () => {
    expect(hitHref({ recordId: "rec_1", type: "transcript", segmentIndex: 2, startMs: 12_500, analysisId: null })).toBe("/records/rec_1?segment=2&t=12.5");
    expect(hitHref({ recordId: "rec_1", type: "summary", segmentIndex: null, startMs: null, analysisId: "ana_9" })).toBe("/records/rec_1?analysis=ana_9");
    expect(hitHref({ recordId: "rec_1", type: "metadata", segmentIndex: null, startMs: null, analysisId: null })).toBe("/records/rec_1");
  });
});
