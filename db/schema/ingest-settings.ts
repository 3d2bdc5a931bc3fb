import { pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { organizations } from "./organizations";
import { projects } from "./projects";

/**
 * How telephony and CRM systems deliver recordings to an organization
 * (`POST /api/v1/records/ingest`). Secrets are sealed (lib/crypto/sealed-secrets.ts),
 * not hashed: verifying an HMAC signature needs the secret itself.
 */
export const ingestSettings = pgTable("ingest_settings", {
  orgId: text("org_id")
    .primaryKey()
    .references(() => organizations.id, { onDelete: "cascade" }),
  /** Signs request bodies (X-Signature); null until one is generated. */
  secretSealed: text("secret_sealed"),
  /** The secret's first characters, safe to show again. */
  secretPrefix: text("secret_prefix"),
  secretCreatedAt: timestamp("secret_created_at", { withTimezone: true }),
  /** Where deliveries that name no project go. */
  defaultProjectId: text("default_project_id").references(() => projects.id, { onDelete: "set null" }),
  /** The application_token Bitrix24 sends with every event of this portal's outbound webhook. */
  bitrix24TokenSealed: text("bitrix24_token_sealed"),
  /** The portal's inbound webhook URL (…/rest/<user>/<code>/), for looking up call recordings. It is a credential. */
  bitrix24WebhookUrlSealed: text("bitrix24_webhook_url_sealed"),
  /** The portal's host, for display. */
  bitrix24Portal: text("bitrix24_portal"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type IngestSettingsRow = typeof ingestSettings.$inferSelect;
