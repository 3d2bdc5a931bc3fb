import { and, eq } from "drizzle-orm";
import { alertRules } from "../../../db/schema";
import { diffFields, recordAudit } from "../audit/record-audit";
import { assertCan, type ServiceContext } from "../context";
import { parseInput } from "../parse-input";
import { findProjectRow } from "../projects/get-project";
import { toAlertRuleDto, updateAlertRuleInput, type AlertRuleDto } from "./alert-rule-schemas";
import { findAlertRuleRow } from "./get-alert-rule";

/** Fields whose change makes earlier matches count for something else. */
const COUNTED_FIELDS = ["condition", "window", "projectId"] as const;

export async function updateAlertRule(ctx: ServiceContext, id: string, raw: unknown): Promise<AlertRuleDto> {
  assertCan(ctx, "alerts:manage");
  const input = parseInput(updateAlertRuleInput, raw);
  const row = await ctx.db.transaction(async (tx) => {
    const current = await findAlertRuleRow({ ...ctx, db: tx }, id);
    if (input.projectId) await findProjectRow({ ...ctx, db: tx }, input.projectId);
    const next = {
      name: input.name ?? current.name,
      projectId: input.projectId === undefined ? current.projectId : input.projectId,
      condition: input.condition ?? current.condition,
      window: input.window === undefined ? current.window : input.window,
      actions: input.actions ?? current.actions,
      emailRecipients: input.emailRecipients === undefined ? current.emailRecipients : input.emailRecipients,
      enabled: input.enabled ?? current.enabled,
    };
    const changes = diffFields(current, next);
    const recount = COUNTED_FIELDS.some((field) => field in changes);
    const [updated] = await tx
      .update(alertRules)
      .set({ ...next, ...(recount ? { countFrom: new Date() } : {}), updatedAt: new Date() })
      .where(and(eq(alertRules.id, id), eq(alertRules.orgId, ctx.orgId)))
      .returning();
    await recordAudit(tx, ctx, { action: "alert_rule.update", targetType: "alert_rule", targetId: id, changes });
    return updated!;
  });
  return toAlertRuleDto(row);
}
