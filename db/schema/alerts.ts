import { boolean, index, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import type { AlertCondition } from "../../lib/alerts/condition";
import type { AlertWindow } from "../../lib/alerts/window";
import { analyses } from "./analyses";
import { organizations } from "./organizations";
import { projects } from "./projects";
import { records } from "./records";
import { users } from "./users";

export const ALERT_ACTIONS = ["webhook", "email"] as const;
export type AlertAction = (typeof ALERT_ACTIONS)[number];
export const INCIDENT_STATUSES = ["open", "acknowledged", "resolved"] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/**
 * A condition on analysed records (a low score, failed compliance, a phrase
 * said...), for one project or the whole organization, optionally counted
 * over a window. Condition and window are validated by lib/alerts on every write.
 */
export const alertRules = pgTable(
  "alert_rules",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    /** Null: every project of the organization. A project's rules go with it. */
    projectId: text("project_id").references(() => projects.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    condition: jsonb("condition").$type<AlertCondition>().notNull(),
    window: jsonb("count_window").$type<AlertWindow>(),
    actions: jsonb("actions").$type<AlertAction[]>().notNull().default([]),
    /** Null: the organization's owners and admins at the time of sending. */
    emailRecipients: jsonb("email_recipients").$type<string[]>(),
    enabled: boolean("enabled").notNull().default(true),
    /**
     * Window counting ignores matches before this: changing what a rule tests
     * (or its window) starts the count afresh, so old matches of another
     * condition cannot tip a new incident.
     */
    countFrom: timestamp("count_from", { withTimezone: true }).notNull().defaultNow(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("alert_rules_org_project_idx").on(t.orgId, t.projectId), index("alert_rules_org_created_idx").on(t.orgId, t.createdAt, t.id)],
);

export type AlertRuleRow = typeof alertRules.$inferSelect;

/**
 * Every record a rule matched, once: the unique (rule, record) pair is what
 * makes "the same record never fires the same rule twice" hold under retries
 * and re-analysis. Windowed rules count these; `incidentId` marks the ones
 * an incident has already used.
 */
export const alertMatches = pgTable(
  "alert_matches",
  {
    ruleId: text("rule_id")
      .notNull()
      .references(() => alertRules.id, { onDelete: "cascade" }),
    recordId: text("record_id")
      .notNull()
      .references(() => records.id, { onDelete: "cascade" }),
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    analysisId: text("analysis_id").references(() => analyses.id, { onDelete: "set null" }),
    /** Which window group the record falls in ("agent:sarah", a project id, the org id); null when it has none. */
    groupKey: text("group_key"),
    /**
     * The incident that counted this match. Not a foreign key on purpose: if
     * that incident goes (its record was deleted), the matches it used stay used.
     */
    incidentId: text("incident_id"),
    matchedAt: timestamp("matched_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("alert_matches_rule_record_unique").on(t.ruleId, t.recordId),
    index("alert_matches_window_idx").on(t.ruleId, t.groupKey, t.matchedAt),
    index("alert_matches_record_idx").on(t.recordId),
  ],
);

/**
 * A rule that fired, linked to the record that fired it. Kept when the rule
 * is deleted (the rule's name is copied for that), removed with its record.
 */
export const alertIncidents = pgTable(
  "alert_incidents",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    ruleId: text("rule_id").references(() => alertRules.id, { onDelete: "set null" }),
    ruleName: text("rule_name").notNull(),
    recordId: text("record_id")
      .notNull()
      .references(() => records.id, { onDelete: "cascade" }),
    analysisId: text("analysis_id").references(() => analyses.id, { onDelete: "set null" }),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    agentName: text("agent_name"),
    status: text("status", { enum: INCIDENT_STATUSES }).notNull().default("open"),
    /** What the record had: the score, the label, the words said. */
    matchedValue: jsonb("matched_value").$type<number | string>(),
    message: text("message").notNull(),
    /** Windowed rules: every record counted, oldest first, ending with `recordId`. */
    matchedRecordIds: jsonb("matched_record_ids").$type<string[]>().notNull(),
    acknowledgedBy: text("acknowledged_by").references(() => users.id, { onDelete: "set null" }),
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }),
    resolvedBy: text("resolved_by").references(() => users.id, { onDelete: "set null" }),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The database, not only the code, refuses a second incident of one rule for one record.
    uniqueIndex("alert_incidents_rule_record_unique").on(t.ruleId, t.recordId),
    index("alert_incidents_org_created_idx").on(t.orgId, t.createdAt, t.id),
    index("alert_incidents_org_status_idx").on(t.orgId, t.status, t.createdAt),
    index("alert_incidents_rule_created_idx").on(t.ruleId, t.createdAt),
    index("alert_incidents_record_idx").on(t.recordId),
  ],
);

export type AlertIncidentRow = typeof alertIncidents.$inferSelect;
