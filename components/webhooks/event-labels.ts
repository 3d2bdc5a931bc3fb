import { WEBHOOK_EVENT_TYPES, WEBHOOK_TEST_EVENT, type WebhookEventType } from "@/lib/services/webhooks/event-types";

/** What each event means, in the words of someone choosing which to receive. */
export const EVENT_DESCRIPTIONS: Record<WebhookEventType, string> = {
  "record.completed": "A record is transcribed and scored",
  "record.failed": "A record could not be processed",
  "analysis.completed": "An analysis is stored, including re-analyses",
  "review.submitted": "A QA reviewer submitted a review",
  "alert.triggered": "An alert rule fired",
  "budget.threshold": "The monthly spend reached 80 % or all of the budget",
};

export const SUBSCRIBABLE_EVENTS = WEBHOOK_EVENT_TYPES;
export const TEST_EVENT = WEBHOOK_TEST_EVENT;
