import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";

export const MIGRATIONS_DIR = path.join(process.cwd(), "db", "migrations");

/** Arbitrary constant: every Callscope instance takes the same advisory lock. */
const MIGRATION_LOCK_KEY = 727_011_001;

type MigrationTarget = { kind: "pglite"; client: PGlite } | { kind: "postgres"; url: string };

/**
 * Applies committed migrations. On PostgreSQL several app instances may start
 * at once, so the run holds an advisory lock on its own connection and the
 * losers wait, then find nothing left to do.
 */
export async function migrateDatabase(target: MigrationTarget): Promise<void> {
  if (target.kind === "pglite") {
    await migratePglite(drizzlePglite(target.client), { migrationsFolder: MIGRATIONS_DIR });
    return;
  }
  const connection = postgres(target.url, { max: 1, onnotice: () => {} });
  try {
    await connection`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migratePostgres(drizzlePostgres(connection), { migrationsFolder: MIGRATIONS_DIR });
    await connection`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
  } finally {
    await connection.end({ timeout: 5 });
  }
}
