"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { saveReviewAction, type ReviewOutcome } from "@/app/(dashboard)/reviews/[analysisId]/actions";
import { EvidenceList } from "@/components/analysis/criteria-list";
import type { CriteriaGroup } from "@/components/analysis/criteria";
import { RESULT_LABEL, ResultBadge, ResultIcon } from "@/components/analysis/result-badge";
import { ComplianceBadge } from "@/components/analysis/score-overview";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { TextareaField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { formatDateTime } from "@/components/ui/format";
import { Input } from "@/components/ui/input";
import { useFormAction } from "@/components/ui/use-form-action";
import type { FormState } from "@/lib/dashboard/form-state";
import { REVIEW_RESULTS, type AnswerDefault, type ReviewResult } from "./review-form-state";

interface ReviewFormProps {
  analysisId: string;
  groups: CriteriaGroup[];
  initial: Record<string, AnswerDefault>;
  initialComment: string;
  /** Where the pre-selected answers come from, when not from the AI. */
  prefillNote: string | null;
  aiScore: number | null;
  passingScore: number;
  /** The record has audio: evidence also seeks the player. */
  timed: boolean;
}

const RADIO_TONE: Record<ReviewResult, string> = {
  passed: "has-checked:bg-emerald-50 has-checked:text-emerald-900 has-checked:ring-emerald-500",
  failed: "has-checked:bg-red-50 has-checked:text-red-900 has-checked:ring-red-500",
  not_applicable: "has-checked:bg-slate-100 has-checked:text-slate-900 has-checked:ring-slate-500",
};

const percent = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)}%`);
const score = (value: number | null) => (value === null ? "—" : String(Math.round(value)));

function Outcome({ outcome, aiScore, passingScore }: { outcome: ReviewOutcome; aiScore: number | null; passingScore: number }) {
  if (outcome.status === "draft") {
    return (
      <p role="status" className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700 ring-1 ring-slate-200 ring-inset">
        Draft saved {formatDateTime(outcome.savedAt)}. Provisional score <span className="font-semibold tabular-nums">{score(outcome.qualityScore)}</span>; it is not in the
        queue&apos;s results until you submit.
      </p>
    );
  }
  return (
    <div role="status" className="rounded-lg bg-emerald-50 px-4 py-3 ring-1 ring-emerald-200 ring-inset" data-testid="review-outcome">
      <p className="text-sm font-semibold text-emerald-900">Review submitted</p>
      <dl className="mt-2 grid grid-cols-3 gap-3 text-sm">
        <div>
          <dt className="text-xs text-emerald-800">Reviewed score</dt>
          <dd className="text-2xl font-semibold text-slate-900 tabular-nums" data-testid="reviewed-score">
            {score(outcome.qualityScore)}
          </dd>
          <dd className="text-xs text-slate-600">
            AI {score(aiScore)} · passing {passingScore}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-emerald-800">Agreement with the AI</dt>
          <dd className="text-2xl font-semibold text-slate-900 tabular-nums" data-testid="review-agreement">
            {percent(outcome.agreement)}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-emerald-800">Compliance</dt>
          <dd className="mt-1">
            <ComplianceBadge status={outcome.complianceStatus} short />
          </dd>
        </div>
      </dl>
      <p className="mt-3 text-sm">
        {outcome.next ? (
          <Link href={`/reviews/${outcome.next.analysisId}`} className="font-medium text-brand-700 hover:text-brand-800">
            Next in the queue: {outcome.next.title} →
          </Link>
        ) : (
          <>
            <span className="text-slate-700">The review queue is empty. </span>
            <Link href="/reviews" className="font-medium text-brand-700 hover:text-brand-800">
              Back to the queue
            </Link>
          </>
        )}
      </p>
    </div>
  );
}

/**
 * The reviewer's verdict on every criterion, starting from the AI's answers
 * (or the latest saved review). Posts to saveReviewAction as a plain form; the
 * service's field errors come back next to the criterion they are about.
 */
export function ReviewForm({ analysisId, groups, initial, initialComment, prefillNote, aiScore, passingScore, timed }: ReviewFormProps) {
  const { state, formAction, pending, onSubmit } = useFormAction<FormState<ReviewOutcome>>(saveReviewAction.bind(null, analysisId), {});
  const [answers, setAnswers] = useState<Record<string, ReviewResult | null>>(() =>
    Object.fromEntries(Object.entries(initial).map(([id, a]) => [id, a.result])),
  );
  const outcomeRef = useRef<HTMLDivElement>(null);
  const criteria = groups.flatMap((g) => g.criteria);
  const answered = criteria.filter((c) => answers[c.id]).length;
  const changed = criteria.filter((c) => answers[c.id] && c.result !== "not_evaluated" && answers[c.id] !== c.result).length;
  const errors = state.fields ?? {};

  useEffect(() => {
    if (state.ok || state.error) outcomeRef.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [state]);

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate aria-label="Review">
      {prefillNote && <p className="border-b border-slate-200 bg-slate-50 px-5 py-2.5 text-sm text-slate-600">{prefillNote}</p>}
      <div className="divide-y divide-slate-200">
        {groups.map((group) => (
          <section key={group.id} aria-labelledby={`review-cat-${group.id}`} className="px-5 py-4">
            <h3 id={`review-cat-${group.id}`} className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
              {group.name}
            </h3>
            <div className="mt-3 space-y-5">
              {group.criteria.map((c) => {
                const fieldErrors = errors[`criteria.${c.id}`];
                const invalid = Boolean(fieldErrors?.length);
                const value = answers[c.id] ?? null;
                const differs = value !== null && c.result !== "not_evaluated" && value !== c.result;
                const base = `criterion-${c.id}`;
                return (
                  <fieldset
                    key={c.id}
                    data-criterion-id={c.id}
                    aria-describedby={cn(`${base}-ai`, invalid && `${base}-error`)}
                    aria-invalid={invalid || undefined}
                    className={cn("min-w-0 rounded-md", invalid && "bg-red-50/50 p-2 ring-1 ring-red-200")}
                  >
                    <legend className="flex flex-wrap items-center gap-2 text-sm font-medium text-slate-900">
                      {c.name}
                      {c.compliance && <Badge tone="warning">Compliance</Badge>}
                    </legend>
                    <input type="hidden" name="criterionId" value={c.id} />
                    <div id={`${base}-ai`} className="mt-1.5 text-sm text-slate-600">
                      <ResultBadge result={c.result} prefix="AI: " /> <span>{c.explanation}</span>
                    </div>
                    <EvidenceList criterion={c} timed={timed} />
                    <div className="mt-2.5 flex flex-wrap items-center gap-2">
                      {REVIEW_RESULTS.map((r) => (
                        <label
                          key={r}
                          className={cn(
                            "inline-flex cursor-pointer items-center gap-1.5 rounded-md bg-white px-2.5 py-1.5 text-sm text-slate-700 ring-1 ring-slate-300 ring-inset hover:bg-slate-50",
                            "has-focus-visible:ring-2 has-focus-visible:ring-brand-500",
                            RADIO_TONE[r],
                          )}
                        >
                          <input
                            type="radio"
                            name={`result.${c.id}`}
                            value={r}
                            checked={value === r}
                            onChange={() => setAnswers((all) => ({ ...all, [c.id]: r }))}
                            className="size-3.5 accent-brand-600"
                          />
                          <ResultIcon result={r} />
                          {RESULT_LABEL[r]}
                        </label>
                      ))}
                      {differs && <span className="text-xs font-medium text-amber-800">Changed from the AI&apos;s answer</span>}
                      {value === null && <span className="text-xs font-medium text-amber-800">Needs your answer</span>}
                    </div>
                    <Input
                      name={`comment.${c.id}`}
                      defaultValue={initial[c.id]?.comment ?? ""}
                      maxLength={1000}
                      placeholder="Comment (optional)"
                      aria-label={`Comment on ${c.name} (optional)`}
                      className="mt-2"
                    />
                    {invalid && (
                      <p id={`${base}-error`} role="alert" className="mt-1.5 text-sm text-red-700">
                        {fieldErrors!.join(" ")}
                      </p>
                    )}
                  </fieldset>
                );
              })}
            </div>
          </section>
        ))}
      </div>
      <div className="border-t border-slate-200 px-5 py-4">
        <TextareaField id="review-comment" name="comment" label="Overall comment (optional)" rows={3} maxLength={5000} defaultValue={initialComment} errors={errors.comment} />
      </div>
      <div ref={outcomeRef} className="space-y-3 px-5 empty:hidden">
        <FormError message={state.error && [state.error, ...(errors.answers ?? [])].join(" ")} />
        {state.ok && state.data && <Outcome outcome={state.data} aiScore={aiScore} passingScore={passingScore} />}
      </div>
      <div className="sticky bottom-0 mt-4 flex flex-wrap items-center justify-between gap-3 rounded-b-lg border-t border-slate-200 bg-slate-50/95 px-5 py-3 backdrop-blur">
        <p className="text-sm text-slate-600" aria-live="polite">
          {answered} of {criteria.length} answered{changed > 0 ? `, ${changed} changed from the AI` : ""}
        </p>
        <div className="flex gap-2">
          <Button type="submit" name="intent" value="draft" variant="secondary" disabled={pending}>
            Save draft
          </Button>
          <Button type="submit" name="intent" value="submitted" pending={pending} pendingLabel="Saving…">
            Submit review
          </Button>
        </div>
      </div>
    </form>
  );
}
