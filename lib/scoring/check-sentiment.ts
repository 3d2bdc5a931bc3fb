import { SENTIMENT_LABEL_THRESHOLD, type SentimentSummary } from "../analysis/local";
import { shortQuote } from "./format";
import type { Criterion, SentimentRule } from "./scorecard-schema";
import type { CriterionResult, Evidence, ScoringInput } from "./types";

type SentimentCheck = Extract<Criterion["check"], { type: "sentiment" }>;
type Outcome = Pick<CriterionResult, "result" | "explanation" | "evidence" | "value">;

function verdict(rule: SentimentRule, s: SentimentSummary): { passed: boolean; value: number; text: string } {
  const { start, end, change } = s.trend;
  switch (rule) {
    case "endAtLeastNeutral":
      return { passed: end >= -SENTIMENT_LABEL_THRESHOLD, value: end, text: `ended at ${end} (negative below −${SENTIMENT_LABEL_THRESHOLD})` };
    case "endPositive":
      return { passed: end > SENTIMENT_LABEL_THRESHOLD, value: end, text: `ended at ${end} (positive above ${SENTIMENT_LABEL_THRESHOLD})` };
    case "improves":
      return { passed: s.trend.direction === "improving", value: change, text: `went from ${start} to ${end}` };
    case "notWorse":
      return { passed: s.trend.direction !== "worsening", value: change, text: `went from ${start} to ${end}` };
    case "overallAtLeastNeutral":
      return { passed: s.score >= -SENTIMENT_LABEL_THRESHOLD, value: s.score, text: `averaged ${s.score}` };
  }
}

/** The speaker's closing turn is the moment a reviewer wants to hear. */
function closingTurn(check: SentimentCheck, input: ScoringInput): Evidence[] {
  const turns = input.segments
    .map((segment, segmentIndex) => ({ segment, segmentIndex }))
    .filter(({ segment }) => segment.text.trim() && (check.speaker === "overall" || segment.speaker === check.speaker));
  const last = turns.at(-1);
  return last ? [{ segmentIndex: last.segmentIndex, quote: shortQuote(last.segment.text), startMs: last.segment.startMs, endMs: last.segment.endMs }] : [];
}

/** The local analyzer's sentiment (−1..1, by thirds of the conversation) against a rule. */
export function checkSentiment(check: SentimentCheck, input: ScoringInput): Outcome {
  const summary = check.speaker === "overall" ? input.sentiment.overall : input.sentiment.speakers[check.speaker];
  const who = check.speaker === "overall" ? "The conversation's sentiment" : `The ${check.speaker}'s sentiment`;
  if (!summary || summary.segmentCount === 0) {
    return { result: "not_applicable", explanation: `There are no turns by the ${check.speaker} to judge.`, evidence: [], value: null };
  }
  const { passed, value, text } = verdict(check.rule, summary);
  return { result: passed ? "passed" : "failed", explanation: `${who} ${text}.`, evidence: closingTurn(check, input), value };
}
