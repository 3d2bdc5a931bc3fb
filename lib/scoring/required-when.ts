import { sentimentLabel } from "../analysis/local";
import { clock } from "./format";
import type { Criterion } from "./scorecard-schema";
import type { CriterionResult, ScoringInput } from "./types";

type Outcome = Pick<CriterionResult, "result" | "explanation" | "evidence" | "value">;

/**
 * Why the criterion is not required in this conversation, or undefined when it
 * is. Conditions a reviewer applies by judgement ("nothing to apologise for",
 * "the call dropped before anything could be verified") made explicit.
 */
function notRequiredBecause(criterion: Criterion, input: ScoringInput): string | undefined {
  const when = criterion.requiredWhen;
  if (!when) return undefined;
  if (when.minCallSeconds !== undefined && input.recordType === "call") {
    const durationMs = conversationMs(input);
    if (durationMs < when.minCallSeconds * 1000) return `the call lasted ${clock(durationMs)}, under ${when.minCallSeconds} s`;
  }
  if (when.customerNegative) {
    const negative = input.sentiment.segments.some((s) => s.speaker === "customer" && sentimentLabel(s.score) === "negative");
    if (!negative) return "the customer was not negative at any point";
  }
  return undefined;
}

/** The record's duration, or the span of its turns when it has none (a call sent as a transcript). */
function conversationMs(input: ScoringInput): number {
  if (input.durationMs !== null && input.durationMs > 0) return input.durationMs;
  return Math.max(0, input.parsed.endMs - input.parsed.startMs);
}

/** A pass always counts; a failure counts only where the criterion is required. */
export function applyRequiredWhen(criterion: Criterion, input: ScoringInput, outcome: Outcome): Outcome {
  if (outcome.result === "passed" || outcome.result === "not_evaluated") return outcome;
  const because = notRequiredBecause(criterion, input);
  if (!because) return outcome;
  return { result: "not_applicable", explanation: `Not required: ${because}. (${outcome.explanation})`, evidence: outcome.evidence, value: outcome.value };
}
