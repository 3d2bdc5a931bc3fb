import { creditGrants } from "../../../db/schema";
import { microsToAmount } from "../../billing/money";
import { config } from "../../config";
import { newId } from "../../ids";
import { recordAudit } from "../audit/record-audit";
import { actorUserId, assertCan, type ServiceContext } from "../context";
import { parseInput } from "../parse-input";
import { grantCreditsInput } from "./billing-schemas";

/**
 * Adds credits to an organization (a top-up or a goodwill credit). The
 * operator does this from the command line (`npm run admin -- grant-credits`):
 * there is deliberately no API for an organization to credit itself.
 */
export async function grantCredits(ctx: ServiceContext, raw: unknown): Promise<{ id: string; amount: number; currency: string }> {
  assertCan(ctx, "billing:manage");
  const input = parseInput(grantCreditsInput, raw);
  const id = newId("creditGrant");
  const currency = config().BILLING_CURRENCY;
  await ctx.db.transaction(async (tx) => {
    await tx.insert(creditGrants).values({
      id,
      orgId: ctx.orgId,
      amountMicros: input.amount,
      currency,
      note: input.note || null,
      grantedBy: actorUserId(ctx.actor),
    });
    await recordAudit(tx, ctx, {
      action: "credits.grant",
      targetType: "credit_grant",
      targetId: id,
      changes: { amount: microsToAmount(input.amount), currency, note: input.note ?? null },
    });
  });
  return { id, amount: microsToAmount(input.amount), currency };
}
