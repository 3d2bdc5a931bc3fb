import { attemptWebhookDelivery } from "../../lib/services/webhooks/attempt-delivery";
import { WEBHOOK_DELIVERY_ATTEMPTS } from "../../lib/services/webhooks/event-types";
import { markDeliveryFailed } from "../../lib/services/webhooks/mark-delivery-failed";
import { defineJob } from "../define-job";
import { jobDeps } from "../deps";
import { EVENTS } from "../events";

/**
 * Sends one webhook delivery. A failed attempt is logged on the delivery and
 * retried by the engine at the time the attempt chose (RetryAfterError:
 * WEBHOOK_RETRY_BASE_SECONDS doubling), so a receiver that is down or slow
 * holds one worker for at most WEBHOOK_TIMEOUT_SECONDS per attempt and never
 * blocks anything else while it waits for its next turn.
 */
export const deliverWebhook = defineJob({
  id: "deliver-webhook",
  event: EVENTS.webhookDeliveryQueued.name,
  schema: EVENTS.webhookDeliveryQueued.schema,
  retries: WEBHOOK_DELIVERY_ATTEMPTS - 1,
  concurrencyPerOrg: 4,
  async handler({ event, step }) {
    return step.run("deliver", async () => attemptWebhookDelivery(await jobDeps.getDb(), event.data));
  },
  async onFailure({ event, error, step }) {
    await step.run("mark-failed", async () => markDeliveryFailed(await jobDeps.getDb(), event.data, error.message));
  },
});
