import { getDb, type Db } from "../db/client";

/**
 * What job steps reach for. Steps reload data by id (jobs carry ids, not
 * data), so they need the database; tests point this at their own.
 */
export const jobDeps: { getDb: () => Promise<Db> } = { getDb };
