/**
 * The events an endpoint can subscribe to. New kinds (campaigns, calls,
 * billing) are added here and published with publishWebhookEvent; docs/webhooks.md
 * lists each one's payload.
 */
export const WEBHOOK_EVENT_TYPES = [
  "record.completed",
  "record.failed",
  "analysis.completed",
  "review.submitted",
  "alert.triggered",
  "budget.threshold",
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Sent only when someone asks for a test delivery; nobody subscribes to it. */
export const WEBHOOK_TEST_EVENT = "webhook.test";

/** Attempts per delivery (the first and the retries); the job engine is told the same. */
export const WEBHOOK_DELIVERY_ATTEMPTS = 10;

/** The delay after failed attempt `n` (1-based): the base, doubled each time, at most six hours. */
export function webhookRetryDelayMs(attempt: number, baseSeconds: number): number {
  return Math.min(baseSeconds * 1000 * 2 ** (attempt - 1), 6 * 3_600_000);
}
