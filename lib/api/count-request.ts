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
export function routePattern(pathname: string, params: Record<string, string | string[]>): string {
  const segments = pathname.replace(/^\/api\/v1(?=\/|$)/, "").split("/");
  const named = new Map<string, string>();
  for (const [name, value] of Object.entries(params)) {
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

/**
 * Counts one authenticated request for `GET /account/usage`: one upsert on
 * (organization, UTC day, route). A failure is logged, never the request's
 * failure. bench/billing/README.md measures what it adds to a request.
 */
export async function countApiRequest(db: Db, orgId: string, route: string, now = new Date()): Promise<void> {
  try {
    await db
      .insert(apiRequestCounts)
      .values({ orgId, day: now.toISOString().slice(0, 10), route, count: 1 })
      .onConflictDoUpdate({
        target: [apiRequestCounts.orgId, apiRequestCounts.day, apiRequestCounts.route],
        set: { count: sql`${apiRequestCounts.count} + 1` },
      });
  } catch (error) {
    log.warn("could not count an API request", { orgId, route, ...describeError(error) });
  }
}
