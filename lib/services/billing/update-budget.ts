import { billingBudgets } from "../../../db/schema";
import { microsToAmount } from "../../billing/money";
import { recordAudit } from "../audit/record-audit";
import { actorUserId, type ServiceContext } from "../context";
import { parseInput } from "../parse-input";
import { assertBillingAccess } from "./billing-access";
import { updateBudgetInput } from "./billing-schemas";
import type { BillingSummaryDto } from "./billing-schemas";
import { loadBudgetState } from "./budget-state";
import { fireBudgetThresholds, rearmBudgetThresholds } from "./budget-thresholds";
import { getBillingSummary } from "./get-billing-summary";

/**
 * `PATCH /billing/budget/:orgId`: sets the monthly budget (null removes it).
 * Thresholds the spend is no longer past are re-armed; those the new budget
 * puts it past fire now, so lowering a budget below this month's spend
 * alerts at once. Answers with the summary under the new budget.
 */
export async function updateBudget(ctx: ServiceContext, orgId: string, raw: unknown): Promise<BillingSummaryDto> {
  assertBillingAccess(ctx, orgId, "billing:manage");
  const { budgetLimit } = parseInput(updateBudgetInput, raw);
  await ctx.db.transaction(async (tx) => {
    const before = await loadBudgetState(tx, ctx.orgId);
    const now = new Date();
    await tx
      .insert(billingBudgets)
      .values({ orgId: ctx.orgId, amountMicros: budgetLimit, updatedBy: actorUserId(ctx.actor), updatedAt: now })
      .onConflictDoUpdate({ target: billingBudgets.orgId, set: { amountMicros: budgetLimit, updatedBy: actorUserId(ctx.actor), updatedAt: now } });
    const state = { orgId: ctx.orgId, period: before.period, spentMicros: before.spentMicros, budgetMicros: budgetLimit };
    await rearmBudgetThresholds(tx, state);
    await fireBudgetThresholds(tx, state);
    await recordAudit(tx, ctx, {
      action: "budget.update",
      targetType: "organization",
      targetId: ctx.orgId,
      changes: {
        budgetLimit: {
          from: before.budgetMicros === null ? null : microsToAmount(before.budgetMicros),
          to: budgetLimit === null ? null : microsToAmount(budgetLimit),
        },
      },
    });
  });
  return getBillingSummary(ctx, orgId);
}
