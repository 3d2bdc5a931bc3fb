import { getDb, type Db } from "../../db/client";
import { AppError } from "../errors";
import { describeError, log } from "../log";
import type { ServiceContext } from "../services/context";
import { authenticate, type Principal, type SessionLookup } from "./authenticate";
import { countApiRequest, routePattern } from "./request-counter";
import { errorBody, type ApiResult } from "./envelope";
import { resolveOrgContext } from "./org-context";
import {
  apiRateLimitSpec,
  clientKeyFor,
  consumeRateLimit,
  rateLimitHeaders,
  type RateLimiterSpec,
} from "./rate-limit";
import { requestIdFor } from "./request-id";

/** Swappable in tests and benchmarks: the database, the dashboard-session lookup, the request counter. */
export const apiDeps: { getDb: () => Promise<Db>; lookupSession: SessionLookup; countRequest: typeof countApiRequest } = {
  getDb,
  lookupSession: async (db) => (await import("../auth/session")).getSessionUser(db),
  countRequest: countApiRequest,
};

type Params = Record<string, string | string[]>;
interface RouteContext<P extends Params> {
  params: Promise<P>;
}
type HandlerResult = ApiResult | Response;

export interface RouteOptions {
  /** Defaults to the 200/minute API limit; `false` for load-balancer probes. */
  rateLimit?: RateLimiterSpec | false;
}

function jsonResponse(body: unknown, status: number, headers: Record<string, string>): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

function toErrorResponse(error: unknown, requestId: string, headers: Record<string, string>, req: Request): Response {
  if (error instanceof AppError) {
    return jsonResponse(errorBody(error.code, error.message, requestId, error.details), error.status, {
      ...headers,
      ...error.headers,
    });
  }
  // The only place an unexpected error is caught: log it in full, answer without internals.
  log.error("request failed", { requestId, method: req.method, path: new URL(req.url).pathname, ...describeError(error) });
  return jsonResponse(
    errorBody("INTERNAL_ERROR", "Something went wrong on our side. Quote the request id if you report it.", requestId),
    500,
    headers,
  );
}

/**
 * The one request pipeline of /api/v1: request id, rate limit, the handler,
 * the envelope, and the only catch. Every route goes through one of the
 * three wrappers below, which add authentication.
 */
async function runApi(
  req: Request,
  options: RouteOptions,
  body: (requestId: string) => Promise<HandlerResult>,
): Promise<Response> {
  const requestId = requestIdFor(req);
  let headers: Record<string, string> = { "X-Request-Id": requestId };
  try {
    const spec = options.rateLimit === undefined ? apiRateLimitSpec() : options.rateLimit;
    if (spec) {
      const limit = await consumeRateLimit(spec, clientKeyFor(req), apiDeps.getDb);
      headers = { ...headers, ...rateLimitHeaders(limit) };
      if (!limit.allowed) {
        throw new AppError("RATE_LIMITED", `Rate limit of ${limit.limit} requests per ${spec.durationSeconds}s exceeded`, {
          retryAfterSeconds: limit.retryAfterSeconds,
        });
      }
    }
    const result = await body(requestId);
    if (result instanceof Response) {
      for (const [name, value] of Object.entries(headers)) result.headers.set(name, value);
      return result;
    }
    const payload = result.meta ? { data: result.data, meta: result.meta } : { data: result.data };
    return jsonResponse(payload, result.status ?? 200, { ...headers, ...result.headers });
  } catch (error) {
    return toErrorResponse(error, requestId, headers, req);
  }
}

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Cookie-authenticated writes must come from our own pages. JSON-only bodies
 * already force a CORS preflight; this also refuses a foreign Origin outright.
 */
function assertSameOrigin(req: Request, principal: Principal) {
  if (principal.kind !== "user" || principal.via !== "session" || !UNSAFE_METHODS.has(req.method)) return;
  const origin = req.headers.get("origin");
  if (!origin) return;
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  if (!host || new URL(origin).host !== host) {
    throw new AppError("FORBIDDEN", "Cross-site requests with a session cookie are not allowed");
  }
}

export interface PublicArgs<P extends Params> {
  req: Request;
  params: P;
  db: () => Promise<Db>;
  requestId: string;
}

export function withPublic<P extends Params = Params>(
  handler: (args: PublicArgs<P>) => Promise<HandlerResult>,
  options: RouteOptions = {},
) {
  return (req: Request, route: RouteContext<P>) =>
    runApi(req, options, async (requestId) =>
      handler({ req, params: await route.params, db: apiDeps.getDb, requestId }),
    );
}

export interface UserArgs<P extends Params> {
  req: Request;
  params: P;
  db: Db;
  userId: string;
  /** The organization the request would act in, when the user has one. */
  orgId: string | null;
  requestId: string;
}

/** For endpoints about the person rather than an organization (`/auth/me`). */
export function withUser<P extends Params = Params>(
  handler: (args: UserArgs<P>) => Promise<HandlerResult>,
  options: RouteOptions = {},
) {
  return (req: Request, route: RouteContext<P>) =>
    runApi(req, options, async (requestId) => {
      const db = await apiDeps.getDb();
      const principal = await authenticate(req, db, apiDeps.lookupSession);
      if (principal.kind !== "user") {
        throw new AppError("FORBIDDEN", "This endpoint needs a user's access token or session, not an API key");
      }
      assertSameOrigin(req, principal);
      const org = await resolveOrgContext(db, principal, req).catch((error: unknown) => {
        if (error instanceof AppError && error.code === "FORBIDDEN") return null;
        throw error;
      });
      return handler({ req, params: await route.params, db, userId: principal.userId, orgId: org?.orgId ?? null, requestId });
    });
}

export interface OrgArgs<P extends Params> {
  req: Request;
  params: P;
  ctx: ServiceContext;
}

/** The common case: an authenticated caller acting inside one organization. */
export function withOrg<P extends Params = Params>(
  handler: (args: OrgArgs<P>) => Promise<HandlerResult>,
  options: RouteOptions = {},
) {
  return (req: Request, route: RouteContext<P>) =>
    runApi(req, options, async (requestId) => {
      const db = await apiDeps.getDb();
      const principal = await authenticate(req, db, apiDeps.lookupSession);
      assertSameOrigin(req, principal);
      const { orgId, actor } = await resolveOrgContext(db, principal, req);
      const params = await route.params;
      // For GET /account/usage: a counter in memory, written in batches.
      apiDeps.countRequest(db, orgId, `${req.method} ${routePattern(new URL(req.url).pathname, params)}`);
      return handler({ req, params, ctx: { db, orgId, actor, requestId } });
    });
}
