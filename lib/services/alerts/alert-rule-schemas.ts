import { z } from "zod";
import { ALERT_ACTIONS, type AlertRuleRow } from "../../../db/schema";
import { alertConditionSchema } from "../../alerts/condition";
import { describeCondition, describeWindow } from "../../alerts/describe";
import { alertWindowSchema } from "../../alerts/window";
import { emailSchema } from "../members/member-schemas";

const name = z.string({ error: "must be text" }).trim().min(1, "is required").max(100, "must be at most 100 characters");
const projectId = z
  .string({ error: "must be a project id or null" })
  .min(1, "must be a project id or null")
  .max(64)
  .nullable()
  .describe("The project whose records the rule watches; null or left out for every project");
const actions = z
  .array(z.enum(ALERT_ACTIONS, { error: `must be one of ${ALERT_ACTIONS.join(", ")}` }), { error: "must be a list of actions" })
  .max(ALERT_ACTIONS.length)
  .refine((list) => new Set(list).size === list.length, { message: "must not repeat an action" })
  .describe("What to do for each incident besides recording it: `webhook` (the organization's webhook endpoints) and/or `email`");
const emailRecipients = z
  .array(emailSchema, { error: "must be a list of email addresses" })
  .min(1, "must name at least one address, or be null for the organization's owners and admins")
  .max(20, "must be at most 20 addresses")
  .refine((list) => new Set(list).size === list.length, { message: "must not repeat an address" })
  .nullable()
  .describe("Who the email action writes to; null (the default) means the organization's owners and admins");
const enabled = z.boolean({ error: "must be true or false" });
const window = alertWindowSchema.nullable();

/** `POST /alerts`: the AICA body (name, projectId, condition, actions, enabled) plus window and recipients. */
export const createAlertRuleInput = z.strictObject({
  name,
  projectId: projectId.optional(),
  condition: alertConditionSchema,
  window: window.optional(),
  actions: actions.default([]),
  emailRecipients: emailRecipients.optional(),
  enabled: enabled.default(true),
});
export type CreateAlertRuleInput = z.input<typeof createAlertRuleInput>;

/** `PATCH /alerts/:id`: send what changes; a condition or window is replaced whole, `null` removes a window. */
export const updateAlertRuleInput = z
  .strictObject({
    name: name.optional(),
    projectId: projectId.optional(),
    condition: alertConditionSchema.optional(),
    window: window.optional(),
    actions: actions.optional(),
    emailRecipients: emailRecipients.optional(),
    enabled: enabled.optional(),
  })
  .refine((v) => Object.values(v).some((field) => field !== undefined), {
    message: "Provide at least one of name, projectId, condition, window, actions, emailRecipients, enabled",
  });
export type UpdateAlertRuleInput = z.input<typeof updateAlertRuleInput>;

export const ALERT_RULE_SORT_FIELDS = ["createdAt", "name"] as const;

export const alertRuleDto = z.object({
  id: z.string(),
  name: z.string(),
  projectId: z.string().nullable(),
  condition: alertConditionSchema,
  window: alertWindowSchema.nullable(),
  actions: z.array(z.enum(ALERT_ACTIONS)),
  emailRecipients: z.array(z.string()).nullable(),
  enabled: z.boolean(),
  summary: z.string().describe("The rule in words, e.g. \"Quality score is below 60\""),
  createdBy: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type AlertRuleDto = z.infer<typeof alertRuleDto>;

export function toAlertRuleDto(row: AlertRuleRow): AlertRuleDto {
  const summary = describeCondition(row.condition);
  return {
    id: row.id,
    name: row.name,
    projectId: row.projectId,
    condition: row.condition,
    window: row.window ?? null,
    actions: row.actions,
    emailRecipients: row.emailRecipients ?? null,
    enabled: row.enabled,
    summary: row.window ? `${summary} (${describeWindow(row.window)})` : summary,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
