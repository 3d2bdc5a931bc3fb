import { publishAlertTriggered, queueAlertEmails } from "../../lib/services/alerts/deliver-alert-actions";
import { defineJob } from "../define-job";
import { jobDeps } from "../deps";
import { wakeJobEngine } from "../engine";
import { EVENTS } from "../events";

/**
 * An incident's actions: alert.triggered to the webhooks, and emails. Each is
 * its own step, so a failing SMTP server never sends the webhook twice.
 * Delivery itself (signing, retries, SMTP) is the webhook and email jobs'.
 */
export const deliverAlert = defineJob({
  id: "deliver-alert",
  event: EVENTS.alertTriggered.name,
  schema: EVENTS.alertTriggered.schema,
  retries: 3,
  concurrencyPerOrg: 4,
  async handler({ event, step }) {
    const ref = { orgId: event.data.orgId, incidentId: event.data.incidentId };
    const webhook = await step.run("publish-webhook", async () => {
      const result = await publishAlertTriggered(await jobDeps.getDb(), ref);
      await wakeJobEngine();
      return result;
    });
    const email = await step.run("queue-emails", async () => {
      const result = await queueAlertEmails(await jobDeps.getDb(), ref);
      await wakeJobEngine();
      return result;
    });
    return { webhook, email };
  },
});
