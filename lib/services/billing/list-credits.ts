import { count, desc, eq } from "drizzle-orm";
import { creditGrants } from "../../../db/schema";
import { microsToAmount } from "../../billing/money";
import { config } from "../../config";
import { offsetOf, type PageRequest } from "../../db/pagination";
import type { ServiceContext } from "../context";
import { assertBillingAccess } from "./billing-access";
import type { CreditsDto } from "./billing-schemas";
import { creditBalance } from "./credit-balance";

/** `GET /billing/credits/:orgId`: the balance (granted − used) and the grants, newest first. */
export async function listCredits(ctx: ServiceContext, orgId: string, page: PageRequest): Promise<{ credits: CreditsDto; total: number }> {
  assertBillingAccess(ctx, orgId, "billing:read");
  const where = eq(creditGrants.orgId, ctx.orgId);
  const [balance, grants, [totalRow]] = await Promise.all([
    creditBalance(ctx.db, ctx.orgId),
    ctx.db
      .select()
      .from(creditGrants)
      .where(where)
      .orderBy(desc(creditGrants.createdAt), desc(creditGrants.id))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    ctx.db.select({ total: count() }).from(creditGrants).where(where),
  ]);
  return {
    credits: {
      orgId: ctx.orgId,
      currency: config().BILLING_CURRENCY,
      ...balance,
      grants: grants.map((g) => ({
        id: g.id,
        amount: microsToAmount(g.amountMicros),
        note: g.note,
        grantedBy: g.grantedBy,
        createdAt: g.createdAt.toISOString(),
      })),
    },
    total: totalRow?.total ?? 0,
  };
}
