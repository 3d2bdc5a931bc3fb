import { and, desc, eq } from "drizzle-orm";
import { reviews, scorecards, type ReviewAnswer } from "../../../db/schema";
import { wakeJobEngine } from "../../../inngest/engine";
import { AppError, validationError } from "../../errors";
import { newId } from "../../ids";
import { scoreResults } from "../../scoring/score";
import type { CriterionResult } from "../../scoring/types";
import { findAnalysisRow } from "../analyses/get-analysis";
import { recordAudit } from "../audit/record-audit";
import { actorUserId, assertCan, type ServiceContext } from "../context";
import { parseInput } from "../parse-input";
import { reviewEventData } from "../webhooks/event-data";
import { publishWebhookEvent } from "../webhooks/publish-event";
import { submitReviewInput, toReviewDto, type ReviewDto } from "./review-schemas";

export async function getReview(ctx: ServiceContext, analysisId: string): Promise<{ review: ReviewDto | null; history: ReviewDto[] }> {
  assertCan(ctx, "org:read");
  const analysis = await findAnalysisRow(ctx, analysisId);
  const rows = await ctx.db
    .select()
    .from(reviews)
    .where(and(eq(reviews.analysisId, analysis.id), eq(reviews.orgId, ctx.orgId)))
    .orderBy(desc(reviews.createdAt), desc(reviews.id));
  const [latest, ...older] = rows.map(toReviewDto);
  return { review: latest ?? null, history: older };
}

/**
 * A reviewer's verdict on each criterion. The score is recomputed with the
 * scorecard's weights, and agreement counts the criteria where the reviewer
 * kept what the analysis said (of those the analysis judged). Submissions
 * add to the history and are never overwritten; a reviewer's draft is
 * replaced by their next draft or submission.
 */
export async function submitReview(ctx: ServiceContext, analysisId: string, raw: unknown): Promise<ReviewDto> {
  assertCan(ctx, "reviews:write");
  const input = parseInput(submitReviewInput, raw);
  const analysis = await findAnalysisRow(ctx, analysisId);
  if (analysis.status !== "completed" || !analysis.criteria) {
    throw new AppError("CONFLICT", `Only completed analyses can be reviewed; this one is ${analysis.status}`);
  }
  const byId = new Map(analysis.criteria.map((c) => [c.id, c]));
  const fields: Record<string, string[]> = {};
  const seen = new Set<string>();
  input.answers.forEach((a, i) => {
    if (!byId.has(a.criterionId)) fields[`answers.${i}.criterionId`] = [`is not a criterion of this analysis`];
    else if (seen.has(a.criterionId)) fields[`answers.${i}.criterionId`] = ["is answered twice"];
    seen.add(a.criterionId);
  });
  const missing = analysis.criteria.filter((c) => !seen.has(c.id)).map((c) => c.id);
  if (input.status === "submitted" && missing.length) fields.answers = [`must answer every criterion; missing ${missing.join(", ")}`];
  if (Object.keys(fields).length) throw validationError(fields);

  const answers: ReviewAnswer[] = input.answers.map((a) => ({
    criterionId: a.criterionId,
    result: a.result,
    aiResult: byId.get(a.criterionId)!.result,
    ...(a.comment ? { comment: a.comment } : {}),
  }));
  const [scorecard] = await ctx.db.select().from(scorecards).where(eq(scorecards.id, analysis.scorecardId)).limit(1);
  const answered = new Map(answers.map((a) => [a.criterionId, a.result]));
  // Unanswered criteria of a draft keep the analysis's verdict in the provisional score.
  const reviewed: CriterionResult[] = analysis.criteria.map((c) => ({ ...c, result: answered.get(c.id) ?? c.result }));
  const score = scoreResults(scorecard!.definition, reviewed);
  const compared = answers.filter((a) => a.aiResult !== "not_evaluated");
  const agreed = compared.filter((a) => a.aiResult === a.result).length;

  const reviewerId = actorUserId(ctx.actor);
  const [row] = await ctx.db.transaction(async (tx) => {
    // One draft per reviewer: a new draft or a submission replaces theirs; submissions are never replaced.
    if (reviewerId) {
      await tx
        .delete(reviews)
        .where(and(eq(reviews.analysisId, analysis.id), eq(reviews.reviewerId, reviewerId), eq(reviews.status, "draft")));
    }
    const inserted = await tx
      .insert(reviews)
      .values({
        id: newId("review"),
        orgId: ctx.orgId,
        analysisId: analysis.id,
        recordId: analysis.recordId,
        reviewerId,
        status: input.status,
        answers,
        qualityScore: score.qualityScore,
        complianceStatus: score.complianceStatus,
        agreedCount: agreed,
        comparedCount: compared.length,
        comment: input.comment,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: input.status === "submitted" ? "review.submit" : "review.draft",
      targetType: "analysis",
      targetId: analysis.id,
      changes: { qualityScore: score.qualityScore, complianceStatus: score.complianceStatus },
    });
    if (input.status === "submitted") {
      await publishWebhookEvent(tx, { orgId: ctx.orgId, type: "review.submitted", data: reviewEventData(inserted[0]!, analysis.qualityScore) });
    }
    return inserted;
  });
  await wakeJobEngine();
  return toReviewDto(row!);
}
