import { notifyBudgetThreshold } from "../../lib/services/billing/notify-budget-threshold";
import { defineJob } from "../define-job";
import { jobDeps } from "../deps";
import { wakeJobEngine } from "../engine";
import { EVENTS } from "../events";

/** 80 % or 100 % of the monthly budget spent: tell the webhooks and the people who see billing. */
export const notifyBudget = defineJob({
  id: "notify-budget",
  event: EVENTS.budgetThreshold.name,
  schema: EVENTS.budgetThreshold.schema,
  retries: 3,
  concurrencyPerOrg: 2,
  async handler({ event, step }) {
    return step.run("notify", async () => {
      const result = await notifyBudgetThreshold(await jobDeps.getDb(), event.data);
      await wakeJobEngine();
      return result;
    });
  },
});
