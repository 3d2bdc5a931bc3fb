import type { Db } from "../../db/client";

/**
 * Hot queries are built once per database handle and reused as drizzle
 * prepared queries: building SQL on every request showed up as a tenth of the
 * CPU of an authenticated list (bench/README.md). Keyed weakly, so a test's
 * database (or a transaction) takes its cache with it when it goes.
 */
const cache = new WeakMap<Db, Map<string, unknown>>();

export function preparedFor<T>(db: Db, key: string, build: () => T): T {
  let queries = cache.get(db);
  if (!queries) {
    queries = new Map();
    cache.set(db, queries);
  }
  let query = queries.get(key) as T | undefined;
  if (!query) {
    query = build();
    queries.set(key, query);
  }
  return query;
}
