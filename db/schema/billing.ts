import { sql } from "drizzle-orm";
import { bigint, check, index, integer, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { organizations } from "./organizations";

/*
 * Money is stored as whole micro-units of the configured currency
 * (BILLING_CURRENCY; 1 USD = 1,000,000 micros) in bigint columns: exact,
 * summable, and fine-grained enough for real per-minute speech-to-text
 * prices such as 0.006. JavaScript reads them as numbers (mode "number"),
 * exact up to 2^53 micros (9 billion currency units).
 */

export const USAGE_KINDS = ["audio_minutes", "analysis", "llm_tokens"] as const;
export type UsageKind = (typeof USAGE_KINDS)[number];

/**
 * One metered piece of work, priced when it happened: the unit price in
 * effect is kept, so a later price change never rewrites history. A (kind,
 * source) pair is metered once, so a retried job step cannot charge twice.
 * Record, analysis and project ids are plain text, not foreign keys: deleting
 * a record must not delete what it cost.
 */
export const usageEvents = pgTable(
  "usage_events",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    projectId: text("project_id"),
    recordId: text("record_id"),
    analysisId: text("analysis_id"),
    kind: text("kind", { enum: USAGE_KINDS }).notNull(),
    /** What was metered: the record for audio minutes, the analysis for analysis and LLM tokens. */
    sourceId: text("source_id").notNull(),
    /** Minutes (4 decimals), analyses or tokens. */
    quantity: numeric("quantity", { precision: 20, scale: 4, mode: "number" }).notNull(),
    /** Micros per minute, per analysis, or per 1,000 tokens (see lib/billing/price-list.ts). */
    unitPriceMicros: bigint("unit_price_micros", { mode: "number" }).notNull(),
    costMicros: bigint("cost_micros", { mode: "number" }).notNull(),
    currency: text("currency").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("usage_events_kind_source_unique").on(t.kind, t.sourceId),
    index("usage_events_org_created_idx").on(t.orgId, t.createdAt),
  ],
);

/**
 * The running cost of each organization's monthly period ("2026-03", UTC),
 * kept in the transaction that writes each usage event. The budget check
 * before new processing reads one row instead of summing the period's
 * events (bench/billing/README.md has the numbers).
 */
export const billingPeriods = pgTable(
  "billing_periods",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    period: text("period").notNull(),
    costMicros: bigint("cost_micros", { mode: "number" }).notNull().default(0),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.period] })],
);

/** An organization's spending cap per monthly period; no row or a null amount is no cap. */
export const billingBudgets = pgTable(
  "billing_budgets",
  {
    orgId: text("org_id")
      .primaryKey()
      .references(() => organizations.id, { onDelete: "cascade" }),
    amountMicros: bigint("amount_micros", { mode: "number" }),
    updatedBy: text("updated_by"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("billing_budgets_amount_not_negative", sql`${t.amountMicros} is null or ${t.amountMicros} >= 0`)],
);

/**
 * A budget threshold (80 or 100 %) reached in a period. The primary key makes
 * each fire once; a budget change re-arms the ones it puts spend back under.
 */
export const budgetAlerts = pgTable(
  "budget_alerts",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    period: text("period").notNull(),
    percent: integer("percent").notNull(),
    spentMicros: bigint("spent_micros", { mode: "number" }).notNull(),
    budgetMicros: bigint("budget_micros", { mode: "number" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.period, t.percent] })],
);

/** Credits granted to an organization (a top-up, a goodwill credit); the balance is grants minus all usage. */
export const creditGrants = pgTable(
  "credit_grants",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    amountMicros: bigint("amount_micros", { mode: "number" }).notNull(),
    currency: text("currency").notNull(),
    note: text("note"),
    /** The person who granted it (null for the operator's CLI). */
    grantedBy: text("granted_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("credit_grants_org_created_idx").on(t.orgId, t.createdAt), check("credit_grants_amount_positive", sql`${t.amountMicros} > 0`)],
);

export type UsageEvent = typeof usageEvents.$inferSelect;
export type CreditGrant = typeof creditGrants.$inferSelect;
