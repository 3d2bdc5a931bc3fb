import type { Db } from "../../db/client";
import { config } from "../config";
import { AppError } from "../errors";
import { clientAddress, consumeRateLimit, rateLimitHeaders } from "./rate-limit";

/**
 * Password guessing gets its own, much smaller budget per address and email,
 * on top of the general API limit.
 */
export async function enforceLoginAttemptLimit(req: Request, body: unknown, database: () => Promise<Db>): Promise<void> {
  const email =
    body && typeof body === "object" && typeof (body as { email?: unknown }).email === "string"
      ? (body as { email: string }).email.trim().toLowerCase().slice(0, 254)
      : "";
  const spec = { name: "login", points: config().LOGIN_ATTEMPTS_PER_MINUTE, durationSeconds: 60 };
  const result = await consumeRateLimit(spec, `${clientAddress(req)}|${email}`, database);
  if (!result.allowed) {
    throw new AppError(
      "RATE_LIMITED",
      "Too many sign-in attempts; wait a minute and try again",
      { retryAfterSeconds: result.retryAfterSeconds },
      rateLimitHeaders(result),
    );
  }
}
