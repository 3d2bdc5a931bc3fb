import { ingestSettings } from "../../../db/schema";
import { sealSecret } from "../../crypto/sealed-secrets";
import { recordAudit } from "../audit/record-audit";
import { assertCan, type ServiceContext } from "../context";
import { parseInput } from "../parse-input";
import { findProjectRow } from "../projects/get-project";
import { toIngestSettingsDto } from "./get-ingest-settings";
import { findIngestSettingsRow, sealContext } from "./ingest-settings-row";
import { updateIngestSettingsInput, type IngestSettingsDto } from "./ingest-schemas";

/** Sets the default project and connects or disconnects Bitrix24. Fields left out stay as they are. */
export async function updateIngestSettings(ctx: ServiceContext, raw: unknown): Promise<IngestSettingsDto> {
  assertCan(ctx, "integrations:manage");
  const input = parseInput(updateIngestSettingsInput, raw);
  if (input.defaultProjectId) await findProjectRow(ctx, input.defaultProjectId);

  const values: Partial<typeof ingestSettings.$inferInsert> = { updatedAt: new Date() };
  const changes: Record<string, unknown> = {};
  if (input.defaultProjectId !== undefined) {
    values.defaultProjectId = input.defaultProjectId;
    changes.defaultProjectId = input.defaultProjectId;
  }
  if (input.bitrix24 !== undefined) {
    const b = input.bitrix24;
    values.bitrix24TokenSealed = b ? sealSecret(b.applicationToken, sealContext.bitrix24Token(ctx.orgId)) : null;
    values.bitrix24WebhookUrlSealed = b ? sealSecret(b.webhookUrl, sealContext.bitrix24WebhookUrl(ctx.orgId)) : null;
    values.bitrix24Portal = b ? new URL(b.webhookUrl).host : null;
    // The audit log names the portal, never the token or the webhook URL (both are credentials).
    changes.bitrix24 = b ? { portal: values.bitrix24Portal } : null;
  }

  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(ingestSettings)
      .values({ orgId: ctx.orgId, ...values })
      .onConflictDoUpdate({ target: ingestSettings.orgId, set: values });
    await recordAudit(tx, ctx, { action: "ingest.settings_update", targetType: "organization", targetId: ctx.orgId, changes });
  });
  return toIngestSettingsDto(await findIngestSettingsRow(ctx.db, ctx.orgId));
}
