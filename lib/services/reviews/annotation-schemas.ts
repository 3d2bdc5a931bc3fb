import { z } from "zod";
import type { AnnotationRow } from "../../../db/schema";

const offset = z.number("must be a number").int("must be a whole number").min(0, "must be 0 or more");

/** A span of one segment: characters of its text, or a stretch of time in it. */
export const createAnnotationInput = z
  .strictObject({
    segmentIndex: offset,
    charStart: offset.optional(),
    charEnd: offset.optional(),
    startMs: offset.optional(),
    endMs: offset.optional(),
    label: z.string().trim().min(1, "is required").max(60, "must be at most 60 characters"),
    comment: z.string().trim().max(2000, "must be at most 2000 characters").default(""),
  })
  .refine((a) => (a.charStart === undefined) === (a.charEnd === undefined), { message: "give charStart and charEnd together", path: ["charEnd"] })
  .refine((a) => (a.startMs === undefined) === (a.endMs === undefined), { message: "give startMs and endMs together", path: ["endMs"] })
  .refine((a) => a.charStart !== undefined || a.startMs !== undefined, {
    message: "give a span: charStart and charEnd, or startMs and endMs",
    path: ["charStart"],
  })
  .refine((a) => a.charStart === undefined || a.charEnd! > a.charStart, { message: "must be after charStart", path: ["charEnd"] })
  .refine((a) => a.startMs === undefined || a.endMs! > a.startMs, { message: "must be after startMs", path: ["endMs"] });
export type CreateAnnotationInput = z.infer<typeof createAnnotationInput>;

export const updateAnnotationInput = z
  .strictObject({
    label: z.string().trim().min(1, "is required").max(60, "must be at most 60 characters").optional(),
    comment: z.string().trim().max(2000, "must be at most 2000 characters").optional(),
  })
  .refine((a) => a.label !== undefined || a.comment !== undefined, { message: "change label, comment or both", path: ["label"] });

export const annotationDto = z.object({
  id: z.string(),
  analysisId: z.string(),
  recordId: z.string(),
  segmentIndex: z.number().int(),
  charStart: z.number().int().nullable(),
  charEnd: z.number().int().nullable(),
  startMs: z.number().int(),
  endMs: z.number().int(),
  quote: z.string().describe("The annotated words"),
  label: z.string(),
  comment: z.string(),
  authorId: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type AnnotationDto = z.infer<typeof annotationDto>;

export function toAnnotationDto(row: AnnotationRow): AnnotationDto {
  return {
    id: row.id,
    analysisId: row.analysisId,
    recordId: row.recordId,
    segmentIndex: row.segmentIndex,
    charStart: row.charStart,
    charEnd: row.charEnd,
    startMs: row.startMs,
    endMs: row.endMs,
    quote: row.quote,
    label: row.label,
    comment: row.comment,
    authorId: row.authorId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
