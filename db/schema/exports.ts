import { bigint, index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { memberRole } from "./memberships";
import { organizations } from "./organizations";

export const EXPORT_FORMATS = ["csv", "json", "pdf"] as const;
export const EXPORT_STATUSES = ["pending", "processing", "completed", "failed", "expired"] as const;

/**
 * A file of records someone asked for (CSV, JSON or PDF). A job writes it to
 * object storage under `exports/<id>/`; it is deleted when `expiresAt` passes
 * and the row stays, `expired`, as a trace of what was exported.
 */
// Not `exports`: that name is taken in CommonJS modules (tsx runs scripts as CommonJS).
export const recordExports = pgTable(
  "exports",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    /**
     * Who asked: a user or an API key (`requestedByType`), by id. Only the same
     * user or key sees the export: it may hold personal data the requester's
     * role could read and another member's could not.
     */
    requestedByType: text("requested_by_type", { enum: ["user", "api_key", "system"] }).notNull(),
    requestedById: text("requested_by_id"),
    /** The requester's role when they asked: it decides what is masked in the file. */
    requesterRole: memberRole("requester_role").notNull(),
    format: text("format", { enum: EXPORT_FORMATS }).notNull(),
    /** The records filters (as GET /records takes them), dates as ISO 8601. */
    filters: jsonb("filters").$type<Record<string, string>>().notNull().default({}),
    /** Which parts of each record go in (metadata, analysis, criteria, summary, transcript). */
    include: jsonb("include").$type<string[]>().notNull(),
    status: text("status", { enum: EXPORT_STATUSES }).notNull().default("pending"),
    recordCount: integer("record_count"),
    sizeBytes: bigint("size_bytes", { mode: "number" }),
    storageKey: text("storage_key"),
    /** Why it failed, for a person to act on. */
    error: text("error"),
    /** When the file is deleted; set when it is written. */
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (t) => [index("exports_org_requester_created_idx").on(t.orgId, t.requestedByType, t.requestedById, t.createdAt)],
);

export type ExportRow = typeof recordExports.$inferSelect;
