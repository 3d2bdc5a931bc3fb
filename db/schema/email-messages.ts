import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { organizations } from "./organizations";

export const EMAIL_STATUSES = ["pending", "sent", "failed"] as const;

/**
 * Outgoing email, sent by a job so a slow or failing SMTP server never holds
 * up a request. The message's subject and bodies are sealed: an invitation
 * carries its acceptance token, which is otherwise never stored. They are
 * dropped once the message is sent or has failed for good.
 */
export const emailMessages = pgTable(
  "email_messages",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    /** What the message is about (invitation, alert), for logs and support. */
    category: text("category").notNull(),
    to: text("to").notNull(),
    /** Sealed JSON of { subject, text, html }; null once sent or failed. */
    contentSealed: text("content_sealed"),
    status: text("status", { enum: EMAIL_STATUSES }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    /** The SMTP server's Message-ID, to trace the message in its logs. */
    messageId: text("message_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [index("email_messages_org_idx").on(t.orgId, t.createdAt)],
);

export type EmailMessageRow = typeof emailMessages.$inferSelect;
