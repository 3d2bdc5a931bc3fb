import { z } from "zod";

/**
 * What an alert rule can test, one entry per field: the operators that make
 * sense for it and the type of its value. The API, the dashboard form and the
 * evaluator all read this table, so a field cannot be accepted by one and
 * unknown to another.
 */
export const NUMERIC_OPERATORS = ["lt", "lte", "gt", "gte", "eq", "neq"] as const;
export const EQUALITY_OPERATORS = ["eq", "neq"] as const;
export const ALERT_OPERATORS = [...NUMERIC_OPERATORS, "contains"] as const;
export type AlertOperator = (typeof ALERT_OPERATORS)[number];

export const CRITERION_OUTCOMES = ["passed", "failed", "not_applicable", "not_evaluated"] as const;
export const SENTIMENT_LABELS = ["negative", "neutral", "positive"] as const;
export const KEYWORD_SPEAKERS = ["any", "agent", "customer"] as const;

export const ALERT_FIELDS = [
  "qualityScore",
  "complianceStatus",
  "customerSentiment",
  "customerSentimentScore",
  "criterion",
  "keyword",
  "durationSeconds",
] as const;
export type AlertField = (typeof ALERT_FIELDS)[number];

function operatorEnum<const T extends readonly [string, ...string[]]>(field: AlertField, ops: T) {
  return z.enum(ops, { error: `must be one of ${ops.join(", ")} for ${field}` });
}

function numberIn(min: number, max: number) {
  return z
    .number({ error: "must be a number" })
    .min(min, `must be between ${min} and ${max}`)
    .max(max, `must be between ${min} and ${max}`);
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `must be one of ${values.join(", ")}` });
}

const qualityScore = z.strictObject({
  field: z.literal("qualityScore"),
  operator: operatorEnum("qualityScore", NUMERIC_OPERATORS),
  value: numberIn(0, 100).describe("0–100"),
});

const complianceStatus = z.strictObject({
  field: z.literal("complianceStatus"),
  operator: operatorEnum("complianceStatus", EQUALITY_OPERATORS),
  value: oneOf(["passed", "failed"]),
});

const customerSentiment = z.strictObject({
  field: z.literal("customerSentiment"),
  operator: operatorEnum("customerSentiment", EQUALITY_OPERATORS),
  value: oneOf(SENTIMENT_LABELS).describe("The customer's mood over the last third of the conversation"),
});

const customerSentimentScore = z.strictObject({
  field: z.literal("customerSentimentScore"),
  operator: operatorEnum("customerSentimentScore", NUMERIC_OPERATORS),
  value: numberIn(-1, 1).describe("-1..1, the customer's score over the last third of the conversation"),
});

const criterion = z.strictObject({
  field: z.literal("criterion"),
  criterionId: z
    .string({ error: "is required for the criterion field" })
    .trim()
    .min(1, "is required for the criterion field")
    .max(100, "must be at most 100 characters")
    .describe("The id of a scorecard criterion, e.g. recording-disclosure"),
  operator: operatorEnum("criterion", EQUALITY_OPERATORS),
  value: oneOf(CRITERION_OUTCOMES),
});

const keyword = z.strictObject({
  field: z.literal("keyword"),
  operator: operatorEnum("keyword", ["contains"]),
  value: z
    .string({ error: "must be a phrase (text)" })
    .trim()
    .min(1, "must not be empty")
    .max(200, "must be at most 200 characters")
    .refine((v) => /[\p{L}\p{N}]/u.test(v), { message: "must contain a word" })
    .describe("A phrase, matched by word stems like scorecard phrases (\"cancel my subscription\" finds \"cancelling my subscriptions\")"),
  speaker: oneOf(KEYWORD_SPEAKERS).optional().describe("Whose turns to search; default any"),
});

const durationSeconds = z.strictObject({
  field: z.literal("durationSeconds"),
  operator: operatorEnum("durationSeconds", NUMERIC_OPERATORS),
  value: numberIn(0, 24 * 3600).describe("Seconds; only calls have a duration"),
});

export const alertConditionSchema = z.discriminatedUnion("field", [qualityScore, complianceStatus, customerSentiment, customerSentimentScore, criterion, keyword, durationSeconds], {
  error: (issue) => {
    if (issue.code === "invalid_union") return `must be one of ${ALERT_FIELDS.join(", ")}`;
    if (issue.code === "invalid_type") return "must be an object with field, operator and value";
    return undefined;
  },
});
export type AlertCondition = z.infer<typeof alertConditionSchema>;

/** For forms: which operators a field offers, and what kind of value it takes. */
export const FIELD_SPECS: Record<AlertField, { operators: readonly AlertOperator[]; value: "number" | "text" | readonly string[] }> = {
  qualityScore: { operators: NUMERIC_OPERATORS, value: "number" },
  complianceStatus: { operators: EQUALITY_OPERATORS, value: ["failed", "passed"] },
  customerSentiment: { operators: EQUALITY_OPERATORS, value: SENTIMENT_LABELS },
  customerSentimentScore: { operators: NUMERIC_OPERATORS, value: "number" },
  criterion: { operators: EQUALITY_OPERATORS, value: CRITERION_OUTCOMES },
  keyword: { operators: ["contains"], value: "text" },
  durationSeconds: { operators: NUMERIC_OPERATORS, value: "number" },
};
