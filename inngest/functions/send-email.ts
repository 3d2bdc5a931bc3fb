import { deliverQueuedEmail } from "../../lib/email/deliver-queued-email";
import { markEmailFailed } from "../../lib/email/mark-email-failed";
import { defineJob } from "../define-job";
import { jobDeps } from "../deps";
import { EVENTS } from "../events";

/** Sends one queued email through SMTP_URL; an SMTP server that is down is retried with the engine's backoff. */
export const sendEmailJob = defineJob({
  id: "send-email",
  event: EVENTS.emailQueued.name,
  schema: EVENTS.emailQueued.schema,
  retries: 6,
  concurrencyPerOrg: 2,
  async handler({ event, step }) {
    return step.run("send", async () => deliverQueuedEmail(await jobDeps.getDb(), event.data));
  },
  async onFailure({ event, error, step }) {
    await step.run("mark-failed", async () => markEmailFailed(await jobDeps.getDb(), event.data, error.message));
  },
});
