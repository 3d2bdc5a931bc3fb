import { formatMoney, microsToAmount } from "../../billing/money";
import { periodBounds } from "../../billing/period";
import { config } from "../../config";
import { AppError } from "../../errors";
import type { ServiceContext } from "../context";
import { loadBudgetState } from "./budget-state";

/**
 * Refuses new processing (a record with a transcript, an upload, an ingest
 * delivery, a retry, a re-analysis) once the organization has spent its
 * monthly budget: 402 BUDGET_EXCEEDED with what was spent, the budget and
 * what to do. Work already accepted is never checked again, so it finishes.
 * One statement of two primary-key lookups (see budget-state.ts).
 */
export async function assertWithinBudget(ctx: Pick<ServiceContext, "db" | "orgId">): Promise<void> {
  const { period, budgetMicros, spentMicros } = await loadBudgetState(ctx.db, ctx.orgId);
  if (budgetMicros === null || spentMicros < budgetMicros) return;
  const currency = config().BILLING_CURRENCY;
  const resetsOn = periodBounds(period).end.toISOString().slice(0, 10);
  throw new AppError(
    "BUDGET_EXCEEDED",
    `The monthly budget of ${formatMoney(budgetMicros, currency)} for ${period} is spent (${formatMoney(spentMicros, currency)} used), ` +
      `so no new processing is accepted. Records already accepted still finish. An owner can raise or remove the budget ` +
      `in Settings → Billing or with PATCH /api/v1/billing/budget/${ctx.orgId}; otherwise it resets on ${resetsOn}.`,
    { period, spent: microsToAmount(spentMicros), budgetLimit: microsToAmount(budgetMicros), currency, resetsOn },
  );
}
