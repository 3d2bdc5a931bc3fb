import { z } from "zod";
import type { ReviewRow } from "../../../db/schema";

export const submitReviewInput = z.strictObject({
  answers: z
    .array(
      z.strictObject({
        criterionId: z.string().min(1, "is required"),
        result: z.enum(["passed", "failed", "not_applicable"]),
        comment: z.string().trim().max(1000, "must be at most 1000 characters").optional(),
      }),
    )
    .min(1, "must answer at least one criterion")
    .max(100),
  comment: z.string().trim().max(5000, "must be at most 5000 characters").default(""),
  /** draft keeps work in progress; submitted (the default) needs every criterion answered. */
  status: z.enum(["draft", "submitted"]).default("submitted"),
});
export type SubmitReviewInput = z.infer<typeof submitReviewInput>;

export const reviewDto = z.object({
  id: z.string(),
  analysisId: z.string(),
  recordId: z.string(),
  reviewerId: z.string().nullable(),
  status: z.enum(["draft", "submitted"]),
  answers: z.array(
    z.object({
      criterionId: z.string(),
      result: z.enum(["passed", "failed", "not_applicable"]),
      aiResult: z.enum(["passed", "failed", "not_applicable", "not_evaluated"]),
      comment: z.string().optional(),
    }),
  ),
  qualityScore: z.number().nullable().describe("The score with the reviewer's answers"),
  complianceStatus: z.enum(["passed", "failed"]),
  agreement: z.number().nullable().describe("Share of criteria where the reviewer kept the AI's answer, 0–1"),
  comment: z.string(),
  createdAt: z.iso.datetime(),
});
export type ReviewDto = z.infer<typeof reviewDto>;

export const reviewWithHistoryDto = z.object({
  review: reviewDto.nullable().describe("The newest review; null before the first"),
  history: z.array(reviewDto).describe("Earlier reviews and drafts, newest first"),
});

export function toReviewDto(row: ReviewRow): ReviewDto {
  return {
    id: row.id,
    analysisId: row.analysisId,
    recordId: row.recordId,
    reviewerId: row.reviewerId,
    status: row.status,
    answers: row.answers,
    qualityScore: row.qualityScore,
    complianceStatus: row.complianceStatus,
    agreement: row.comparedCount > 0 ? Math.round((row.agreedCount / row.comparedCount) * 1000) / 1000 : null,
    comment: row.comment,
    createdAt: row.createdAt.toISOString(),
  };
}
