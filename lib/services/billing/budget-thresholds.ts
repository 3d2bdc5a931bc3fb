import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { budgetAlerts } from "../../../db/schema";
import { sendJobEvents } from "../../../inngest/engine";
import { EVENTS, type BudgetThresholdData } from "../../../inngest/events";
import { microsToAmount } from "../../billing/money";
import { config } from "../../config";

/** Alert when spend reaches these shares of the budget. */
export const BUDGET_THRESHOLDS = [80, 100] as const;
export type BudgetThreshold = (typeof BUDGET_THRESHOLDS)[number];

/** Integer comparison, no division: spent / budget ≥ percent / 100. Nothing spent is nothing to alert about. */
export function thresholdReached(spentMicros: number, budgetMicros: number, percent: number): boolean {
  return spentMicros > 0 && spentMicros * 100 >= budgetMicros * percent;
}

/**
 * Records each threshold the period's spend has reached for the first time
 * and sends `billing/budget-threshold` for it, in the caller's transaction.
 * The alert's primary key (org, period, percent) is what makes it fire once
 * even when two jobs meter at the same moment: the second insert does nothing.
 */
export async function fireBudgetThresholds(
  tx: Db,
  state: { orgId: string; period: string; spentMicros: number; budgetMicros: number | null },
): Promise<BudgetThreshold[]> {
  const { orgId, period, spentMicros, budgetMicros } = state;
  if (budgetMicros === null) return [];
  const reached = BUDGET_THRESHOLDS.filter((percent) => thresholdReached(spentMicros, budgetMicros, percent));
  if (reached.length === 0) return [];
  const inserted = await tx
    .insert(budgetAlerts)
    .values(reached.map((percent) => ({ orgId, period, percent, spentMicros, budgetMicros })))
    .onConflictDoNothing()
    .returning({ percent: budgetAlerts.percent });
  const fired = inserted.map((r) => r.percent as BudgetThreshold).sort((a, b) => a - b);
  if (fired.length === 0) return [];
  const currency = config().BILLING_CURRENCY;
  await sendJobEvents(
    fired.map((percent) => {
      const data: BudgetThresholdData = {
        orgId,
        period,
        percent,
        spent: microsToAmount(spentMicros),
        budget: microsToAmount(budgetMicros),
        currency,
      };
      // The budget is part of the id: a re-armed threshold (the budget changed) is a new event.
      return { id: `budget-threshold:${orgId}:${period}:${percent}:${budgetMicros}`, name: EVENTS.budgetThreshold.name, data };
    }),
    { db: tx },
  );
  return fired;
}

/**
 * After a budget change: thresholds the period's spend is no longer past
 * under the new budget may fire again when it gets there.
 */
export async function rearmBudgetThresholds(
  tx: Db,
  state: { orgId: string; period: string; spentMicros: number; budgetMicros: number | null },
): Promise<void> {
  const { orgId, period, spentMicros, budgetMicros } = state;
  const stale = BUDGET_THRESHOLDS.filter((percent) => budgetMicros === null || !thresholdReached(spentMicros, budgetMicros, percent));
  if (stale.length === 0) return;
  await tx
    .delete(budgetAlerts)
    .where(and(eq(budgetAlerts.orgId, orgId), eq(budgetAlerts.period, period), inArray(budgetAlerts.percent, [...stale])));
}
