import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createOrgWithOwner } from "../../../db/testing/factories";
import { createTestDb, type TestDb } from "../../../db/testing/test-db";
import { analyses } from "../../../db/schema";
import { jobDeps } from "../../../inngest/deps";
import { allJobs } from "../../../inngest/functions";
import { LocalRunner } from "../../../inngest/local-runner";
import { resetConfigForTests } from "../../config";
import { resetStorageForTests } from "../../storage";
import type { ServiceContext } from "../context";
import { parseInput } from "../parse-input";
import { createProject } from "../projects/create-project";
import { createRecord } from "../records/create-record";
import { getTranscript } from "../records/get-transcript";
import { searchRecords } from "./search-records";
import { searchQueryParams } from "./search-schemas";

let testDb: TestDb;
let owner: ServiceContext;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "callscope-search-redaction-"));

beforeAll(async () => {
  vi.stubEnv("DATA_DIR", dataDir);
  resetConfigForTests();
  resetStorageForTests();
  testDb = await createTestDb();
  jobDeps.getDb = async () => testDb.db;
  owner = (await createOrgWithOwner(testDb.db)).ctx;
});
afterAll(async () => {
  await testDb.close();
  vi.unstubAllEnvs();
  resetConfigForTests();
  resetStorageForTests();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const search = (params: Record<string, string>) => searchRecords(owner, parseInput(searchQueryParams, params));

describe("redaction", () => {
  it("never finds masked card numbers or email addresses, while the words around them are found", async () => {
    const project = await createProject(owner, { name: "Redacted", settings: { redaction: { enabled: true, entities: ["cardNumber", "email"] } } });
    const turns = [
      "Thank you for calling, can I take the card for the deposit?",
      "Sure, my card is 4111 1111 1111 1111 and send the receipt to jane.doe@example.com please.",
      "Thanks, the deposit is booked and the receipt is on its way.",
    ];
    const { record } = await createRecord(owner, {
      projectId: project.id,
      type: "call",
      title: "Card on file",
      transcript: { segments: turns.map((text, i) => ({ speaker: i % 2 ? "customer" : "agent", startMs: i * 5000, endMs: i * 5000 + 4000, text })) },
    });
    const stored = await getTranscript(owner, record.id);
    expect(stored.text).not.toContain("4111");
    expect(stored.text).not.toContain("jane.doe");

    // The real pipeline analyses it, so the summary written from the masked transcript is searched too.
    await new LocalRunner({ db: testDb.db, jobs: allJobs, concurrency: 2, concurrencyPerOrg: 2, backoffBaseMs: 10 }).runUntilIdle();
    const [analysis] = await testDb.db.select({ summary: analyses.summary }).from(analyses).where(eq(analyses.recordId, record.id));
    expect(analysis?.summary).toBeTruthy();
    expect((await search({ q: "deposit", type: "summary" })).items.map((h) => h.recordId)).toEqual([record.id]);

    for (const q of ["4111 1111 1111 1111", "4111111111111111", "4111", "1111", "jane.doe@example.com", "jane.doe", '"jane doe"', "example.com"]) {
      expect((await search({ q })).total, q).toBe(0);
    }
    const around = await search({ q: "receipt deposit", type: "transcript" });
    expect(around.items.map((h) => h.recordId)).toEqual([record.id]);
    expect(around.items[0]!.snippet).toContain("<mark>receipt</mark>");
    expect(around.items[0]!.snippet).not.toMatch(/4111|jane/);
  });
});
