import type { ResultValue } from "@/components/analysis/criteria";

export type ReviewResult = Exclude<ResultValue, "not_evaluated">;
export const REVIEW_RESULTS: readonly ReviewResult[] = ["passed", "failed", "not_applicable"];

export interface AnswerDefault {
  result: ReviewResult | null;
  comment: string;
}

interface PreviousAnswer {
  criterionId: string;
  result: ReviewResult;
  comment?: string;
}

/**
 * What each criterion starts as: the earlier review's answer when there is
 * one, else the AI's result. "not_evaluated" is not an answer a reviewer can
 * give, so it starts unanswered.
 */
export function initialAnswers(
  criteria: readonly { id: string; result: ResultValue }[],
  previous: readonly PreviousAnswer[] | null,
): Record<string, AnswerDefault> {
  const earlier = new Map((previous ?? []).map((a) => [a.criterionId, a]));
  return Object.fromEntries(
    criteria.map((c) => {
      const before = earlier.get(c.id);
      if (before) return [c.id, { result: before.result, comment: before.comment ?? "" }];
      return [c.id, { result: c.result === "not_evaluated" ? null : c.result, comment: "" }];
    }),
  );
}

export function isReviewResult(value: unknown): value is ReviewResult {
  return typeof value === "string" && (REVIEW_RESULTS as readonly string[]).includes(value);
}

/**
 * The service names fields by their place in the answers it was sent
 * ("answers.3.result", "answers"); the form shows them by criterion
 * ("criteria.<id>"). A complaint about missing answers goes to every
 * criterion left unanswered.
 */
export function criterionErrors(
  fields: Readonly<Record<string, string[]>> | undefined,
  sentIds: readonly string[],
  unansweredIds: readonly string[],
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const add = (key: string, messages: string[]) => {
    out[key] = [...(out[key] ?? []), ...messages];
  };
  for (const [key, messages] of Object.entries(fields ?? {})) {
    const match = /^answers\.(\d+)(?:\.(\w+))?$/.exec(key);
    const id = match ? sentIds[Number(match[1])] : undefined;
    if (id) add(`criteria.${id}`, match?.[2] === "comment" ? messages.map((m) => `Comment ${m}`) : messages);
    else if (key === "answers" && unansweredIds.length) for (const missing of unansweredIds) add(`criteria.${missing}`, ["Choose an answer before submitting."]);
    else add(key, messages);
  }
  return out;
}
