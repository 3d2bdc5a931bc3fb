import { clock } from "../scoring/format";
import type { AlertCondition, AlertOperator } from "./condition";
import { describeWithin, type AlertWindow } from "./window";

/**
 * Words for conditions and matches, shared by incident messages, the rules
 * list and the docs: "Quality score 42 is below 60".
 */
const OPERATOR_WORDS: Record<AlertOperator, string> = {
  lt: "below",
  lte: "at or below",
  gt: "above",
  gte: "at or above",
  eq: "equal to",
  neq: "not equal to",
  contains: "contains",
};

export const OPERATOR_LABELS: Record<AlertOperator, string> = {
  lt: "is below",
  lte: "is at or below",
  gt: "is above",
  gte: "is at or above",
  eq: "is",
  neq: "is not",
  contains: "contains",
};

export const FIELD_LABELS: Record<AlertCondition["field"], string> = {
  qualityScore: "Quality score",
  complianceStatus: "Compliance status",
  customerSentiment: "Customer sentiment (end of conversation)",
  customerSentimentScore: "Customer sentiment score (end of conversation)",
  criterion: "Scorecard criterion",
  keyword: "Keyword said",
  durationSeconds: "Duration (seconds)",
};

/** Scores are stored with full precision; one decimal is what people read. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 10) / 10 + 0);
}

function quoted(value: string): string {
  return `“${value}”`;
}

const SPEAKER_WORDS = { any: "anyone", agent: "the agent", customer: "the customer" } as const;

/** The rule as a sentence: "Quality score is below 60". */
export function describeCondition(condition: AlertCondition): string {
  switch (condition.field) {
    case "qualityScore":
    case "customerSentimentScore":
    case "durationSeconds":
      return `${FIELD_LABELS[condition.field]} ${OPERATOR_LABELS[condition.operator]} ${formatNumber(condition.value)}`;
    case "complianceStatus":
    case "customerSentiment":
      return `${FIELD_LABELS[condition.field]} ${OPERATOR_LABELS[condition.operator]} ${condition.value}`;
    case "criterion":
      return `Criterion ${condition.criterionId} ${OPERATOR_LABELS[condition.operator]} ${condition.value.replace("_", " ")}`;
    case "keyword":
      return `${SPEAKER_WORDS[condition.speaker ?? "any"].replace(/^\w/, (c) => c.toUpperCase())} says ${quoted(condition.value)}`;
  }
}

export function describeWindow(window: AlertWindow): string {
  const per = window.per === "organization" ? "in the organization" : `for one ${window.per}`;
  return `${window.count} matches ${per} within ${describeWithin(window)}`;
}

/** What one record showed, for the incident: "Quality score 42 is below 60". */
export function describeMatch(condition: AlertCondition, actual: number | string, extra: { criterionName?: string; atMs?: number } = {}): string {
  switch (condition.field) {
    case "qualityScore":
    case "customerSentimentScore":
    case "durationSeconds": {
      const label = { qualityScore: "Quality score", customerSentimentScore: "Customer sentiment score", durationSeconds: "Duration" }[condition.field];
      const unit = condition.field === "durationSeconds" ? " s" : "";
      const shown = `${formatNumber(Number(actual))}${unit}`;
      const expected = `${formatNumber(condition.value)}${unit}`;
      if (condition.operator === "eq") return `${label} is ${shown}`;
      return `${label} ${shown} is ${OPERATOR_WORDS[condition.operator]} ${expected}`;
    }
    case "complianceStatus":
      return `Compliance ${actual}`;
    case "customerSentiment":
      return `Customer sentiment at the end is ${actual}`;
    case "criterion":
      return `Criterion ${quoted(extra.criterionName ?? condition.criterionId)} is ${String(actual).replace("_", " ")}`;
    case "keyword": {
      const who = SPEAKER_WORDS[condition.speaker ?? "any"].replace(/^\w/, (c) => c.toUpperCase());
      const at = extra.atMs === undefined ? "" : ` at ${clock(extra.atMs)}`;
      return `${who === "Anyone" ? "Someone" : who} said ${quoted(String(actual))}${at}`;
    }
  }
}
