import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { config } from "../lib/config";
import { migrateDatabase } from "./migrate";
import * as schema from "./schema";

/** The drizzle API both drivers share. Services take this, so a transaction or a test database fits too. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DbHandle {
  db: Db;
  kind: "pglite" | "postgres";
  /** Runs the committed migrations (safe to call on every start). */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** postgres:// URL; when absent PGlite is used. */
  url?: string;
  /** PGlite data directory; absent means in-memory (tests). */
  pgliteDir?: string;
  poolSize?: number;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<DbHandle> {
  if (options.url) {
    const url = options.url;
    const client = postgres(url, {
      max: options.poolSize ?? 10,
      // Notices about "already exists" during migrations are noise.
      onnotice: () => {},
    });
    const db = drizzlePostgres(client, { schema }) as unknown as Db;
    return {
      db,
      kind: "postgres",
      migrate: () => migrateDatabase({ kind: "postgres", url }),
      close: () => client.end({ timeout: 5 }),
    };
  }

  if (options.pgliteDir) fs.mkdirSync(path.dirname(options.pgliteDir), { recursive: true });
  const client = options.pgliteDir ? await PGlite.create(options.pgliteDir) : await PGlite.create();
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    migrate: () => migrateDatabase({ kind: "pglite", client }),
    close: () => client.close(),
  };
}

/**
 * One database per process. Kept on globalThis so `next dev` hot reloads do
 * not open PGlite twice (it has no lock; two openers corrupt it).
 */
const globalForDb = globalThis as unknown as { __callscopeDb?: Promise<DbHandle> };

export function getDbHandle(): Promise<DbHandle> {
  globalForDb.__callscopeDb ??= (async () => {
    const cfg = config();
    const handle = await openDatabase({
      url: cfg.DATABASE_URL,
      pgliteDir: cfg.pgliteDir,
      poolSize: cfg.DATABASE_POOL_SIZE,
    });
    await handle.migrate();
    return handle;
  })().catch((error) => {
    globalForDb.__callscopeDb = undefined;
    throw error;
  });
  return globalForDb.__callscopeDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

export async function pingDatabase(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}
