import { eq, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { apiKeys } from "../../../db/schema";
import type { Role } from "../../auth/roles";
import { API_KEY_PREFIX, sha256Hex } from "../../auth/secrets";
import { preparedFor } from "../../db/prepared";

export interface ApiKeyPrincipal {
  keyId: string;
  orgId: string;
  role: Role;
  createdBy: string | null;
}

/** last_used_at is a hint, not a log: write it at most once a minute per key. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** Runs on every API request: prepared once per database handle. */
function keyByHash(db: Db) {
  return preparedFor(db, "apiKeys.byHash", () =>
    db
      .select()
      .from(apiKeys)
      .where(eq(apiKeys.keyHash, sql.placeholder("hash")))
      .limit(1)
      .prepare("api_key_by_hash"),
  );
}

export async function authenticateApiKey(db: Db, key: string): Promise<ApiKeyPrincipal | null> {
  if (!key.startsWith(API_KEY_PREFIX) || key.length > 100) return null;
  const [row] = await keyByHash(db).execute({ hash: sha256Hex(key) });
  const now = new Date();
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.update(apiKeys).set({ lastUsedAt: now }).where(eq(apiKeys.id, row.id));
  }
  return { keyId: row.id, orgId: row.orgId, role: row.role, createdBy: row.createdBy };
}
