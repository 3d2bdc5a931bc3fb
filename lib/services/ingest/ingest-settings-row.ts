import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { ingestSettings, type IngestSettingsRow } from "../../../db/schema";
import { openSecret } from "../../crypto/sealed-secrets";

/** What each sealed column is bound to: a value cannot be moved to another column or organization. */
export const sealContext = {
  secret: (orgId: string) => `ingest-secret:${orgId}`,
  bitrix24Token: (orgId: string) => `bitrix24-token:${orgId}`,
  bitrix24WebhookUrl: (orgId: string) => `bitrix24-webhook-url:${orgId}`,
};

export async function findIngestSettingsRow(db: Db, orgId: string): Promise<IngestSettingsRow | undefined> {
  const [row] = await db.select().from(ingestSettings).where(eq(ingestSettings.orgId, orgId)).limit(1);
  return row;
}

export interface IngestCredentials {
  secret: string | null;
  defaultProjectId: string | null;
  bitrix24: { applicationToken: string; webhookUrl: string } | null;
}

/** The organization's ingest secrets, opened. Only the ingest endpoint needs them. */
export async function loadIngestCredentials(db: Db, orgId: string): Promise<IngestCredentials | null> {
  const row = await findIngestSettingsRow(db, orgId);
  if (!row) return null;
  return {
    secret: row.secretSealed ? openSecret(row.secretSealed, sealContext.secret(orgId)) : null,
    defaultProjectId: row.defaultProjectId,
    bitrix24:
      row.bitrix24TokenSealed && row.bitrix24WebhookUrlSealed
        ? {
            applicationToken: openSecret(row.bitrix24TokenSealed, sealContext.bitrix24Token(orgId)),
            webhookUrl: openSecret(row.bitrix24WebhookUrlSealed, sealContext.bitrix24WebhookUrl(orgId)),
          }
        : null,
  };
}
