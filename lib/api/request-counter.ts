import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { apiRequestCounts } from "../../db/schema";
import { describeError, log } from "../log";

/**
 * The route a request matched, with its parameters put back as names:
 * `/api/v1/records/rec_123/transcript` with `{id: "rec_123"}` is
 * `/records/:id/transcript`. The first segment is always the resource, never
 * a parameter, so it is left alone.
 */
export function routePattern(pathname: string, params: Record<string, string | string[]> | undefined): string {
  const segments = pathname.replace(/^\/api\/v1(?=\/|$)/, "").split("/");
  const named = new Map<string, string>();
  // Next.js gives routes without dynamic segments no params at all.
  for (const [name, value] of Object.entries(params ?? {})) {
    for (const v of Array.isArray(value) ? value : [value]) named.set(v, name);
  }
  const pattern = segments.map((segment, i) => {
    if (i < 2 || !segment) return segment;
    let decoded = segment;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      // Malformed escapes stay as they came.
    }
    const name = named.get(decoded);
    return name ? `:${name}` : segment;
  });
  return (pattern.join("/") || "/").slice(0, 200);
}

/** Counts are written at most this long after the request. */
export const REQUEST_COUNT_FLUSH_MS = 5_000;

interface Pending {
  orgId: string;
  day: string;
  route: string;
  count: number;
}

interface CountBuffer {
  pending: Map<string, Pending>;
  timer?: NodeJS.Timeout;
}

// On globalThis so dev reloads keep one buffer and one timer.
const state = globalThis as unknown as { __callscopeRequestCounts?: CountBuffer };
const buffer = (): CountBuffer => (state.__callscopeRequestCounts ??= { pending: new Map() });

/**
 * Counts one authenticated request for `GET /account/usage`, by organization,
 * UTC day and route. Only a map entry is touched on the request path: an
 * upsert per request costs a cheap PGlite request about 40 % more
 * CPU (bench/billing/README.md). The counts are written in one statement at
 * most REQUEST_COUNT_FLUSH_MS later, so a killed process loses at most that
 * much; a failed write keeps them for the next one.
 */
export function countApiRequest(db: Db, orgId: string, route: string, now = new Date()): void {
  const current = buffer();
  const day = now.toISOString().slice(0, 10);
  const key = `${orgId}\n${day}\n${route}`;
  const entry = current.pending.get(key);
  if (entry) entry.count++;
  else current.pending.set(key, { orgId, day, route, count: 1 });
  if (!current.timer) {
    current.timer = setTimeout(() => {
      current.timer = undefined;
      void flushApiRequestCounts(db);
    }, REQUEST_COUNT_FLUSH_MS);
    // Never what keeps a process (a test, the admin CLI) alive.
    current.timer.unref();
  }
}

/** Writes the buffered counts now (also before GET /account/usage reads them, so it sees this process's latest). */
export async function flushApiRequestCounts(db: Db): Promise<void> {
  const { pending } = buffer();
  if (pending.size === 0) return;
  const batch = [...pending.values()];
  pending.clear();
  try {
    await db
      .insert(apiRequestCounts)
      .values(batch)
      .onConflictDoUpdate({
        target: [apiRequestCounts.orgId, apiRequestCounts.day, apiRequestCounts.route],
        set: { count: sql`${apiRequestCounts.count} + excluded.count` },
      });
  } catch (error) {
    // Put them back (adding what arrived meanwhile) for the next write; a count is never worth failing a request.
    for (const item of batch) {
      const key = `${item.orgId}\n${item.day}\n${item.route}`;
      const entry = pending.get(key);
      if (entry) entry.count += item.count;
      else pending.set(key, item);
    }
    log.warn("could not write API request counts; keeping them for the next try", { entries: batch.length, ...describeError(error) });
  }
}
