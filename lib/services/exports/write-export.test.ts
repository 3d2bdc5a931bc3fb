import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { desc, eq, sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "../../../db/client";
import { createOrgWithOwner } from "../../../db/testing/factories";
import { createTestDb, type TestDb } from "../../../db/testing/test-db";
import { records } from "../../../db/schema";
import { config, resetConfigForTests } from "../../config";
import { readPdf } from "../../exports/testing/read-pdf";
import { newId } from "../../ids";
import { createStorage, resetStorageForTests, type ObjectStorage, type PutBody } from "../../storage";
import type { ServiceContext } from "../context";
import { createProject } from "../projects/create-project";
import { writeExport, type WriteExportOptions } from "./write-export";

/**
 * writeExport on its own, as the benchmark calls it: batches that neither
 * skip nor repeat records, and output that flows to storage while records are
 * still being read, one batch at a time, rather than being built up first.
 */
let testDb: TestDb;
let owner: ServiceContext;
let bulkProject: string;
let tiesProject: string;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "callscope-write-export-"));

async function insertRecords(projectId: string, n: number, createdAt: (i: number) => SQL | Date) {
  for (let start = 0; start < n; start += 500) {
    const rows = Array.from({ length: Math.min(500, n - start) }, (_, k) => {
      const i = start + k;
      return {
        id: newId("record"),
        orgId: owner.orgId,
        projectId,
        type: "chat" as const,
        source: "api" as const,
        status: "completed" as const,
        title: `Conversation ${i}`,
        agentName: `Agent ${i % 7}`,
        customerPhone: "+15551234567",
        metadata: { index: i },
        createdAt: createdAt(i) as Date,
      };
    });
    await testDb.db.insert(records).values(rows);
  }
}

beforeAll(async () => {
  vi.stubEnv("DATA_DIR", dataDir);
  resetConfigForTests();
  resetStorageForTests();
  testDb = await createTestDb();
  owner = (await createOrgWithOwner(testDb.db)).ctx;
  bulkProject = (await createProject(owner, { name: "Bulk" })).id;
  tiesProject = (await createProject(owner, { name: "Ties" })).id;
  await insertRecords(bulkProject, 3000, (i) => new Date(Date.UTC(2026, 0, 1) + i * 1000));
  // Microseconds apart within one millisecond, and some at exactly the same instant.
  await insertRecords(tiesProject, 25, (i) => sql`timestamptz '2026-02-01 00:00:00.000+00' + ${Math.floor(i / 2)} * interval '1 microsecond'`);
});

afterAll(async () => {
  await testDb.close();
  vi.unstubAllEnvs();
  resetConfigForTests();
  resetStorageForTests();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Counts the queries writeExport runs, to see how far reading has got when each chunk arrives. */
function countingDb(db: Db) {
  const counter = { queries: 0 };
  const proxy = new Proxy(db, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target) as unknown;
      if (typeof value !== "function") return value;
      if (prop === "select" || prop === "selectDistinctOn") {
        return (...args: unknown[]) => {
          counter.queries++;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  });
  return { db: proxy, counter };
}

/** A store that takes its time with each chunk and notes what had been read by then. */
function slowStore(counter: { queries: number }) {
  const seen: { bytes: number; queries: number }[] = [];
  const parts: Buffer[] = [];
  const storage = {
    kind: "local",
    async put(_key: string, body: PutBody) {
      let size = 0;
      for await (const chunk of body as AsyncIterable<Uint8Array>) {
        seen.push({ bytes: chunk.length, queries: counter.queries });
        parts.push(Buffer.from(chunk));
        size += chunk.length;
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      return { size };
    },
  } as unknown as ObjectStorage;
  return { storage, seen, bytes: () => Buffer.concat(parts) };
}

const base = (db: Db, storage: ObjectStorage, extra: Partial<WriteExportOptions> = {}): WriteExportOptions => ({
  db,
  orgId: owner.orgId,
  filter: { projectId: bulkProject },
  snapshotAt: new Date(),
  format: "json",
  include: [],
  viewerRole: "owner",
  storage,
  key: "exports/test/records.json",
  ...extra,
});

describe("writeExport", () => {
  it("reads in keyset batches that neither skip nor repeat records created in the same millisecond", async () => {
    const expected = await testDb.db
      .select({ id: records.id })
      .from(records)
      .where(eq(records.projectId, tiesProject))
      .orderBy(desc(records.createdAt), desc(records.id));
    const { storage, bytes } = slowStore({ queries: 0 });
    const written = await writeExport(base(testDb.db, storage, { filter: { projectId: tiesProject }, batchSize: 4 }));
    const ids = (JSON.parse(bytes().toString()) as { id: string }[]).map((r) => r.id);
    expect(written.recordCount).toBe(25);
    expect(ids).toEqual(expected.map((r) => r.id));
  });

  it("streams a few thousand records a batch at a time: nothing is read ahead of what storage has taken", async () => {
    const { db, counter } = countingDb(testDb.db);
    const { storage, seen, bytes } = slowStore(counter);
    const written = await writeExport(base(db, storage, { format: "csv", include: ["metadata"], batchSize: 100 }));
    expect(written).toMatchObject({ recordCount: 3000, contentType: "text/csv; charset=utf-8" });
    expect(bytes().toString().split("\r\n")).toHaveLength(3002);
    // A header, then one chunk per batch of 100: never the whole file at once.
    expect(seen).toHaveLength(31);
    expect(Math.max(...seen.map((s) => s.bytes))).toBeLessThan(written.sizeBytes / 20);
    // One query per batch: when the n-th batch's bytes reach the store, at most n batches have been read.
    seen.slice(1).forEach((chunk, i) => expect(chunk.queries).toBeLessThanOrEqual(i + 1));
  });

  it("streams a PDF page by page in the same way", async () => {
    const { db, counter } = countingDb(testDb.db);
    const { storage, seen, bytes } = slowStore(counter);
    const written = await writeExport(
      base(db, storage, { format: "pdf", include: ["metadata"], batchSize: 20, filter: { projectId: bulkProject, agentName: "Agent 3" }, pdfCompress: false }),
    );
    const pdf = readPdf(bytes());
    expect(pdf.pageCount).toBe(written.recordCount + 1);
    expect(pdf.pages[1]).toContain("Conversation ");
    expect(pdf.pages[1]).toContain("+15551234567");
    // Totals and the organization's name, then the batches; bytes keep flowing while batches are read.
    const setupQueries = seen[0]!.queries;
    const batches = Math.ceil(written.recordCount / 20);
    expect(seen.filter((s) => s.queries - setupQueries < batches).length).toBeGreaterThan(written.recordCount / 2);
  });

  it("writes through the real store, which reports the size it wrote", async () => {
    const storage = createStorage(config());
    const key = "exports/exp_writetest/records.json";
    const written = await writeExport(base(testDb.db, storage, { key, include: ["metadata"], viewerRole: "viewer" }));
    expect(written.recordCount).toBe(3000);
    const info = await storage.stat(key);
    expect(info).toEqual({ size: written.sizeBytes, contentType: "application/json; charset=utf-8" });
    const { body } = await storage.get(key);
    const chunks: Buffer[] = [];
    for await (const chunk of body) chunks.push(chunk as Buffer);
    const parsed = JSON.parse(Buffer.concat(chunks).toString()) as { metadata: { customerPhone: string } }[];
    expect(parsed).toHaveLength(3000);
    expect(parsed[0]!.metadata.customerPhone).toBe("+1***4567");
  });
});
