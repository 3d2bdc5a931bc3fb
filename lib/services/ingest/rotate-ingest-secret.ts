import { ingestSettings } from "../../../db/schema";
import { generateSecret } from "../../auth/secrets";
import { sealSecret } from "../../crypto/sealed-secrets";
import { recordAudit } from "../audit/record-audit";
import { assertCan, type ServiceContext } from "../context";
import { sealContext } from "./ingest-settings-row";
import type { RotatedIngestSecretDto } from "./ingest-schemas";

export const INGEST_SECRET_PREFIX = "cis_";

/**
 * Makes a new ingest secret and returns it once. The previous secret stops
 * working at once: senders must be updated before their next delivery.
 */
export async function rotateIngestSecret(ctx: ServiceContext): Promise<RotatedIngestSecretDto> {
  assertCan(ctx, "integrations:manage");
  const secret = generateSecret(INGEST_SECRET_PREFIX);
  const prefix = secret.slice(0, INGEST_SECRET_PREFIX.length + 8);
  const now = new Date();
  const values = {
    secretSealed: sealSecret(secret, sealContext.secret(ctx.orgId)),
    secretPrefix: prefix,
    secretCreatedAt: now,
    updatedAt: now,
  };
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(ingestSettings)
      .values({ orgId: ctx.orgId, ...values })
      .onConflictDoUpdate({ target: ingestSettings.orgId, set: values });
    await recordAudit(tx, ctx, { action: "ingest.secret_rotate", targetType: "organization", targetId: ctx.orgId, changes: { prefix } });
  });
  return { secret, prefix, createdAt: now.toISOString() };
}
