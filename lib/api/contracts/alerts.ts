import { z } from "zod";
import { INCIDENT_STATUSES } from "../../../db/schema/alerts";
import { ALERT_RULE_SORT_FIELDS, alertRuleDto, createAlertRuleInput, updateAlertRuleInput } from "../../services/alerts/alert-rule-schemas";
import { INCIDENT_SORT_FIELDS, incidentDto } from "../../services/alerts/incident-schemas";
import { listQuerySchema } from "../list-query";
import { defineOperations } from "../openapi/operation";
import { deletedDto } from "./projects";

const id = z.string().min(1).max(64);

export const listAlertRulesQuery = listQuerySchema(ALERT_RULE_SORT_FIELDS, "createdAt", {
  projectId: id.optional().describe("Rules that watch this project: its own and the organization-wide ones"),
  enabled: z
    .enum(["true", "false"], { error: "must be true or false" })
    .transform((v) => v === "true")
    .optional(),
});

const incidentFilters = {
  status: z.enum(INCIDENT_STATUSES, { error: `must be one of ${INCIDENT_STATUSES.join(", ")}` }).optional(),
  projectId: id.optional(),
  recordId: id.optional(),
};

export const listIncidentsQuery = listQuerySchema(INCIDENT_SORT_FIELDS, "createdAt", { ...incidentFilters, ruleId: id.optional() });
export const listRuleIncidentsQuery = listQuerySchema(INCIDENT_SORT_FIELDS, "createdAt", incidentFilters);

export const alertOperations = defineOperations([
  {
    method: "get",
    path: "/alerts",
    tag: "Alerts",
    summary: "List alert rules",
    query: listAlertRulesQuery,
    response: alertRuleDto,
    paginated: true,
  },
  {
    method: "post",
    path: "/alerts",
    tag: "Alerts",
    summary: "Create an alert rule",
    description:
      "A condition on analysed records (`qualityScore`, `complianceStatus`, `customerSentiment`, `customerSentimentScore`, `criterion`, `keyword`, `durationSeconds`), for one project or all, optionally counted over a window (3 low scores for one agent within a day). Each operator is allowed only for the fields it makes sense for; the value must have the field's type.",
    body: createAlertRuleInput,
    response: alertRuleDto,
    successStatus: 201,
    errors: [404],
  },
  { method: "get", path: "/alerts/{id}", tag: "Alerts", summary: "Get an alert rule", response: alertRuleDto, errors: [404] },
  {
    method: "patch",
    path: "/alerts/{id}",
    tag: "Alerts",
    summary: "Update an alert rule (or enable/disable it)",
    description: "Send only what changes. A condition or window is replaced whole; `window: null` removes the window. Changing the condition, window or project starts window counts afresh.",
    body: updateAlertRuleInput,
    response: alertRuleDto,
    errors: [404],
  },
  {
    method: "delete",
    path: "/alerts/{id}",
    tag: "Alerts",
    summary: "Delete an alert rule",
    description: "Its incidents stay as history, with the rule's name and `ruleId: null`.",
    response: deletedDto,
    errors: [404],
  },
  {
    method: "get",
    path: "/alerts/{id}/incidents",
    tag: "Alerts",
    summary: "The incidents a rule raised, newest first",
    query: listRuleIncidentsQuery,
    response: incidentDto,
    paginated: true,
    errors: [404],
  },
  {
    method: "get",
    path: "/incidents",
    tag: "Alerts",
    summary: "List incidents of every rule",
    query: listIncidentsQuery,
    response: incidentDto,
    paginated: true,
  },
  { method: "get", path: "/incidents/{id}", tag: "Alerts", summary: "Get an incident", response: incidentDto, errors: [404] },
  {
    method: "post",
    path: "/incidents/{id}/acknowledge",
    tag: "Alerts",
    summary: "Acknowledge an incident",
    description: "Idempotent: an acknowledged incident is answered as it is. A resolved one is a 409.",
    response: incidentDto,
    errors: [404, 409],
  },
  {
    method: "post",
    path: "/incidents/{id}/resolve",
    tag: "Alerts",
    summary: "Resolve an incident (open or acknowledged)",
    description: "Idempotent: a resolved incident is answered as it is.",
    response: incidentDto,
    errors: [404],
  },
]);
