import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { users } from "../../db/schema";
import { looksLikeJwt, verifyAccessToken } from "../auth/access-tokens";
import { API_KEY_PREFIX } from "../auth/secrets";
import { AppError } from "../errors";
import { authenticateApiKey, type ApiKeyPrincipal } from "../services/api-keys/authenticate-api-key";
import { sessionCookieValue } from "./rate-limit";

export type Principal =
  | { kind: "apiKey"; key: ApiKeyPrincipal }
  | { kind: "user"; userId: string; via: "token" | "session" };

/** Looks up the dashboard session; injected so tests can run without next-auth. */
export type SessionLookup = (db: Db) => Promise<{ id: string } | null>;

const unauthorized = (message: string) => new AppError("UNAUTHORIZED", message);

/**
 * Who is calling: an API key or access token in `Authorization: Bearer`, else
 * the dashboard's session cookie. Every failure is a 401 that says what to fix
 * without saying whether a given key or user exists.
 */
export async function authenticate(req: Request, db: Db, lookupSession: SessionLookup): Promise<Principal> {
  const header = req.headers.get("authorization");
  if (header !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw unauthorized("Use the header `Authorization: Bearer <API key or access token>`");
    const token = match[1]!;
    if (token.startsWith(API_KEY_PREFIX)) {
      const key = await authenticateApiKey(db, token);
      if (!key) throw unauthorized("The API key is invalid, revoked or expired");
      return { kind: "apiKey", key };
    }
    if (looksLikeJwt(token)) {
      const claims = await verifyAccessToken(token);
      if (claims) {
        const [user] = await db
          .select({ id: users.id, tokenVersion: users.tokenVersion })
          .from(users)
          .where(eq(users.id, claims.userId))
          .limit(1);
        if (user && user.tokenVersion === claims.tokenVersion) return { kind: "user", userId: user.id, via: "token" };
      }
      throw unauthorized("The access token is invalid or expired; refresh it or log in again");
    }
    throw unauthorized("The bearer token is not a Callscope API key or access token");
  }
  if (sessionCookieValue(req)) {
    const user = await lookupSession(db);
    if (user) return { kind: "user", userId: user.id, via: "session" };
    throw unauthorized("Your session has expired; sign in again");
  }
  throw unauthorized("Authentication required: send `Authorization: Bearer <API key>`");
}
