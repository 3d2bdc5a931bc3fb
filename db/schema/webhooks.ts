import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { organizations } from "./organizations";
import { users } from "./users";

export const WEBHOOK_DELIVERY_STATUSES = ["pending", "succeeded", "failed"] as const;

/**
 * Where an organization wants its events sent. The signing secret is sealed
 * (lib/crypto/sealed-secrets.ts), not hashed: every delivery is signed with
 * it, so the server must be able to read it back (docs/adr/0008).
 */
export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    description: text("description").notNull().default(""),
    /** The event types this endpoint receives (record.completed, …). */
    events: text("events").array().notNull(),
    enabled: boolean("enabled").notNull().default(true),
    secretSealed: text("secret_sealed").notNull(),
    /** The secret's first characters, safe to show again. */
    secretPrefix: text("secret_prefix").notNull(),
    secretCreatedAt: timestamp("secret_created_at", { withTimezone: true }).notNull().defaultNow(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("webhook_endpoints_org_idx").on(t.orgId, t.createdAt)],
);

/**
 * One event on its way to one endpoint, and the log of trying: a person can
 * see what was sent, what the receiver answered, and send it again. A resend
 * is a new row (`resendOf`) with the same event id and body, so the first
 * attempt's log stays as it was.
 */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: text("id").primaryKey(),
    endpointId: text("endpoint_id")
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    eventType: text("event_type").notNull(),
    /** The envelope's `id`: receivers de-duplicate on it, so a resend keeps it. */
    eventId: text("event_id").notNull(),
    /** The exact JSON body sent: every attempt and resend sends the same bytes. */
    payload: text("payload").notNull(),
    status: text("status", { enum: WEBHOOK_DELIVERY_STATUSES }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastResponseCode: integer("last_response_code"),
    lastError: text("last_error"),
    /** The start of the receiver's last answer, to debug it without its logs. */
    lastResponseBody: text("last_response_body"),
    durationMs: integer("duration_ms"),
    lastAttemptAt: timestamp("last_attempt_at", { withTimezone: true }),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    /** The delivery this one sends again, for resends. */
    resendOf: text("resend_of"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("webhook_deliveries_endpoint_idx").on(t.endpointId, t.createdAt),
    index("webhook_deliveries_org_idx").on(t.orgId, t.createdAt),
    // A job step that publishes and is replayed must not send the same event twice.
    uniqueIndex("webhook_deliveries_event_unique")
      .on(t.endpointId, t.eventId)
      .where(sql`${t.resendOf} is null`),
  ],
);

export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
