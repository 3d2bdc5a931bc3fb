import { and, eq, gte, lt, sql } from "drizzle-orm";
import { usageEvents, USAGE_KINDS } from "../../../db/schema";
import { microsToAmount } from "../../billing/money";
import { periodBounds } from "../../billing/period";
import { currentPriceList } from "../../billing/price-list";
import type { ServiceContext } from "../context";
import { assertBillingAccess } from "./billing-access";
import type { BillingSummaryDto } from "./billing-schemas";
import { loadBudgetState } from "./budget-state";
import { creditBalance } from "./credit-balance";

/** `GET /billing/summary/:orgId`: the current period's usage and cost against the budget, and the credits. */
export async function getBillingSummary(ctx: ServiceContext, orgId: string, now = new Date()): Promise<BillingSummaryDto> {
  assertBillingAccess(ctx, orgId, "billing:read");
  const state = await loadBudgetState(ctx.db, ctx.orgId, now);
  const { start, end } = periodBounds(state.period);
  const inPeriod = and(eq(usageEvents.orgId, ctx.orgId), gte(usageEvents.createdAt, start), lt(usageEvents.createdAt, end));
  const [kinds, [records], credits] = await Promise.all([
    ctx.db
      .select({ kind: usageEvents.kind, quantity: sql<number>`sum(${usageEvents.quantity})`.mapWith(Number) })
      .from(usageEvents)
      .where(inPeriod)
      .groupBy(usageEvents.kind),
    ctx.db.select({ count: sql<number>`count(distinct ${usageEvents.recordId})`.mapWith(Number) }).from(usageEvents).where(inPeriod),
    creditBalance(ctx.db, ctx.orgId),
  ]);
  const quantity = (kind: (typeof USAGE_KINDS)[number]) => kinds.find((k) => k.kind === kind)?.quantity ?? 0;
  const prices = currentPriceList();
  const { budgetMicros, spentMicros } = state;

  return {
    orgId: ctx.orgId,
    period: state.period,
    periodStart: start.toISOString(),
    periodEnd: end.toISOString(),
    currency: prices.currency,
    totalRecords: records?.count ?? 0,
    totalMinutes: Math.round(quantity("audio_minutes") * 100) / 100,
    totalAnalyses: quantity("analysis"),
    totalLlmTokens: quantity("llm_tokens"),
    totalCost: microsToAmount(spentMicros),
    budgetLimit: budgetMicros === null ? null : microsToAmount(budgetMicros),
    budgetUsedPercent: budgetMicros === null ? null : budgetMicros === 0 ? 100 : Math.round((spentMicros / budgetMicros) * 1000) / 10,
    budgetRemaining: budgetMicros === null ? null : microsToAmount(Math.max(budgetMicros - spentMicros, 0)),
    budgetExceeded: budgetMicros !== null && spentMicros >= budgetMicros,
    credits,
    prices: USAGE_KINDS.map((kind) => ({ kind, unit: prices[kind].unit, unitPrice: microsToAmount(prices[kind].unitPriceMicros) })),
  };
}
