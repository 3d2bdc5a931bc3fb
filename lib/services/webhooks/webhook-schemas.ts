import { z } from "zod";
import { WEBHOOK_DELIVERY_STATUSES, type WebhookDeliveryRow, type WebhookEndpointRow } from "../../../db/schema";
import { paginationShape } from "../../api/list-query";
import { WEBHOOK_DELIVERY_ATTEMPTS, WEBHOOK_EVENT_TYPES, WEBHOOK_TEST_EVENT } from "./event-types";

const url = z
  .string()
  .trim()
  .max(2048, "must be at most 2048 characters")
  .pipe(z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }));

const events = z
  .array(z.enum(WEBHOOK_EVENT_TYPES, { error: `must be one of ${WEBHOOK_EVENT_TYPES.join(", ")}` }))
  .min(1, "must name at least one event")
  .max(WEBHOOK_EVENT_TYPES.length)
  .transform((list) => [...new Set(list)])
  .describe(`The events to receive: ${WEBHOOK_EVENT_TYPES.join(", ")}`);

const description = z.string().trim().max(500, "must be at most 500 characters");

export const createWebhookEndpointInput = z.strictObject({
  url: url.describe("Where to POST events; http(s), not a private or loopback address unless the operator allows it"),
  description: description.default(""),
  events,
  enabled: z.boolean().default(true),
});

export const updateWebhookEndpointInput = z.strictObject({
  url: url.optional(),
  description: description.optional(),
  events: events.optional(),
  enabled: z.boolean().optional(),
});

export const listWebhookDeliveriesQuery = z.strictObject({
  ...paginationShape,
  status: z.enum(WEBHOOK_DELIVERY_STATUSES).optional(),
  eventType: z.enum([...WEBHOOK_EVENT_TYPES, WEBHOOK_TEST_EVENT]).optional(),
});
export type ListWebhookDeliveriesQuery = z.infer<typeof listWebhookDeliveriesQuery>;

export const webhookEndpointDto = z.object({
  id: z.string(),
  url: z.string(),
  description: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
  enabled: z.boolean(),
  secretPrefix: z.string().describe("The start of the signing secret, to tell secrets apart"),
  secretCreatedAt: z.iso.datetime(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type WebhookEndpointDto = z.infer<typeof webhookEndpointDto>;

export const createdWebhookEndpointDto = webhookEndpointDto.extend({
  secret: z.string().describe("Signs every delivery (X-Signature). Shown only in this response; store it now."),
});
export type CreatedWebhookEndpointDto = z.infer<typeof createdWebhookEndpointDto>;

export const rotatedWebhookSecretDto = z.object({
  secret: z.string().describe("The new signing secret, used from the next attempt on. Shown only in this response."),
  prefix: z.string(),
  createdAt: z.iso.datetime(),
});
export type RotatedWebhookSecretDto = z.infer<typeof rotatedWebhookSecretDto>;

export const webhookDeliveryDto = z.object({
  id: z.string(),
  endpointId: z.string(),
  eventType: z.string(),
  eventId: z.string().describe("The envelope's id; a resend keeps it, so receivers can ignore repeats"),
  status: z.enum(WEBHOOK_DELIVERY_STATUSES),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  lastResponseCode: z.number().int().nullable().describe("The receiver's HTTP status on the last attempt; null when it did not answer"),
  lastError: z.string().nullable(),
  lastResponseBody: z.string().nullable().describe("The first kilobyte of the receiver's last answer"),
  durationMs: z.number().int().nullable().describe("How long the last attempt took"),
  lastAttemptAt: z.iso.datetime().nullable(),
  nextAttemptAt: z.iso.datetime().nullable().describe("When the next retry is due, while the delivery is pending after a failure"),
  deliveredAt: z.iso.datetime().nullable(),
  resendOf: z.string().nullable().describe("The delivery this one sent again"),
  payload: z.record(z.string(), z.unknown()).describe("The JSON body sent"),
  createdAt: z.iso.datetime(),
});
export type WebhookDeliveryDto = z.infer<typeof webhookDeliveryDto>;

export function toWebhookEndpointDto(row: WebhookEndpointRow): WebhookEndpointDto {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.events.filter((e): e is (typeof WEBHOOK_EVENT_TYPES)[number] => (WEBHOOK_EVENT_TYPES as readonly string[]).includes(e)),
    enabled: row.enabled,
    secretPrefix: row.secretPrefix,
    secretCreatedAt: row.secretCreatedAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toWebhookDeliveryDto(row: WebhookDeliveryRow): WebhookDeliveryDto {
  return {
    id: row.id,
    endpointId: row.endpointId,
    eventType: row.eventType,
    eventId: row.eventId,
    status: row.status,
    attempts: row.attempts,
    maxAttempts: WEBHOOK_DELIVERY_ATTEMPTS,
    lastResponseCode: row.lastResponseCode,
    lastError: row.lastError,
    lastResponseBody: row.lastResponseBody,
    durationMs: row.durationMs,
    lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
    nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    resendOf: row.resendOf,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    createdAt: row.createdAt.toISOString(),
  };
}
