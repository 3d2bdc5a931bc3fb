import { and, eq } from "drizzle-orm";
import { alertRules } from "../../../db/schema";
import { recordAudit } from "../audit/record-audit";
import { assertCan, type ServiceContext } from "../context";
import { findAlertRuleRow } from "./get-alert-rule";

/**
 * Deletes a rule and its match bookkeeping. Its incidents stay, as history:
 * they keep the rule's name and lose the link (ruleId becomes null).
 */
export async function deleteAlertRule(ctx: ServiceContext, id: string): Promise<{ id: string; deleted: true }> {
  assertCan(ctx, "alerts:manage");
  await ctx.db.transaction(async (tx) => {
    const current = await findAlertRuleRow({ ...ctx, db: tx }, id);
    await tx.delete(alertRules).where(and(eq(alertRules.id, id), eq(alertRules.orgId, ctx.orgId)));
    await recordAudit(tx, ctx, { action: "alert_rule.delete", targetType: "alert_rule", targetId: id, changes: { name: current.name } });
  });
  return { id, deleted: true };
}
