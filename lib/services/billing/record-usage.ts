import { eq, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { billingBudgets, billingPeriods, usageEvents } from "../../../db/schema";
import { periodOf } from "../../billing/period";
import { priceWork, type MeteredWork } from "../../billing/price-list";
import { newId } from "../../ids";
import { fireBudgetThresholds } from "./budget-thresholds";

export interface UsageSource {
  orgId: string;
  projectId: string | null;
  recordId: string | null;
  analysisId: string | null;
  /** With the kind, what makes the event unique: the same work is metered once. */
  sourceId: string;
}

/**
 * Meters one piece of work at today's prices: the usage event, the period's
 * running total and, when that crosses 80 % or 100 % of the budget, the alert,
 * all in one transaction. Idempotent per (kind, sourceId): a retried job step
 * gets false and changes nothing. Called from job steps, never refused: work
 * already accepted always finishes and is always metered.
 */
export async function recordUsage(db: Db, source: UsageSource, work: MeteredWork, now = new Date()): Promise<boolean> {
  const priced = priceWork(work);
  const period = periodOf(now);
  return db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(usageEvents)
      .values({
        id: newId("usageEvent"),
        ...source,
        kind: priced.kind,
        quantity: priced.quantity,
        unitPriceMicros: priced.unitPriceMicros,
        costMicros: priced.costMicros,
        currency: priced.currency,
        createdAt: now,
      })
      .onConflictDoNothing({ target: [usageEvents.kind, usageEvents.sourceId] })
      .returning({ id: usageEvents.id });
    if (!inserted) return false;

    // The row lock of this upsert also orders concurrent metering of one organization.
    const [total] = await tx
      .insert(billingPeriods)
      .values({ orgId: source.orgId, period, costMicros: priced.costMicros, updatedAt: now })
      .onConflictDoUpdate({
        target: [billingPeriods.orgId, billingPeriods.period],
        set: { costMicros: sql`${billingPeriods.costMicros} + excluded.cost_micros`, updatedAt: now },
      })
      .returning({ costMicros: billingPeriods.costMicros });
    if (priced.costMicros > 0) {
      const [budget] = await tx.select({ amount: billingBudgets.amountMicros }).from(billingBudgets).where(eq(billingBudgets.orgId, source.orgId));
      await fireBudgetThresholds(tx, { orgId: source.orgId, period, spentMicros: total!.costMicros, budgetMicros: budget?.amount ?? null });
    }
    return true;
  });
}
