import { AUDIO_CONTENT_TYPES, detectAudioFormat, FORMAT_HEAD_BYTES } from "../../audio/detect-format";
import { config } from "../../config";
import { isUniqueViolation } from "../../db/errors";
import { AppError, validationError, type ErrorCode } from "../../errors";
import { newId } from "../../ids";
import { DownloadError } from "../../net/download-error";
import { downloadToStorage } from "../../net/safe-download";
import { getStorage, readObjectBytes } from "../../storage";
import { wakeJobEngine } from "../../../inngest/engine";
import { assertWithinBudget } from "../billing/assert-within-budget";
import { assertCan, type ServiceContext } from "../context";
import { findProjectRow } from "../projects/get-project";
import { recordObjectPrefix } from "../records/delete-record";
import { findRecordIdByExternalId } from "../records/find-by-external-id";
import { findRecordRow } from "../records/get-record";
import { queueRecording } from "../records/queue-recording";
import { recordMetadataInput, toRecordDto, type RecordDto, type RecordMetadataInput } from "../records/record-schemas";
import { bitrix24CallWasAnswered, type Bitrix24CallEnd } from "./bitrix24-event";
import { findBitrix24RecordingUrl, findBitrix24UserName } from "./bitrix24-client";
import { loadIngestCredentials, type IngestCredentials } from "./ingest-settings-row";
import type { IngestDelivery } from "./parse-delivery";

export type IngestOutcome = { record: RecordDto; created: boolean } | { ignored: true; reason: string };

const STATUS_CODES: Record<number, ErrorCode> = {
  400: "BAD_REQUEST",
  413: "PAYLOAD_TOO_LARGE",
  415: "UNSUPPORTED_MEDIA_TYPE",
  422: "UNPROCESSABLE",
  504: "GATEWAY_TIMEOUT",
};

/** A URL that could not be fetched is the sender's problem: a 4xx (or 504) that says why. */
function downloadFailed(error: DownloadError): AppError {
  return new AppError(STATUS_CODES[error.status] ?? "UNPROCESSABLE", error.message, {
    field: "recordingUrl",
    reason: error.code,
    ...error.details,
  });
}

function fileNameFrom(url: string): string {
  try {
    const last = new URL(url).pathname.split("/").filter(Boolean).at(-1);
    return last ? decodeURIComponent(last).slice(0, 255) : "recording";
  } catch {
    return "recording";
  }
}

/** What a Bitrix24 call becomes: its id, the customer, the direction, the agent once we know their name. */
function bitrix24Metadata(call: Bitrix24CallEnd): RecordMetadataInput {
  const phone = recordMetadataInput.shape.customerPhone.safeParse(call.phoneNumber ?? undefined);
  return {
    externalId: `bitrix24:${call.callId}`.slice(0, 200),
    direction: call.direction ?? undefined,
    customerPhone: phone.success ? phone.data : undefined,
    custom: {
      bitrix24: {
        callId: call.callId,
        portal: call.domain,
        portalUserId: call.portalUserId,
        portalNumber: call.portalNumber,
        durationSeconds: call.durationSeconds,
        startedAt: call.startedAt,
        crmActivityId: call.crmActivityId,
      },
    },
  };
}

function bitrix24Connection(credentials: IngestCredentials | null) {
  if (!credentials?.bitrix24) {
    throw new AppError(
      "UNPROCESSABLE",
      "Bitrix24 is not connected: add the portal's inbound webhook URL and application token in Settings → Integrations, so Callscope can find the call's recording.",
    );
  }
  return credentials.bitrix24;
}

/**
 * `POST /records/ingest`: a telephony or CRM system tells us a call ended and
 * where its recording is. The recording is downloaded now, while the sender
 * waits, so a URL that cannot be fetched is refused with its reason and
 * nothing is kept. The same externalId again answers with the record the
 * first delivery made; nothing is downloaded twice.
 */
export async function ingestRecord(
  ctx: ServiceContext,
  delivery: IngestDelivery,
  options: { projectId?: string } = {},
): Promise<IngestOutcome> {
  assertCan(ctx, "records:write");
  if (delivery.format === "bitrix24" && !bitrix24CallWasAnswered(delivery.call)) {
    const { failedCode, failedReason } = delivery.call;
    return { ignored: true, reason: `The call was not answered (Bitrix24 code ${failedCode}${failedReason ? `: ${failedReason}` : ""}); there is nothing to transcribe.` };
  }
  const credentials = await loadIngestCredentials(ctx.db, ctx.orgId);
  const fromPayload = delivery.format === "generic" ? delivery.payload.projectId : undefined;
  const projectId = fromPayload ?? options.projectId ?? credentials?.defaultProjectId;
  if (!projectId) {
    throw validationError({ projectId: ["is required: send projectId, or set a default project for ingest in Settings → Integrations"] });
  }
  const project = await findProjectRow(ctx, projectId);

  let metadata: RecordMetadataInput;
  if (delivery.format === "generic") {
    const { projectId: _project, recordingUrl: _url, ...rest } = delivery.payload;
    metadata = rest;
  } else {
    metadata = bitrix24Metadata(delivery.call);
  }
  const existing = async () => {
    const found = metadata.externalId ? await findRecordIdByExternalId(ctx.db, ctx.orgId, metadata.externalId) : undefined;
    return found ? { record: toRecordDto(await findRecordRow(ctx, found), ctx.actor.role), created: false } : undefined;
  };
  const duplicate = await existing();
  if (duplicate) return duplicate;
  // Before anything is downloaded; a repeated delivery above still gets its record.
  await assertWithinBudget(ctx);

  let recordingUrl: string;
  if (delivery.format === "generic") {
    recordingUrl = delivery.payload.recordingUrl;
  } else {
    const bitrix24 = bitrix24Connection(credentials);
    const found = await findBitrix24RecordingUrl(bitrix24.webhookUrl, delivery.call.callId);
    if (!found) {
      throw new AppError(
        "UNPROCESSABLE",
        `Bitrix24 has no recording for call ${delivery.call.callId}. Turn on call recording in Bitrix24's telephony settings, or deliver the event again once the recording is saved.`,
        { reason: "NO_RECORDING" },
      );
    }
    recordingUrl = found;
    if (delivery.call.portalUserId) {
      metadata.agentName = (await findBitrix24UserName(bitrix24.webhookUrl, delivery.call.portalUserId)) ?? undefined;
    }
  }

  const storage = getStorage();
  const id = newId("record");
  const key = `${recordObjectPrefix(id)}original`;
  try {
    const downloaded = await downloadToStorage(recordingUrl, storage, key, {
      maxBytes: config().MAX_UPLOAD_MB * 1_048_576,
      timeoutMs: config().INGEST_DOWNLOAD_TIMEOUT_SECONDS * 1000,
      allowPrivate: config().INGEST_ALLOW_PRIVATE_URLS,
    }).catch((error: unknown) => {
      throw error instanceof DownloadError ? downloadFailed(error) : error;
    });
    // The server's Content-Type is often application/octet-stream or wrong; the bytes decide, as for uploads.
    const format = detectAudioFormat(await readObjectBytes(storage, key, { start: 0, end: FORMAT_HEAD_BYTES - 1 }));
    if (!format) {
      throw new AppError(
        "UNSUPPORTED_MEDIA_TYPE",
        `The file at ${new URL(downloaded.finalUrl).host} is not audio we can read (it came as ${downloaded.contentType}): send WAV, MP3, OGG, FLAC or M4A.`,
        { field: "recordingUrl" },
      );
    }
    await queueRecording(ctx, {
      id,
      project,
      source: "ingest",
      metadata,
      audio: { key, size: downloaded.size, contentType: AUDIO_CONTENT_TYPES[format], filename: fileNameFrom(downloaded.finalUrl) },
      audit: { action: "record.ingest", changes: { format: delivery.format, size: downloaded.size, host: new URL(downloaded.finalUrl).host } },
    });
  } catch (error) {
    await storage.deletePrefix(recordObjectPrefix(id)).catch(() => {});
    // Two deliveries of one call at the same moment: the unique index picks the winner, the other answers with it.
    if (metadata.externalId && isUniqueViolation(error)) {
      const winner = await existing();
      if (winner) return winner;
    }
    throw error;
  }
  await wakeJobEngine();
  return { record: toRecordDto(await findRecordRow(ctx, id), ctx.actor.role), created: true };
}
