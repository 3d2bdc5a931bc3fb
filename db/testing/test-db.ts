import postgres from "postgres";
import { randomBase62 } from "../../lib/ids";
import { openDatabase, type Db, type DbHandle } from "../client";

export interface TestDb {
  db: Db;
  kind: DbHandle["kind"];
  close(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default,
 * or a new database on the PostgreSQL server in TEST_DATABASE_URL (dropped at
 * the end). Refuses anything but a local server, so a test can never touch a
 * real deployment.
 */
export async function createTestDb(): Promise<TestDb> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const handle = await openDatabase({});
    await handle.migrate();
    return { db: handle.db, kind: handle.kind, close: () => handle.close() };
  }

  const url = new URL(serverUrl);
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(url.hostname)) {
    throw new Error(`TEST_DATABASE_URL must point at a local server, not ${url.hostname}`);
  }
  const name = `callscope_test_${randomBase62(10).toLowerCase()}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString(), poolSize: 4 });
  await handle.migrate();
  return {
    db: handle.db,
    kind: handle.kind,
    async close() {
      await handle.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
