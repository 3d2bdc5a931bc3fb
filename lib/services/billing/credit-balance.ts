import { eq, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { billingPeriods, creditGrants, organizations } from "../../../db/schema";
import { microsToAmount } from "../../billing/money";

/**
 * Credits granted, usage ever metered (the sum of the period totals, one row
 * a month, rather than every event), and what is left.
 */
export async function creditBalance(db: Db, orgId: string): Promise<{ granted: number; used: number; available: number }> {
  const [row] = await db
    .select({
      granted: sql<number>`coalesce((select sum(${creditGrants.amountMicros}) from ${creditGrants} where ${creditGrants.orgId} = ${orgId}), 0)`.mapWith(Number),
      used: sql<number>`coalesce((select sum(${billingPeriods.costMicros}) from ${billingPeriods} where ${billingPeriods.orgId} = ${orgId}), 0)`.mapWith(Number),
    })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  const granted = row?.granted ?? 0;
  const used = row?.used ?? 0;
  return { granted: microsToAmount(granted), used: microsToAmount(used), available: microsToAmount(granted - used) };
}
