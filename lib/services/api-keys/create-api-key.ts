import { apiKeys } from "../../../db/schema";
import { outranksOrEquals, type Role } from "../../auth/roles";
import { API_KEY_PREFIX, generateSecret, sha256Hex, visibleKeyPrefix } from "../../auth/secrets";
import { forbidden } from "../../errors";
import { newId } from "../../ids";
import { recordAudit } from "../audit/record-audit";
import { actorUserId, assertCan, type ServiceContext } from "../context";
import { parseInput } from "../parse-input";
import { createApiKeyInput, toApiKeyDto, type ApiKeyDto } from "./api-key-schemas";

/** Without a role, a key gets its creator's role (an owner's key gets admin). */
function defaultKeyRole(actorRole: Role): Exclude<Role, "owner"> {
  return actorRole === "owner" ? "admin" : actorRole;
}

export async function createApiKey(ctx: ServiceContext, raw: unknown): Promise<ApiKeyDto & { key: string }> {
  assertCan(ctx, "apiKeys:manage");
  const input = parseInput(createApiKeyInput, raw);
  const role = input.role ?? defaultKeyRole(ctx.actor.role);
  if (!outranksOrEquals(ctx.actor.role, role)) throw forbidden(`Your role cannot create a key with role ${role}`);

  const key = generateSecret(API_KEY_PREFIX);
  const row = await ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(apiKeys)
      .values({
        id: newId("apiKey"),
        orgId: ctx.orgId,
        name: input.name,
        prefix: visibleKeyPrefix(key),
        keyHash: sha256Hex(key),
        role,
        createdBy: actorUserId(ctx.actor),
        expiresAt: input.expiresAt ?? null,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: "api_key.create",
      targetType: "api_key",
      targetId: created!.id,
      changes: { name: input.name, role },
    });
    return created!;
  });
  return { ...toApiKeyDto(row), key };
}
