import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { records, scorecards, transcripts } from "../../../db/schema";
import { sendJobEvents, wakeJobEngine } from "../../../inngest/engine";
import { EVENTS } from "../../../inngest/events";
import { AppError, notFound } from "../../errors";
import { recordAudit } from "../audit/record-audit";
import { assertWithinBudget } from "../billing/assert-within-budget";
import { actorUserId, assertCan, type ServiceContext } from "../context";
import { parseInput } from "../parse-input";
import { findCurrentScorecardRow } from "../scorecards/current-scorecard";
import { createPendingAnalysis } from "./create-analysis";
import { toAnalysisDto, type AnalysisDto } from "./analysis-dto";
import { findAnalysisRow } from "./get-analysis";

export const reanalyzeInput = z.strictObject({
  /** A version of the project's scorecard; the current one when left out. */
  scorecardVersion: z.number().int().min(1).optional(),
});

/**
 * Scores the record of an analysis again, asynchronously, as a new analysis:
 * the old one stays as it was. Answers with the new analysis, pending.
 */
export async function reanalyzeRecord(ctx: ServiceContext, analysisId: string, raw: unknown): Promise<AnalysisDto> {
  assertCan(ctx, "records:write");
  const input = parseInput(reanalyzeInput, raw ?? {});
  const previous = await findAnalysisRow(ctx, analysisId);
  const [scorecard] =
    input.scorecardVersion === undefined
      ? [await findCurrentScorecardRow(ctx.db, ctx.orgId, previous.projectId)]
      : await ctx.db
          .select()
          .from(scorecards)
          .where(and(eq(scorecards.projectId, previous.projectId), eq(scorecards.orgId, ctx.orgId), eq(scorecards.version, input.scorecardVersion)))
          .limit(1);
  if (!scorecard) throw notFound(`Scorecard version ${input.scorecardVersion}`);
  const [transcript] = await ctx.db.select({ id: transcripts.recordId }).from(transcripts).where(eq(transcripts.recordId, previous.recordId)).limit(1);
  if (!transcript) throw new AppError("CONFLICT", "The record has no transcript to analyse; retry the record instead");
  await assertWithinBudget(ctx);

  const id = await ctx.db.transaction(async (tx) => {
    const created = await createPendingAnalysis(tx, { orgId: ctx.orgId, recordId: previous.recordId, scorecard, requestedBy: actorUserId(ctx.actor) });
    if (!created) throw notFound("Record");
    await recordAudit(tx, ctx, {
      action: "analysis.reanalyze",
      targetType: "record",
      targetId: previous.recordId,
      changes: { from: previous.id, to: created, scorecardVersion: scorecard.version },
    });
    await sendJobEvents([{ id: `analysis-requested:${created}`, name: EVENTS.analysisRequested.name, data: { orgId: ctx.orgId, analysisId: created } }], { db: tx });
    return created;
  });
  await wakeJobEngine();
  return toAnalysisDto(await findAnalysisRow(ctx, id));
}

/** Used by record retries: a record that already has its transcript only needs analysing again. */
export async function recordHasTranscript(ctx: ServiceContext, recordId: string): Promise<boolean> {
  const [row] = await ctx.db
    .select({ id: transcripts.recordId })
    .from(transcripts)
    .innerJoin(records, eq(records.id, transcripts.recordId))
    .where(and(eq(transcripts.recordId, recordId), eq(records.orgId, ctx.orgId)))
    .limit(1);
  return Boolean(row);
}
