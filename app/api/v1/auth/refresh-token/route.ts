// POST /api/v1/auth/refresh-token – trade a refresh token (single use) for a new token pair
import { ok } from "@/lib/api/envelope";
import { withPublic } from "@/lib/api/handler";
import { readJson } from "@/lib/api/parse";
import { refreshInput } from "@/lib/services/accounts/account-schemas";
import { rotateRefreshToken } from "@/lib/services/accounts/rotate-refresh-token";
import { parseInput } from "@/lib/services/parse-input";

export const POST = withPublic(async ({ req, db }) => {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.get("authorization") ?? "")?.[1];
  const body = parseInput(refreshInput, await readJson(req, { optional: true }));
  return ok(await rotateRefreshToken(await db(), bearer ?? body.refreshToken));
});
