"use server";

import { revalidatePath } from "next/cache";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { text, texts } from "@/lib/dashboard/form-data";
import { formError, type FormState } from "@/lib/dashboard/form-state";
import { listReviewQueue } from "@/lib/services/reviews/review-queue";
import { submitReview } from "@/lib/services/reviews/reviews";
import { createAnnotation, deleteAnnotation, updateAnnotation } from "@/lib/services/reviews/annotations";
import { criterionErrors, isReviewResult } from "@/components/reviews/review-form-state";

export interface ReviewOutcome {
  status: "draft" | "submitted";
  qualityScore: number | null;
  complianceStatus: "passed" | "failed";
  agreement: number | null;
  savedAt: string;
  /** The next analysis waiting in the queue after a submission, if any. */
  next: { analysisId: string; title: string } | null;
}

/**
 * Save draft and Submit review post the same form; the submitter's `intent`
 * says which. Answers go to the service in the order of the form's criteria,
 * so its field errors ("answers.2.result") can be put back next to them.
 */
export async function saveReviewAction(analysisId: string, _prev: FormState<ReviewOutcome>, form: FormData): Promise<FormState<ReviewOutcome>> {
  const { ctx } = await getDashboardContext();
  const status = text(form, "intent") === "draft" ? "draft" : "submitted";
  const ids = texts(form, "criterionId");
  const answers: { criterionId: string; result: string; comment?: string }[] = [];
  const unanswered: string[] = [];
  for (const id of ids) {
    const result = text(form, `result.${id}`);
    const comment = text(form, `comment.${id}`)?.trim();
    if (!isReviewResult(result)) {
      unanswered.push(id);
      continue;
    }
    answers.push({ criterionId: id, result, ...(comment ? { comment } : {}) });
  }
  try {
    const review = await submitReview(ctx, analysisId, { answers, comment: text(form, "comment") ?? "", status });
    let next: ReviewOutcome["next"] = null;
    if (status === "submitted") {
      const queue = await listReviewQueue(ctx, { page: 1, pageSize: 2 });
      const item = queue.items.find((i) => i.id !== analysisId);
      if (item) next = { analysisId: item.id, title: item.recordTitle ?? `Untitled ${item.recordType}` };
    }
    revalidatePath(`/reviews/${analysisId}`);
    revalidatePath("/reviews");
    return {
      ok: true,
      data: {
        status: review.status,
        qualityScore: review.qualityScore,
        complianceStatus: review.complianceStatus,
        agreement: review.agreement,
        savedAt: review.createdAt,
        next,
      },
    };
  } catch (error) {
    const state = formError<ReviewOutcome>(error);
    const fields = criterionErrors(
      state.fields,
      answers.map((a) => a.criterionId),
      unanswered,
    );
    const missing = unanswered.length > 0 && status === "submitted" && state.fields?.answers;
    return {
      ...state,
      error: missing ? `Answer every criterion before submitting: ${unanswered.length} still ${unanswered.length === 1 ? "needs" : "need"} an answer.` : state.error,
      fields,
    };
  }
}

export interface AnnotationSpan {
  segmentIndex: number;
  charStart: number;
  charEnd: number;
}

function refresh(analysisId: string, recordId: string) {
  revalidatePath(`/reviews/${analysisId}`);
  revalidatePath(`/records/${recordId}`);
}

export async function createAnnotationAction(analysisId: string, span: AnnotationSpan, _prev: FormState, form: FormData): Promise<FormState> {
  const { ctx } = await getDashboardContext();
  try {
    const created = await createAnnotation(ctx, analysisId, {
      segmentIndex: span.segmentIndex,
      charStart: span.charStart,
      charEnd: span.charEnd,
      label: text(form, "label") ?? "",
      comment: text(form, "comment") ?? "",
    });
    refresh(analysisId, created.recordId);
    return { ok: true };
  } catch (error) {
    return formError(error);
  }
}

export async function updateAnnotationAction(analysisId: string, id: string, _prev: FormState, form: FormData): Promise<FormState> {
  const { ctx } = await getDashboardContext();
  try {
    const updated = await updateAnnotation(ctx, analysisId, id, { label: text(form, "label") ?? "", comment: text(form, "comment") ?? "" });
    refresh(analysisId, updated.recordId);
    return { ok: true };
  } catch (error) {
    return formError(error);
  }
}

export async function deleteAnnotationAction(analysisId: string, id: string, recordId: string): Promise<FormState> {
  const { ctx } = await getDashboardContext();
  try {
    await deleteAnnotation(ctx, analysisId, id);
    refresh(analysisId, recordId);
    return { ok: true };
  } catch (error) {
    return formError(error);
  }
}
