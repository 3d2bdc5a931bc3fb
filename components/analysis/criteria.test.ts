import { describe, expect, it } from "vitest";
import { categoryScores, groupCriteria, humanizeId, resultCounts, scoreBand, type CriterionResult } from "./criteria";

const criterion = (id: string, category: string, result: CriterionResult["result"] = "passed"): CriterionResult => ({
  id,
  name: id,
  category,
  weight: 1,
  compliance: false,
  type: "phrase",
  result,
  explanation: "",
  evidence: [],
  value: null,
});

const categories = [
  { id: "greeting", name: "Greeting" },
  { id: "problemResolution", name: "Problem resolution" },
  { id: "compliance", name: "Compliance" },
];

describe("groupCriteria", () => {
  it("groups by category in the scorecard's order, keeping each category's criteria in order, with names and scores", () => {
    const groups = groupCriteria(
      [criterion("resolution", "problemResolution"), criterion("greeting", "greeting"), criterion("identify", "problemResolution", "failed")],
      categories,
      { greeting: 100, problemResolution: 40 },
    );
    expect(groups.map((g) => [g.id, g.name, g.score, g.criteria.map((c) => c.id)])).toEqual([
      ["greeting", "Greeting", 100, ["greeting"]],
      ["problemResolution", "Problem resolution", 40, ["resolution", "identify"]],
    ]);
  });

  it("puts categories the scorecard does not name last, named from their id, with no score when there is none", () => {
    const groups = groupCriteria([criterion("upsell-offer", "upsellOffers"), criterion("greeting", "greeting")], categories, {});
    expect(groups.map((g) => [g.name, g.score])).toEqual([
      ["Greeting", null],
      ["Upsell offers", null],
    ]);
  });
});

describe("category scores, counts and bands", () => {
  it("orders category scores like the scorecard and names unknown ones", () => {
    expect(categoryScores({ compliance: 0, greeting: 100, afterCall: 50 }, categories)).toEqual([
      { id: "greeting", name: "Greeting", score: 100 },
      { id: "compliance", name: "Compliance", score: 0 },
      { id: "afterCall", name: "After call", score: 50 },
    ]);
  });

  it("counts results and compares a score with the passing score", () => {
    expect(resultCounts([criterion("a", "x"), criterion("b", "x", "failed"), criterion("c", "x", "not_evaluated")])).toEqual({
      passed: 1,
      failed: 1,
      not_applicable: 0,
      not_evaluated: 1,
    });
    expect(scoreBand(70, 70)).toBe("pass");
    expect(scoreBand(69.9, 70)).toBe("fail");
    expect(scoreBand(null, 70)).toBe("none");
  });

  it("humanizes camelCase and kebab-case ids", () => {
    expect(humanizeId("problemResolution")).toBe("Problem resolution");
    expect(humanizeId("no-forbidden-phrases")).toBe("No forbidden phrases");
    expect(humanizeId("")).toBe("");
  });
});
