import { eq, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { billingBudgets, billingPeriods, organizations } from "../../../db/schema";
import { periodOf } from "../../billing/period";

export interface BudgetState {
  period: string;
  /** Null: no budget. */
  budgetMicros: number | null;
  spentMicros: number;
}

/**
 * The budget and the current period's spend in one statement of two primary
 * key lookups: cheap enough to run before every piece of new processing.
 */
export async function loadBudgetState(db: Db, orgId: string, now = new Date()): Promise<BudgetState> {
  const period = periodOf(now);
  const [row] = await db
    .select({
      budget: sql<number | null>`(select ${billingBudgets.amountMicros} from ${billingBudgets} where ${billingBudgets.orgId} = ${orgId})`.mapWith(Number),
      spent: sql<number | null>`(select ${billingPeriods.costMicros} from ${billingPeriods}
        where ${billingPeriods.orgId} = ${orgId} and ${billingPeriods.period} = ${period})`.mapWith(Number),
    })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  return { period, budgetMicros: row?.budget ?? null, spentMicros: row?.spent ?? 0 };
}
