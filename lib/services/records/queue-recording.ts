import { records, type Project } from "../../../db/schema";
import { sendJobEvents } from "../../../inngest/engine";
import { EVENTS } from "../../../inngest/events";
import { recordAudit } from "../audit/record-audit";
import { actorUserId, type ServiceContext } from "../context";
import type { RecordMetadataInput } from "./record-schemas";

export interface StoredRecording {
  key: string;
  size: number;
  contentType: string;
  filename: string;
}

/**
 * Writes the pending record for a recording already in storage and queues the
 * audio pipeline, in one transaction: a record never exists without its run.
 * Shared by uploads and ingest deliveries. A second delivery of the same
 * externalId loses on the unique index; the caller handles that.
 */
export async function queueRecording(
  ctx: ServiceContext,
  input: {
    id: string;
    project: Project;
    source: "upload" | "ingest";
    metadata: RecordMetadataInput;
    audio: StoredRecording;
    audit: { action: string; changes: Record<string, unknown> };
  },
): Promise<void> {
  const { id, project, metadata, audio } = input;
  await ctx.db.transaction(async (tx) => {
    await tx.insert(records).values({
      id,
      orgId: ctx.orgId,
      projectId: project.id,
      type: "call",
      source: input.source,
      status: "pending",
      title: metadata.title ?? null,
      agentName: metadata.agentName ?? null,
      customerPhone: metadata.customerPhone ?? null,
      direction: metadata.direction ?? null,
      externalId: metadata.externalId ?? null,
      language: metadata.language ?? project.settings.language,
      agentChannel: metadata.agentChannel ?? null,
      metadata: metadata.custom ?? {},
      audioKey: audio.key,
      audioContentType: audio.contentType,
      audioSizeBytes: audio.size,
      originalFilename: audio.filename.slice(0, 255),
      createdBy: actorUserId(ctx.actor),
    });
    await recordAudit(tx, ctx, { action: input.audit.action, targetType: "record", targetId: id, changes: input.audit.changes });
    await sendJobEvents([{ id: `uploaded:${id}`, name: EVENTS.recordUploaded.name, data: { orgId: ctx.orgId, recordId: id } }], {
      db: tx,
    });
  });
}
