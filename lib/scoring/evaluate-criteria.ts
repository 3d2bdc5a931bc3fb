import { checkMetric } from "./check-metric";
import { checkPhrase } from "./check-phrase";
import { checkSentiment } from "./check-sentiment";
import { applyRequiredWhen } from "./required-when";
import type { Criterion, ScorecardDefinition } from "./scorecard-schema";
import type { CriterionResult, ScoringInput } from "./types";

function checkQuestion(criterion: Criterion, input: ScoringInput): Pick<CriterionResult, "result" | "explanation" | "evidence" | "value"> {
  if (!input.answers && input.llmFailure) {
    return { result: "not_evaluated", explanation: `The LLM could not answer: ${input.llmFailure} Left out of the score.`, evidence: [], value: null };
  }
  if (!input.answers) {
    // Never guessed: without a model this criterion is left out of the score.
    return { result: "not_evaluated", explanation: "Needs an LLM (LLM_BASE_URL); left out of the score.", evidence: [], value: null };
  }
  const answer = input.answers.get(criterion.id);
  if (!answer) return { result: "not_evaluated", explanation: "The LLM gave no answer; left out of the score.", evidence: [], value: null };
  const result = answer.answer === "yes" ? "passed" : answer.answer === "no" ? "failed" : "not_applicable";
  return { result, explanation: answer.explanation, evidence: answer.evidence ? [answer.evidence] : [], value: null };
}

const TYPE_NAMES = { call: "calls", chat: "chats", email: "emails" } as const;

function appliesTo(criterion: Criterion, type: ScoringInput["recordType"]): boolean {
  return !criterion.appliesTo || criterion.appliesTo.includes(type);
}

function notForThisType(criterion: Criterion): Pick<CriterionResult, "result" | "explanation" | "evidence" | "value"> {
  const types = criterion.appliesTo!.map((t) => TYPE_NAMES[t]).join(" and ");
  return { result: "not_applicable", explanation: `Applies to ${types} only.`, evidence: [], value: null };
}

/** Every criterion of the scorecard, in its order, with its outcome and evidence. */
export function evaluateCriteria(card: ScorecardDefinition, input: ScoringInput): CriterionResult[] {
  return card.criteria.map((criterion) => {
    const check = criterion.check;
    const checked = !appliesTo(criterion, input.recordType)
      ? notForThisType(criterion)
      : check.type === "phrase"
        ? checkPhrase(check, input)
        : check.type === "metric"
          ? checkMetric(check, input)
          : check.type === "sentiment"
            ? checkSentiment(check, input)
            : checkQuestion(criterion, input);
    const outcome = applyRequiredWhen(criterion, input, checked);
    return {
      id: criterion.id,
      name: criterion.name,
      category: criterion.category,
      weight: criterion.weight,
      compliance: criterion.compliance,
      type: check.type,
      ...outcome,
    };
  });
}
