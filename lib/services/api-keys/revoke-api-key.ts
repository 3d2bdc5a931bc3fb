import { and, eq } from "drizzle-orm";
import { apiKeys } from "../../../db/schema";
import { notFound } from "../../errors";
import { recordAudit } from "../audit/record-audit";
import { assertCan, type ServiceContext } from "../context";
import { toApiKeyDto, type ApiKeyDto } from "./api-key-schemas";

/** Revoking twice is harmless: the second call returns the already-revoked key. */
export async function revokeApiKey(ctx: ServiceContext, id: string): Promise<ApiKeyDto> {
  assertCan(ctx, "apiKeys:manage");
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(apiKeys)
      .where(and(eq(apiKeys.id, id), eq(apiKeys.orgId, ctx.orgId)))
      .limit(1);
    if (!row) throw notFound("API key");
    if (row.revokedAt) return toApiKeyDto(row);
    const [revoked] = await tx.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.id, id)).returning();
    await recordAudit(tx, ctx, {
      action: "api_key.revoke",
      targetType: "api_key",
      targetId: id,
      changes: { name: row.name },
    });
    return toApiKeyDto(revoked!);
  });
}
