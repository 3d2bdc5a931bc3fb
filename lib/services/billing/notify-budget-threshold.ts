import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { organizations } from "../../../db/schema";
import type { BudgetThresholdData } from "../../../inngest/events";
import { can, ROLES } from "../../auth/roles";
import { formatMoney, numberToMicros } from "../../billing/money";
import { config } from "../../config";
import { budgetEmail } from "../../email/budget-email";
import { queueEmail } from "../../email/queue-email";
import { memberEmailsWithRoles } from "../members/member-emails";
import { publishWebhookEvent } from "../webhooks/publish-event";

const BILLING_ROLES = ROLES.filter((role) => can(role, "billing:read"));

/**
 * The "alert" a spent budget raises: budget.threshold to the organization's
 * webhooks and an email to everyone who may see billing. Keyed on the period,
 * the threshold and the budget, like the event itself, so it goes once.
 */
export async function notifyBudgetThreshold(db: Db, data: BudgetThresholdData): Promise<{ deliveries: number; emails: number }> {
  const [org] = await db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, data.orgId));
  if (!org) return { deliveries: 0, emails: 0 };
  const recipients = await memberEmailsWithRoles(db, data.orgId, BILLING_ROLES);
  const money = (amount: number) => formatMoney(numberToMicros(amount) ?? 0, data.currency);
  const message = budgetEmail({
    orgName: org.name,
    period: data.period,
    percent: data.percent,
    spent: money(data.spent),
    budget: money(data.budget),
    billingUrl: `${config().appUrl}/settings/billing`,
  });
  return db.transaction(async (tx) => {
    const { deliveryIds } = await publishWebhookEvent(tx, {
      orgId: data.orgId,
      type: "budget.threshold",
      data: { period: data.period, percent: data.percent, spent: data.spent, budget: data.budget, currency: data.currency },
      dedupeKey: `${data.period}:${data.percent}:${data.budget}`,
    });
    let emails = 0;
    for (const email of recipients) {
      if ((await queueEmail(tx, { orgId: data.orgId, category: "budget", to: email, ...message })).status === "queued") emails++;
    }
    return { deliveries: deliveryIds.length, emails };
  });
}
