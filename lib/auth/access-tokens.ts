import { SignJWT, jwtVerify } from "jose";
import { authSecret, config } from "../config";
import { sha256Hex } from "./secrets";

/**
 * Short-lived JWT access tokens for /api/v1/auth/login. The signing key is
 * derived from AUTH_SECRET with a label so it differs from next-auth's.
 */
function signingKey(): Uint8Array {
  return new TextEncoder().encode(sha256Hex(`callscope:access-token:${authSecret()}`));
}

const ISSUER = "callscope";
const AUDIENCE = "callscope-api";

export interface AccessTokenClaims {
  userId: string;
  tokenVersion: number;
}

export async function signAccessToken(claims: AccessTokenClaims): Promise<{ token: string; expiresIn: number }> {
  const expiresIn = config().ACCESS_TOKEN_TTL_SECONDS;
  const token = await new SignJWT({ ver: claims.tokenVersion, typ: "access" })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(claims.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${expiresIn}s`)
    .sign(signingKey());
  return { token, expiresIn };
}

/** Returns null for any token that is malformed, expired, or not ours. */
export async function verifyAccessToken(token: string): Promise<AccessTokenClaims | null> {
  try {
    const { payload } = await jwtVerify(token, signingKey(), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ["HS256"],
    });
    if (payload.typ !== "access" || typeof payload.sub !== "string" || typeof payload.ver !== "number") {
      return null;
    }
    return { userId: payload.sub, tokenVersion: payload.ver };
  } catch {
    return null;
  }
}

export function looksLikeJwt(token: string): boolean {
  return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token);
}
