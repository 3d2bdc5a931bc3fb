import { RateLimiterDrizzle, RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { getDb, type Db } from "../../db/client";
import { rateLimits } from "../../db/schema";
import { sha256Hex } from "../auth/secrets";
import { config } from "../config";

export interface RateLimitOutcome {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Unix seconds when the window resets. */
  resetAt: number;
  retryAfterSeconds: number;
}

export interface RateLimiterSpec {
  /** Namespaces the counters so limits for different purposes never share a bucket. */
  name: string;
  points: number;
  durationSeconds: number;
}

const globalForLimiters = globalThis as unknown as { __callscopeLimiters?: Map<string, Promise<RateLimiterAbstract>> };

/**
 * Memory counters suit one process; with several app instances behind a load
 * balancer set RATE_LIMIT_STORE=postgres so they share counters in the database.
 */
function limiterFor(spec: RateLimiterSpec, database: () => Promise<Db>): Promise<RateLimiterAbstract> {
  const limiters = (globalForLimiters.__callscopeLimiters ??= new Map());
  const id = `${config().RATE_LIMIT_STORE}:${spec.name}:${spec.points}:${spec.durationSeconds}`;
  let limiter = limiters.get(id);
  if (!limiter) {
    limiter = (async () => {
      const options = { keyPrefix: spec.name, points: spec.points, duration: spec.durationSeconds };
      if (config().RATE_LIMIT_STORE === "postgres") {
        return new RateLimiterDrizzle({ ...options, storeClient: await database(), schema: rateLimits });
      }
      return new RateLimiterMemory(options);
    })();
    limiters.set(id, limiter);
  }
  return limiter;
}

function outcome(spec: RateLimiterSpec, res: RateLimiterRes, allowed: boolean): RateLimitOutcome {
  const msBeforeNext = Math.max(res.msBeforeNext, 0);
  return {
    allowed,
    limit: spec.points,
    remaining: Math.max(res.remainingPoints, 0),
    resetAt: Math.ceil((Date.now() + msBeforeNext) / 1000),
    retryAfterSeconds: Math.max(1, Math.ceil(msBeforeNext / 1000)),
  };
}

export async function consumeRateLimit(
  spec: RateLimiterSpec,
  clientKey: string,
  database: () => Promise<Db> = getDb,
): Promise<RateLimitOutcome> {
  const limiter = await limiterFor(spec, database);
  try {
    return outcome(spec, await limiter.consume(clientKey), true);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return outcome(spec, rejection, false);
    throw rejection;
  }
}

export function apiRateLimitSpec(): RateLimiterSpec {
  return { name: "api", points: config().RATE_LIMIT_PER_MINUTE, durationSeconds: 60 };
}

/**
 * "Per client": the credential when there is one (hashed, never stored as is),
 * else the caller's address as the proxy reports it.
 */
export function clientKeyFor(req: Request): string {
  const authorization = req.headers.get("authorization");
  if (authorization) return `cred:${sha256Hex(authorization).slice(0, 32)}`;
  const session = sessionCookieValue(req);
  if (session) return `sess:${sha256Hex(session).slice(0, 32)}`;
  return `ip:${clientAddress(req)}`;
}

export function clientAddress(req: Pick<Request, "headers">): string {
  const forwarded = req.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || req.headers.get("x-real-ip")?.trim() || "unknown";
}

export function sessionCookieValue(req: Request): string | null {
  const cookie = req.headers.get("cookie");
  if (!cookie) return null;
  const match = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=([^;]+)/.exec(cookie);
  return match?.[1] ?? null;
}

export function rateLimitHeaders(result: RateLimitOutcome): Record<string, string> {
  const headers: Record<string, string> = {
    "X-RateLimit-Limit": String(result.limit),
    "X-RateLimit-Remaining": String(result.remaining),
    "X-RateLimit-Reset": String(result.resetAt),
  };
  if (!result.allowed) headers["Retry-After"] = String(result.retryAfterSeconds);
  return headers;
}
