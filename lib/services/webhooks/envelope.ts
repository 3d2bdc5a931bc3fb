import { createHash } from "node:crypto";
import { ID_PREFIXES, newId } from "../../ids";

/**
 * The body every delivery carries, in the seed document's shape: what
 * happened (`type`), a unique `id` receivers de-duplicate on, when it
 * happened, and the event's own fields under `data`.
 */
export interface WebhookEnvelope {
  id: string;
  type: string;
  created: string;
  organizationId: string;
  data: Record<string, unknown>;
}

/**
 * The event id for one occurrence: random, or derived from `dedupeKey` so a
 * publisher that runs twice (a retried job step) produces the same id, and
 * the second publication is dropped.
 */
export function webhookEventId(orgId: string, type: string, dedupeKey?: string): string {
  if (!dedupeKey) return newId("webhookEvent");
  const digest = createHash("sha256").update(`${orgId}\n${type}\n${dedupeKey}`).digest("hex").slice(0, 24);
  return `${ID_PREFIXES.webhookEvent}_${digest}`;
}

/** Serialised once and stored: every attempt and resend sends exactly these bytes. */
export function envelopeBody(envelope: WebhookEnvelope): string {
  return JSON.stringify({ id: envelope.id, type: envelope.type, created: envelope.created, organizationId: envelope.organizationId, data: envelope.data });
}
