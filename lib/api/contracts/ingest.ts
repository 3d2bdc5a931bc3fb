import { z } from "zod";
import {
  genericIngestPayload,
  ingestResultDto,
  ingestSettingsDto,
  rotatedIngestSecretDto,
  updateIngestSettingsInput,
} from "../../services/ingest/ingest-schemas";
import { recordDto } from "../../services/records/record-schemas";
import { defineOperations } from "../openapi/operation";

export const ingestOperations = defineOperations([
  {
    method: "post",
    path: "/records/ingest",
    tag: "Records",
    summary: "Deliver a call from a telephony or CRM system (webhook)",
    description:
      "Generic JSON: `recordingUrl` plus the record metadata (title, agentName, customerPhone, direction, externalId, language, agentChannel, custom) and `projectId` (or `?projectId=`, or the organization's default ingest project). " +
      "Bitrix24: point the portal's outbound webhook for ONVOXIMPLANTCALLEND at this URL with `?orgId=…&projectId=…`; the form it posts is accepted as is, its `auth[application_token]` is checked, and the recording is found through the portal's inbound webhook (Settings → Integrations); unanswered calls answer 200 with `ignored`. " +
      "Authenticate with an API key, or name the organization (`?orgId=` or X-Selected-Org-ID) and sign the raw body: `X-Signature: sha256=<hex HMAC-SHA256 of the body with the ingest secret>`, or with replay protection `X-Signature-Timestamp: <unix seconds>` and `X-Signature-V2: sha256=<HMAC of \"<timestamp>.<body>\">` (5 minutes' tolerance). " +
      "The recording is downloaded before the answer (http/https only, MAX_UPLOAD_MB, INGEST_DOWNLOAD_TIMEOUT_SECONDS, no private addresses unless INGEST_ALLOW_PRIVATE_URLS); a URL that fails is a 4xx with the reason and nothing is stored. " +
      "201 with the pending record; 200 with the existing record when the externalId (Bitrix24: `bitrix24:<CALL_ID>`) was delivered before.",
    body: genericIngestPayload,
    response: z.union([recordDto, ingestResultDto]),
    successStatus: 201,
    errors: [402, 404, 413, 415, 422, 504],
  },
  {
    method: "get",
    path: "/ingest/settings",
    tag: "Ingest",
    summary: "Ingest settings: secret (never shown again), default project, Bitrix24 connection",
    response: ingestSettingsDto,
    errors: [403],
  },
  {
    method: "patch",
    path: "/ingest/settings",
    tag: "Ingest",
    summary: "Set the default ingest project; connect or disconnect Bitrix24",
    description:
      "`bitrix24`: the application token of the portal's outbound webhook and the URL of an inbound webhook with the telephony and user scopes (…/rest/<user>/<code>/); `null` disconnects. Both are stored sealed and never returned.",
    body: updateIngestSettingsInput,
    response: ingestSettingsDto,
    errors: [403, 404],
  },
  {
    method: "post",
    path: "/ingest/secret",
    tag: "Ingest",
    summary: "Generate a new ingest secret (the old one stops working)",
    description: "The secret is in this response only.",
    response: rotatedIngestSecretDto,
    successStatus: 201,
    errors: [403],
  },
]);
