import { z } from "zod";
import type { ApiKey } from "../../../db/schema";
import { roleSchema } from "../members/member-schemas";

/** Keys act for the organization, never as its owner: ownership stays with people. */
export const API_KEY_ROLES = ["admin", "supervisor", "reviewer", "viewer"] as const;

export const createApiKeyInput = z.strictObject({
  name: z.string().trim().min(1, "is required").max(100, "must be at most 100 characters"),
  role: z.enum(API_KEY_ROLES).optional(),
  expiresAt: z.iso
    .datetime({ offset: true })
    .transform((v) => new Date(v))
    .refine((d) => d.getTime() > Date.now(), "must be in the future")
    .optional(),
});

export const apiKeyDto = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string().describe("The start of the key, to tell keys apart"),
  role: roleSchema,
  status: z.enum(["active", "revoked", "expired"]),
  lastUsedAt: z.iso.datetime().nullable(),
  expiresAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type ApiKeyDto = z.infer<typeof apiKeyDto>;

export const createdApiKeyDto = apiKeyDto.extend({
  key: z.string().describe("The secret key. Shown only in this response; store it now."),
});

export function toApiKeyDto(row: ApiKey, now = new Date()): ApiKeyDto {
  const status = row.revokedAt ? "revoked" : row.expiresAt && row.expiresAt <= now ? "expired" : "active";
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    role: row.role,
    status,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
