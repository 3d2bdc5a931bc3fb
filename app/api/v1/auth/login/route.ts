// POST /api/v1/auth/login – email + password for an access token and a refresh token
import { ok } from "@/lib/api/envelope";
import { withPublic } from "@/lib/api/handler";
import { readJson } from "@/lib/api/parse";
import { clientAddress } from "@/lib/api/rate-limit";
import { enforceLoginAttemptLimit } from "@/lib/api/login-attempts";
import { loginWithPassword } from "@/lib/services/accounts/login-with-password";

export const POST = withPublic(async ({ req, db }) => {
  const body = await readJson(req);
  const email = (body as { email?: unknown } | null)?.email;
  await enforceLoginAttemptLimit({ address: clientAddress(req), email }, db);
  return ok(await loginWithPassword(await db(), body));
});
