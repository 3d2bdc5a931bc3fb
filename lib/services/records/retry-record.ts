import { and, eq } from "drizzle-orm";
import { records } from "../../../db/schema";
import { sendJobEvents, wakeJobEngine } from "../../../inngest/engine";
import { EVENTS } from "../../../inngest/events";
import { AppError } from "../../errors";
import { randomBase62 } from "../../ids";
import { recordHasTranscript } from "../analyses/reanalyze-record";
import { recordAudit } from "../audit/record-audit";
import { assertWithinBudget } from "../billing/assert-within-budget";
import { assertCan, type ServiceContext } from "../context";
import { findRecordRow } from "./get-record";
import { toRecordDto, type RecordDto } from "./record-schemas";

/** Runs a failed record through the pipeline again (after installing ffmpeg, say). */
export async function retryRecord(ctx: ServiceContext, id: string): Promise<RecordDto> {
  assertCan(ctx, "records:write");
  const record = await findRecordRow(ctx, id);
  if (record.status !== "failed") {
    throw new AppError("CONFLICT", `Only failed records can be retried; this one is ${record.status}`);
  }
  await assertWithinBudget(ctx);
  // A fresh event id: the earlier event already ran its course.
  const attempt = randomBase62(8);
  // A record whose transcript is stored failed in analysis: analyse again rather than transcribe again.
  const transcribeAgain = Boolean(record.audioKey) && !(await recordHasTranscript(ctx, id));
  const event = transcribeAgain
    ? { id: `uploaded:${id}:retry:${attempt}`, name: EVENTS.recordUploaded.name }
    : { id: `transcript-ready:${id}:retry:${attempt}`, name: EVENTS.transcriptReady.name };
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(records)
      .set({ status: "pending", error: null, updatedAt: new Date() })
      .where(and(eq(records.id, id), eq(records.orgId, ctx.orgId)));
    await recordAudit(tx, ctx, { action: "record.retry", targetType: "record", targetId: id });
    await sendJobEvents([{ ...event, data: { orgId: ctx.orgId, recordId: id } }], { db: tx });
  });
  await wakeJobEngine();
  return toRecordDto(await findRecordRow(ctx, id), ctx.actor.role);
}
