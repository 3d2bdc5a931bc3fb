import { sql, type SQL } from "drizzle-orm";
import { index, integer, jsonb, pgTable, real, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { organizations } from "./organizations";
import { projects } from "./projects";
import { tsvector } from "./tsvector";
import { users } from "./users";

export const RECORD_TYPES = ["call", "chat", "email"] as const;
export const RECORD_SOURCES = ["upload", "ingest", "api", "campaign"] as const;
export const RECORD_STATUSES = ["pending", "processing", "completed", "failed"] as const;

/**
 * A call, chat or email conversation. Calls carry audio (stored under
 * `records/<id>/` in object storage) until the pipeline writes a transcript;
 * chats, emails and calls sent with a transcript skip speech-to-text.
 */
export const records = pgTable(
  "records",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "restrict" }),
    type: text("type", { enum: RECORD_TYPES }).notNull(),
    source: text("source", { enum: RECORD_SOURCES }).notNull(),
    status: text("status", { enum: RECORD_STATUSES }).notNull().default("pending"),
    title: text("title"),
    agentName: text("agent_name"),
    /** Stored in full; masked in responses for roles without pii:read. */
    customerPhone: text("customer_phone"),
    direction: text("direction", { enum: ["inbound", "outbound"] }),
    /** The sender's own id (telephony call id, CRM id): the same one twice is the same record. */
    externalId: text("external_id"),
    language: text("language"),
    /** Overrides the project's stereo channel for the agent. */
    agentChannel: text("agent_channel", { enum: ["left", "right"] }),
    /** Custom fields the sender attached. */
    metadata: jsonb("metadata").$type<Record<string, unknown>>().notNull().default({}),
    durationMs: integer("duration_ms"),
    audioKey: text("audio_key"),
    audioContentType: text("audio_content_type"),
    audioSizeBytes: integer("audio_size_bytes"),
    originalFilename: text("original_filename"),
    /** Filled by analysis; null until then. */
    qualityScore: real("quality_score"),
    complianceStatus: text("compliance_status", { enum: ["passed", "failed"] }),
    /** What went wrong, for a person to act on (status failed). */
    error: text("error"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    /**
     * Metadata words for full-text search: title first, then agent and file
     * name, then the string values of `metadata`. Never the customer's phone,
     * which people without pii:read only see masked.
     */
    searchVector: tsvector("search_vector")
      .notNull()
      .generatedAlwaysAs(
        (): SQL =>
          sql.join(
            [
              sql`setweight(to_tsvector('english', coalesce(${records.title}, '')), 'A')`,
              sql`setweight(to_tsvector('english', coalesce(${records.agentName}, '')), 'B')`,
              sql`setweight(to_tsvector('english', coalesce(${records.originalFilename}, '')), 'B')`,
              sql`setweight(jsonb_to_tsvector('english', ${records.metadata}, '["string"]'), 'C')`,
            ],
            sql` || `,
          ),
      ),
  },
  (t) => [
    uniqueIndex("records_org_external_id_unique").on(t.orgId, t.externalId),
    index("records_org_created_idx").on(t.orgId, t.createdAt, t.id),
    index("records_project_idx").on(t.projectId, t.createdAt),
    index("records_search_idx").using("gin", t.searchVector),
  ],
);

export type RecordRow = typeof records.$inferSelect;
