import { and, asc, eq } from "drizzle-orm";
import { annotations, transcripts, type AnnotationRow } from "../../../db/schema";
import { AppError, notFound, validationError } from "../../errors";
import { newId } from "../../ids";
import { findAnalysisRow } from "../analyses/get-analysis";
import { recordAudit } from "../audit/record-audit";
import { actorUserId, assertCan, type ServiceContext } from "../context";
import { parseInput } from "../parse-input";
import { annotationDto, createAnnotationInput, toAnnotationDto, updateAnnotationInput, type AnnotationDto } from "./annotation-schemas";

export { annotationDto };

/** The record's annotations, made on this analysis or an earlier one of the same transcript. */
export async function listAnnotations(ctx: ServiceContext, analysisId: string): Promise<AnnotationDto[]> {
  assertCan(ctx, "org:read");
  const analysis = await findAnalysisRow(ctx, analysisId);
  // Notes are on the transcript, which re-analysis does not change: every analysis of the record shows them.
  const rows = await ctx.db
    .select()
    .from(annotations)
    .where(and(eq(annotations.recordId, analysis.recordId), eq(annotations.orgId, ctx.orgId)))
    .orderBy(asc(annotations.segmentIndex), asc(annotations.startMs), asc(annotations.createdAt));
  return rows.map(toAnnotationDto);
}

/** Pins a note to a span of the analysed transcript; the span must exist in it. */
export async function createAnnotation(ctx: ServiceContext, analysisId: string, raw: unknown): Promise<AnnotationDto> {
  assertCan(ctx, "reviews:write");
  const input = parseInput(createAnnotationInput, raw);
  const analysis = await findAnalysisRow(ctx, analysisId);
  const [transcript] = await ctx.db.select().from(transcripts).where(eq(transcripts.recordId, analysis.recordId)).limit(1);
  const segment = transcript?.segments[input.segmentIndex];
  if (!segment) {
    throw validationError({ segmentIndex: [`must be one of the transcript's segments (0 to ${(transcript?.segments.length ?? 0) - 1})`] });
  }
  if (input.charEnd !== undefined && input.charEnd > segment.text.length) {
    throw validationError({ charEnd: [`must be at most ${segment.text.length}, the length of the segment's text`] });
  }
  if (input.startMs !== undefined && (input.startMs < segment.startMs || input.endMs! > segment.endMs)) {
    throw validationError({ startMs: [`must lie within the segment, ${segment.startMs} to ${segment.endMs} ms`] });
  }
  const [row] = await ctx.db.transaction(async (tx) => {
    const inserted = await tx
      .insert(annotations)
      .values({
        id: newId("annotation"),
        orgId: ctx.orgId,
        analysisId: analysis.id,
        recordId: analysis.recordId,
        segmentIndex: input.segmentIndex,
        charStart: input.charStart ?? null,
        charEnd: input.charEnd ?? null,
        startMs: input.startMs ?? segment.startMs,
        endMs: input.endMs ?? segment.endMs,
        quote: input.charStart !== undefined ? segment.text.slice(input.charStart, input.charEnd) : segment.text,
        label: input.label,
        comment: input.comment,
        authorId: actorUserId(ctx.actor),
      })
      .returning();
    await recordAudit(tx, ctx, { action: "annotation.create", targetType: "analysis", targetId: analysis.id, changes: { label: input.label } });
    return inserted;
  });
  return toAnnotationDto(row!);
}

/** Only the author changes or removes a note: a reviewer's words stay theirs. */
async function findOwnAnnotation(ctx: ServiceContext, analysisId: string, id: string): Promise<AnnotationRow> {
  const analysis = await findAnalysisRow(ctx, analysisId);
  const [row] = await ctx.db
    .select()
    .from(annotations)
    .where(and(eq(annotations.id, id), eq(annotations.recordId, analysis.recordId), eq(annotations.orgId, ctx.orgId)))
    .limit(1);
  if (!row) throw notFound("Annotation");
  if (row.authorId === null || row.authorId !== actorUserId(ctx.actor)) {
    throw new AppError("FORBIDDEN", "Only the author of an annotation can change or delete it");
  }
  return row;
}

export async function updateAnnotation(ctx: ServiceContext, analysisId: string, id: string, raw: unknown): Promise<AnnotationDto> {
  assertCan(ctx, "reviews:write");
  const input = parseInput(updateAnnotationInput, raw);
  await findOwnAnnotation(ctx, analysisId, id);
  const [row] = await ctx.db
    .update(annotations)
    .set({ ...input, updatedAt: new Date() })
    .where(eq(annotations.id, id))
    .returning();
  return toAnnotationDto(row!);
}

export async function deleteAnnotation(ctx: ServiceContext, analysisId: string, id: string): Promise<{ id: string; deleted: true }> {
  assertCan(ctx, "reviews:write");
  await findOwnAnnotation(ctx, analysisId, id);
  await ctx.db.transaction(async (tx) => {
    await tx.delete(annotations).where(eq(annotations.id, id));
    await recordAudit(tx, ctx, { action: "annotation.delete", targetType: "analysis", targetId: analysisId, changes: { annotationId: id } });
  });
  return { id, deleted: true };
}
