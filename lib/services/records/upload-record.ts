import { wakeJobEngine } from "../../../inngest/engine";
import { config } from "../../config";
import { validationError } from "../../errors";
import { newId } from "../../ids";
import { getStorage } from "../../storage";
import { assertWithinBudget } from "../billing/assert-within-budget";
import { assertCan, type ServiceContext } from "../context";
import { zodIssuesToFields } from "../parse-input";
import { findProjectRow } from "../projects/get-project";
import { recordObjectPrefix } from "./delete-record";
import { findRecordIdByExternalId } from "./find-by-external-id";
import { findRecordRow } from "./get-record";
import { queueRecording } from "./queue-recording";
import { receiveUpload } from "./receive-upload";
import { recordMetadataInput, toRecordDto, type RecordDto } from "./record-schemas";

function parseMetadata(raw: string | undefined) {
  if (raw === undefined || raw.trim() === "") return {};
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw validationError({ metadata: ["must be a JSON object"] });
  }
  const result = recordMetadataInput.safeParse(json);
  if (!result.success) {
    const fields = zodIssuesToFields(result.error.issues);
    throw validationError(Object.fromEntries(Object.entries(fields).map(([k, v]) => [`metadata.${k}`, v])));
  }
  return result.data;
}

/**
 * `POST /records/upload`: streams the recording into storage, creates the
 * pending record and queues the audio pipeline. Nothing is kept of a refused
 * upload. Send `projectId` (and `metadata`) before `file` to be refused before
 * the file is read; either order works.
 */
export async function uploadRecord(
  ctx: ServiceContext,
  request: { body: ReadableStream<Uint8Array> | null; contentType: string },
): Promise<RecordDto> {
  assertCan(ctx, "records:write");
  // Before a byte of the file is read: a refused upload should not have to be sent whole.
  await assertWithinBudget(ctx);
  const id = newId("record");
  const key = `${recordObjectPrefix(id)}original`;
  const upload = await receiveUpload({
    ...request,
    storage: getStorage(),
    key,
    maxBytes: config().MAX_UPLOAD_MB * 1_048_576,
    onField: async (name, value) => {
      if (name === "projectId") await findProjectRow(ctx, value);
      if (name === "metadata") parseMetadata(value);
    },
  });

  try {
    const projectId = upload.fields.projectId?.trim();
    if (!projectId) throw validationError({ projectId: ["is required"] });
    if (!upload.audio) throw validationError({ file: ["is required"] });
    const project = await findProjectRow(ctx, projectId);
    const metadata = parseMetadata(upload.fields.metadata);
    const audio = upload.audio;
    if (metadata.externalId) {
      // The same call delivered twice: keep the first record, drop this copy.
      const existing = await findRecordIdByExternalId(ctx.db, ctx.orgId, metadata.externalId);
      if (existing) {
        await getStorage().deletePrefix(recordObjectPrefix(id));
        return toRecordDto(await findRecordRow(ctx, existing), ctx.actor.role);
      }
    }

    await queueRecording(ctx, {
      id,
      project,
      source: "upload",
      metadata,
      audio,
      audit: { action: "record.upload", changes: { size: audio.size, format: audio.format } },
    });
  } catch (error) {
    await getStorage().deletePrefix(recordObjectPrefix(id)).catch(() => {});
    throw error;
  }
  await wakeJobEngine();
  return toRecordDto(await findRecordRow(ctx, id), ctx.actor.role);
}
