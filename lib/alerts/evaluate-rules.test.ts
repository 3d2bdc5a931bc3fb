import { describe, expect, it } from "vitest";
import { analyzeConversation } from "../analysis/analyze-conversation";
import { SUPPORT_CALL } from "../analysis/local/support-call.fixture";
import { defaultScorecard } from "../scoring/default-scorecard";
import { alertConditionSchema, type AlertCondition } from "./condition";
import { describeCondition } from "./describe";
import { evaluateRules, needsTranscript } from "./evaluate-rules";
import { alertFactsFrom, type AlertFacts } from "./facts";
import { POOR_CALL } from "./poor-call.fixture";

function analysed(segments: typeof SUPPORT_CALL, durationMs: number | null = 40_000): AlertFacts {
  const analysis = analyzeConversation({
    recordType: "call",
    segments,
    talkMetrics: null,
    durationMs,
    scorecard: defaultScorecard(),
    answers: null,
    settings: { summary: false, sentiment: true },
  });
  return alertFactsFrom({ analysis, record: { durationMs }, segments });
}

const poor = analysed(POOR_CALL, 18_000);
const good = analysed(SUPPORT_CALL);

/** Which of these conditions match the facts, by index. */
function matching(conditions: AlertCondition[], facts: AlertFacts): number[] {
  const rules = conditions.map((condition, index) => ({ index, condition: alertConditionSchema.parse(condition) }));
  return evaluateRules(rules, facts).map((m) => m.rule.index);
}

describe("evaluateRules", () => {
  it("compares the quality score with every numeric operator and says what it saw", () => {
    expect(poor.qualityScore).toBe(0);
    expect(good.qualityScore).toBeCloseTo(84.6, 1);
    const conditions: AlertCondition[] = [
      { field: "qualityScore", operator: "lt", value: 60 },
      { field: "qualityScore", operator: "lte", value: 0 },
      { field: "qualityScore", operator: "gt", value: 80 },
      { field: "qualityScore", operator: "gte", value: 84.6 },
      { field: "qualityScore", operator: "eq", value: 0 },
      { field: "qualityScore", operator: "neq", value: 0 },
    ];
    expect(matching(conditions, poor)).toEqual([0, 1, 4]);
    expect(matching(conditions, good)).toEqual([2, 3, 5]);
    const [match] = evaluateRules([{ condition: conditions[0]! }], { ...poor, qualityScore: 42.25 });
    expect(match).toMatchObject({ value: 42.25, message: "Quality score 42.3 is below 60" });
  });

  it("reads compliance, the customer's sentiment at the end, criteria and duration", () => {
    expect(poor).toMatchObject({ complianceStatus: "failed", customerSentiment: "negative", durationSeconds: 18 });
    expect(good.customerSentiment).toBe("positive");
    const conditions: AlertCondition[] = [
      { field: "complianceStatus", operator: "eq", value: "failed" },
      { field: "customerSentiment", operator: "eq", value: "negative" },
      { field: "customerSentimentScore", operator: "lt", value: -0.3 },
      { field: "criterion", criterionId: "greeting", operator: "eq", value: "failed" },
      { field: "criterion", criterionId: "greeting", operator: "neq", value: "passed" },
      { field: "durationSeconds", operator: "gt", value: 30 },
    ];
    expect(matching(conditions, poor)).toEqual([0, 1, 2, 3, 4]);
    // The support call ends thankful, greets, and lasts 40 s; it only fails the recording disclosure.
    expect(matching(conditions, good)).toEqual([0, 5]);
    const messages = evaluateRules(conditions.map((condition) => ({ condition })), poor).map((m) => m.message);
    expect(messages).toEqual([
      "Compliance failed",
      "Customer sentiment at the end is negative",
      expect.stringMatching(/^Customer sentiment score -0\.5 is below -0\.3$/),
      "Criterion “Greets the customer” is failed",
      "Criterion “Greets the customer” is failed",
    ]);
  });

  it("never matches a fact the analysis does not have, whatever the operator", () => {
    const bare: AlertFacts = {
      qualityScore: null,
      complianceStatus: null,
      customerSentiment: null,
      customerSentimentScore: null,
      criteria: new Map(),
      durationSeconds: null,
      transcript: null,
    };
    const conditions: AlertCondition[] = [
      { field: "qualityScore", operator: "neq", value: 50 },
      { field: "complianceStatus", operator: "neq", value: "passed" },
      { field: "customerSentiment", operator: "neq", value: "positive" },
      { field: "customerSentimentScore", operator: "lt", value: 1 },
      { field: "criterion", criterionId: "greeting", operator: "neq", value: "passed" },
      { field: "keyword", operator: "contains", value: "cancel" },
      { field: "durationSeconds", operator: "gte", value: 0 },
    ];
    expect(matching(conditions, bare)).toEqual([]);
    // A criterion the scorecard does not have is unknown, not "not passed".
    expect(matching([{ field: "criterion", criterionId: "no-such-criterion", operator: "neq", value: "passed" }], poor)).toEqual([]);
  });

  it("finds keywords by word stems, optionally by speaker, with where they were said", () => {
    const conditions: AlertCondition[] = [
      { field: "keyword", operator: "contains", value: "cancelling my subscriptions" },
      { field: "keyword", operator: "contains", value: "cancel my subscription", speaker: "agent" },
      { field: "keyword", operator: "contains", value: "Cancel my subscription!", speaker: "customer" },
      { field: "keyword", operator: "contains", value: "supervisor" },
    ];
    expect(needsTranscript(conditions.map((condition) => ({ condition })))).toBe(true);
    expect(matching(conditions, poor)).toEqual([0, 2]);
    const [first, third] = evaluateRules(conditions.map((condition) => ({ condition })), poor);
    expect(first).toMatchObject({ value: "cancel my subscription", message: "Someone said “cancel my subscription” at 0:13" });
    expect(third!.message).toBe("The customer said “cancel my subscription” at 0:13");
    expect(needsTranscript([{ condition: { field: "qualityScore", operator: "lt", value: 1 } }])).toBe(false);
  });

  it("describes conditions in words", () => {
    expect(describeCondition({ field: "qualityScore", operator: "lt", value: 60 })).toBe("Quality score is below 60");
    expect(describeCondition({ field: "keyword", operator: "contains", value: "refund", speaker: "customer" })).toBe("The customer says “refund”");
    expect(describeCondition({ field: "criterion", criterionId: "recording-disclosure", operator: "eq", value: "not_applicable" })).toBe(
      "Criterion recording-disclosure is not applicable",
    );
  });
});

describe("alertConditionSchema", () => {
  const cases: [string, unknown, string, RegExp][] = [
    ["an unknown field", { field: "mood", operator: "eq", value: "bad" }, "field", /must be one of qualityScore/],
    ["a missing field", { operator: "lt", value: 60 }, "field", /must be one of/],
    ["an unknown operator", { field: "qualityScore", operator: "below", value: 60 }, "operator", /lt, lte, gt, gte, eq, neq for qualityScore/],
    ["an operator the field does not allow", { field: "complianceStatus", operator: "lt", value: "failed" }, "operator", /eq, neq for complianceStatus/],
    ["contains on a number", { field: "qualityScore", operator: "contains", value: 60 }, "operator", /for qualityScore/],
    ["a text score", { field: "qualityScore", operator: "lt", value: "60" }, "value", /must be a number/],
    ["a score over 100", { field: "qualityScore", operator: "lt", value: 160 }, "value", /between 0 and 100/],
    ["an unknown status", { field: "complianceStatus", operator: "eq", value: "maybe" }, "value", /passed, failed/],
    ["a sentiment score out of range", { field: "customerSentimentScore", operator: "lt", value: -2 }, "value", /between -1 and 1/],
    ["a criterion without its id", { field: "criterion", operator: "eq", value: "failed" }, "criterionId", /required/],
    ["a number as a keyword", { field: "keyword", operator: "contains", value: 7 }, "value", /phrase/],
    ["a keyword of punctuation", { field: "keyword", operator: "contains", value: "?!" }, "value", /word/],
    ["an unknown speaker", { field: "keyword", operator: "contains", value: "refund", speaker: "manager" }, "speaker", /any, agent, customer/],
    ["a negative duration", { field: "durationSeconds", operator: "gt", value: -1 }, "value", /between 0/],
  ];
  for (const [label, condition, path, message] of cases) {
    it(`refuses ${label}, naming ${path}`, () => {
      const result = alertConditionSchema.safeParse(condition);
      expect(result.success).toBe(false);
      const issue = result.error!.issues.find((i) => i.path.join(".") === path);
      expect(issue, JSON.stringify(result.error!.issues)).toBeDefined();
      expect(issue!.message).toMatch(message);
    });
  }
});
