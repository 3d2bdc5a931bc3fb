import { records, transcripts, type TranscriptSegment } from "../../../db/schema";
import { sendJobEvents, wakeJobEngine } from "../../../inngest/engine";
import { EVENTS } from "../../../inngest/events";
import { isUniqueViolation } from "../../db/errors";
import { talkMetricsOfTranscript } from "../../audio/talk-metrics";
import { newId } from "../../ids";
import { redactTranscript } from "../../redaction/redact-transcript";
import { recordAudit } from "../audit/record-audit";
import { assertWithinBudget } from "../billing/assert-within-budget";
import { actorUserId, assertCan, type ServiceContext } from "../context";
import { parseInput } from "../parse-input";
import { findProjectRow } from "../projects/get-project";
import { conversationToSegments } from "./conversation-to-segments";
import { createRecordInput } from "./create-record-input";
import { findRecordIdByExternalId } from "./find-by-external-id";
import { findRecordRow } from "./get-record";
import { toRecordDto, type RecordDto } from "./record-schemas";

/**
 * Creates a record from JSON (a chat, an email, or a call with its
 * transcript), stores its transcript and queues the rest of the pipeline in
 * the same transaction. The same externalId again returns the existing record.
 */
export async function createRecord(ctx: ServiceContext, raw: unknown): Promise<{ record: RecordDto; created: boolean }> {
  assertCan(ctx, "records:write");
  const input = parseInput(createRecordInput, raw);
  const project = await findProjectRow(ctx, input.projectId);
  const existing = async (externalId: string) => {
    const found = await findRecordIdByExternalId(ctx.db, ctx.orgId, externalId);
    return found ? { record: toRecordDto(await findRecordRow(ctx, found), ctx.actor.role), created: false } : undefined;
  };
  if (input.externalId) {
    const duplicate = await existing(input.externalId);
    if (duplicate) return duplicate;
  }
  await assertWithinBudget(ctx);

  const received: TranscriptSegment[] =
    input.type === "call"
      ? input.transcript.segments.map((s) => ({ ...s, words: s.words ?? [] }))
      : conversationToSegments(input);
  // Masked before it is stored: the unmasked text never reaches the database.
  const { segments, redactions } = redactTranscript(received, project.settings.redaction);
  const id = newId("record");
  const durationMs = input.type === "call" ? (input.durationMs ?? Math.max(...segments.map((s) => s.endMs))) : null;

  try {
    await ctx.db.transaction(async (tx) => {
      await tx.insert(records).values({
        id,
        orgId: ctx.orgId,
        projectId: project.id,
        type: input.type,
        source: "api",
        status: "processing",
        title: input.title ?? null,
        agentName: input.agentName ?? null,
        customerPhone: input.customerPhone ?? null,
        direction: input.direction ?? null,
        externalId: input.externalId ?? null,
        language: input.language ?? project.settings.language,
        agentChannel: input.agentChannel ?? null,
        metadata: input.custom ?? {},
        durationMs,
        createdBy: actorUserId(ctx.actor),
      });
      await tx.insert(transcripts).values({
        recordId: id,
        segments,
        text: segments.map((s) => s.text).join("\n"),
        redactions,
        // A call's turns have times, so its talk metrics can be measured as for a recording.
        talkMetrics: durationMs === null ? null : (talkMetricsOfTranscript(segments, durationMs) as unknown as Record<string, unknown>),
        provider: "client",
      });
      await recordAudit(tx, ctx, { action: "record.create", targetType: "record", targetId: id, changes: { type: input.type } });
      const event = { orgId: ctx.orgId, recordId: id };
      await sendJobEvents([{ id: `transcript-ready:${id}`, name: EVENTS.transcriptReady.name, data: event }], { db: tx });
    });
  } catch (error) {
    // Two deliveries of one externalId at the same moment: the unique index picks the winner.
    if (input.externalId && isUniqueViolation(error)) {
      const winner = await existing(input.externalId);
      if (winner) return winner;
    }
    throw error;
  }
  await wakeJobEngine();
  return { record: toRecordDto(await findRecordRow(ctx, id), ctx.actor.role), created: true };
}

