import { and, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { refreshTokens, users } from "../../../db/schema";
import { REFRESH_TOKEN_PREFIX, sha256Hex } from "../../auth/secrets";
import { AppError } from "../../errors";
import { issueTokenPair, type TokenPair } from "./issue-token-pair";

/**
 * Exchanges a refresh token for a new pair. Each refresh token works once;
 * the conditional update makes two concurrent uses yield one winner.
 */
export async function rotateRefreshToken(db: Db, refreshToken: string | undefined): Promise<TokenPair> {
  const invalid = new AppError("UNAUTHORIZED", "The refresh token is invalid, expired or already used");
  if (!refreshToken?.startsWith(REFRESH_TOKEN_PREFIX)) throw invalid;
  return db.transaction(async (tx) => {
    const [used] = await tx
      .update(refreshTokens)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(refreshTokens.tokenHash, sha256Hex(refreshToken)),
          isNull(refreshTokens.revokedAt),
          gt(refreshTokens.expiresAt, new Date()),
        ),
      )
      .returning();
    if (!used) throw invalid;
    const [user] = await tx.select().from(users).where(eq(users.id, used.userId)).limit(1);
    if (!user) throw invalid;
    return issueTokenPair(tx, user);
  });
}
