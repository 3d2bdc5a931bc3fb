import type { Db } from "../../../db/client";
import { refreshTokens, type User } from "../../../db/schema";
import { signAccessToken } from "../../auth/access-tokens";
import { generateSecret, REFRESH_TOKEN_PREFIX, sha256Hex } from "../../auth/secrets";
import { config } from "../../config";
import { newId } from "../../ids";

export interface TokenPair {
  token: string;
  refreshToken: string;
  expiresIn: number;
  tokenType: "Bearer";
}

export async function issueTokenPair(db: Db, user: Pick<User, "id" | "tokenVersion">): Promise<TokenPair> {
  const refreshToken = generateSecret(REFRESH_TOKEN_PREFIX);
  await db.insert(refreshTokens).values({
    id: newId("refreshToken"),
    userId: user.id,
    tokenHash: sha256Hex(refreshToken),
    expiresAt: new Date(Date.now() + config().REFRESH_TOKEN_TTL_DAYS * 86_400_000),
  });
  const { token, expiresIn } = await signAccessToken({ userId: user.id, tokenVersion: user.tokenVersion });
  return { token, refreshToken, expiresIn, tokenType: "Bearer" };
}
