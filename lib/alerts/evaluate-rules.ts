import { findPhrases, type PhraseMatch } from "../analysis/local/phrases";
import type { AlertCondition } from "./condition";
import { describeMatch } from "./describe";
import type { AlertFacts } from "./facts";

export interface EvaluableRule {
  condition: AlertCondition;
}

export interface RuleMatch<R extends EvaluableRule> {
  rule: R;
  /** What the record had: the score, the label, the words said. */
  value: number | string;
  /** "Quality score 42 is below 60". */
  message: string;
}

type NumericOperator = "lt" | "lte" | "gt" | "gte" | "eq" | "neq";

function compareNumbers(actual: number, operator: NumericOperator, expected: number): boolean {
  switch (operator) {
    case "lt":
      return actual < expected;
    case "lte":
      return actual <= expected;
    case "gt":
      return actual > expected;
    case "gte":
      return actual >= expected;
    case "eq":
      return actual === expected;
    case "neq":
      return actual !== expected;
  }
}

function compareLabels(actual: string, operator: "eq" | "neq", expected: string): boolean {
  return operator === "eq" ? actual === expected : actual !== expected;
}

type KeywordLookup = (speaker: "any" | "agent" | "customer", phrase: string) => PhraseMatch | undefined;

/**
 * The first place each keyword rule's phrase was said, found with one pass
 * over the transcript per speaker filter whatever the number of rules.
 */
function keywordLookup(rules: readonly EvaluableRule[], facts: AlertFacts): KeywordLookup {
  const first = new Map<string, PhraseMatch>();
  const key = (speaker: string, phrase: string) => `${speaker}\u0000${phrase}`;
  if (facts.transcript) {
    const bySpeaker = new Map<"any" | "agent" | "customer", Set<string>>();
    for (const { condition } of rules) {
      if (condition.field !== "keyword") continue;
      const speaker = condition.speaker ?? "any";
      if (!bySpeaker.has(speaker)) bySpeaker.set(speaker, new Set());
      bySpeaker.get(speaker)!.add(condition.value);
    }
    for (const [speaker, phrases] of bySpeaker) {
      for (const match of findPhrases(facts.transcript, [...phrases], { speaker })) {
        if (!first.has(key(speaker, match.phrase))) first.set(key(speaker, match.phrase), match);
      }
    }
  }
  return (speaker, phrase) => first.get(key(speaker, phrase));
}

/** One rule against the facts: the match, or null. */
function evaluateCondition(condition: AlertCondition, facts: AlertFacts, keywords: KeywordLookup): { value: number | string; message: string } | null {
  switch (condition.field) {
    case "qualityScore":
    case "customerSentimentScore":
    case "durationSeconds": {
      const actual = facts[condition.field];
      if (actual === null || !compareNumbers(actual, condition.operator, condition.value)) return null;
      return { value: actual, message: describeMatch(condition, actual) };
    }
    case "complianceStatus":
    case "customerSentiment": {
      const actual = facts[condition.field];
      if (actual === null || !compareLabels(actual, condition.operator, condition.value)) return null;
      return { value: actual, message: describeMatch(condition, actual) };
    }
    case "criterion": {
      // A criterion the scorecard does not have is not "not failed": it is unknown, so nothing matches.
      const criterion = facts.criteria.get(condition.criterionId);
      if (!criterion || !compareLabels(criterion.result, condition.operator, condition.value)) return null;
      return { value: criterion.result, message: describeMatch(condition, criterion.result, { criterionName: criterion.name }) };
    }
    case "keyword": {
      const first = keywords(condition.speaker ?? "any", condition.value);
      if (!first) return null;
      return { value: first.text, message: describeMatch(condition, first.text, { atMs: first.startMs }) };
    }
  }
}

/** Whether any of these rules reads the transcript, so the caller loads it only then. */
export function needsTranscript(rules: readonly EvaluableRule[]): boolean {
  return rules.some((r) => r.condition.field === "keyword");
}

/**
 * The rules that match one analysed record, in the order given. Pure: the
 * caller loads the facts (and the transcript, when `needsTranscript`) and
 * records the matches; windows are counted there too, since they depend on
 * other records.
 */
export function evaluateRules<R extends EvaluableRule>(rules: readonly R[], facts: AlertFacts): RuleMatch<R>[] {
  const matches: RuleMatch<R>[] = [];
  const keywords = keywordLookup(rules, facts);
  for (const rule of rules) {
    const hit = evaluateCondition(rule.condition, facts, keywords);
    if (hit) matches.push({ rule, ...hit });
  }
  return matches;
}
