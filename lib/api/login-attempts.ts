import type { Db } from "../../db/client";
import { config } from "../config";
import { AppError } from "../errors";
import { consumeRateLimit, rateLimitHeaders } from "./rate-limit";

/**
 * Password guessing gets its own, much smaller budget per address and email,
 * on top of the general API limit. The API login and the dashboard sign-in
 * form share it, so neither is easier to brute-force than the other.
 */
export async function enforceLoginAttemptLimit(
  attempt: { address: string; email: unknown },
  database: () => Promise<Db>,
): Promise<void> {
  const email = typeof attempt.email === "string" ? attempt.email.trim().toLowerCase().slice(0, 254) : "";
  const spec = { name: "login", points: config().LOGIN_ATTEMPTS_PER_MINUTE, durationSeconds: 60 };
  const result = await consumeRateLimit(spec, `${attempt.address}|${email}`, database);
  if (!result.allowed) {
    throw new AppError(
      "RATE_LIMITED",
      "Too many sign-in attempts; wait a minute and try again",
      { retryAfterSeconds: result.retryAfterSeconds },
      rateLimitHeaders(result),
    );
  }
}
