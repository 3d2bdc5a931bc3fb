import { z } from "zod";
import { recordMetadataInput } from "../records/record-schemas";

/** `POST /records/ingest`, generic format: where the recording is, and what it is. */
export const genericIngestPayload = recordMetadataInput.extend({
  projectId: z.string().trim().min(1, "must not be empty").optional(),
  recordingUrl: z.string({ error: "is required" }).trim().min(1, "is required").max(8192, "must be at most 8192 characters"),
});
export type GenericIngestPayload = z.infer<typeof genericIngestPayload>;

const bitrix24WebhookUrl = z
  .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
  .max(2000)
  .refine((url) => /\/rest\/\d+\/[^/]+\/?$/.test(new URL(url).pathname), {
    message: "must be a Bitrix24 inbound webhook URL such as https://example.bitrix24.com/rest/1/abc123xyz/",
  });

export const updateIngestSettingsInput = z.strictObject({
  /** Where deliveries that name no project go; null clears it. */
  defaultProjectId: z.string().trim().min(1).nullable().optional(),
  /** Connect a Bitrix24 portal, or null to disconnect it. */
  bitrix24: z
    .strictObject({
      applicationToken: z.string().trim().min(8, "must be at least 8 characters").max(200),
      webhookUrl: bitrix24WebhookUrl,
    })
    .nullable()
    .optional(),
});
export type UpdateIngestSettingsInput = z.infer<typeof updateIngestSettingsInput>;

export const ingestSettingsDto = z.object({
  secret: z.object({
    configured: z.boolean(),
    prefix: z.string().nullable().describe("The start of the secret, to tell it apart"),
    createdAt: z.iso.datetime().nullable(),
  }),
  defaultProjectId: z.string().nullable(),
  bitrix24: z.object({
    connected: z.boolean(),
    portal: z.string().nullable().describe("The portal's host name"),
  }),
});
export type IngestSettingsDto = z.infer<typeof ingestSettingsDto>;

export const rotatedIngestSecretDto = z.object({
  secret: z.string().describe("The new ingest secret. Shown only in this response; the old one stops working now."),
  prefix: z.string(),
  createdAt: z.iso.datetime(),
});
export type RotatedIngestSecretDto = z.infer<typeof rotatedIngestSecretDto>;

/** What a delivery produced: a record, or a reason it was deliberately skipped (a missed call). */
export const ingestResultDto = z.object({
  ignored: z.literal(true),
  reason: z.string(),
});
