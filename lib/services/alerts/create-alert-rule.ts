import { alertRules } from "../../../db/schema";
import { newId } from "../../ids";
import { recordAudit } from "../audit/record-audit";
import { actorUserId, assertCan, type ServiceContext } from "../context";
import { parseInput } from "../parse-input";
import { findProjectRow } from "../projects/get-project";
import { createAlertRuleInput, toAlertRuleDto, type AlertRuleDto } from "./alert-rule-schemas";

export async function createAlertRule(ctx: ServiceContext, raw: unknown): Promise<AlertRuleDto> {
  assertCan(ctx, "alerts:manage");
  const input = parseInput(createAlertRuleInput, raw);
  // Another organization's project is not found, as if it did not exist.
  if (input.projectId) await findProjectRow(ctx, input.projectId);
  const row = await ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(alertRules)
      .values({
        id: newId("alertRule"),
        orgId: ctx.orgId,
        projectId: input.projectId ?? null,
        name: input.name,
        condition: input.condition,
        window: input.window ?? null,
        actions: input.actions,
        emailRecipients: input.emailRecipients ?? null,
        enabled: input.enabled,
        createdBy: actorUserId(ctx.actor),
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: "alert_rule.create",
      targetType: "alert_rule",
      targetId: created!.id,
      changes: { name: input.name, projectId: input.projectId ?? null, condition: input.condition, window: input.window ?? null, actions: input.actions },
    });
    return created!;
  });
  return toAlertRuleDto(row);
}
