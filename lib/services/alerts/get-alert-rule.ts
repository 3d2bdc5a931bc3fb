import { and, eq } from "drizzle-orm";
import { alertRules, type AlertRuleRow } from "../../../db/schema";
import { notFound } from "../../errors";
import { assertCan, type ServiceContext } from "../context";
import { toAlertRuleDto, type AlertRuleDto } from "./alert-rule-schemas";

/** The rule, scoped to the organization; another organization's id is simply not found. */
export async function findAlertRuleRow(ctx: ServiceContext, id: string): Promise<AlertRuleRow> {
  const [row] = await ctx.db
    .select()
    .from(alertRules)
    .where(and(eq(alertRules.id, id), eq(alertRules.orgId, ctx.orgId)))
    .limit(1);
  if (!row) throw notFound("Alert rule");
  return row;
}

export async function getAlertRule(ctx: ServiceContext, id: string): Promise<AlertRuleDto> {
  assertCan(ctx, "alerts:read");
  return toAlertRuleDto(await findAlertRuleRow(ctx, id));
}
