import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createOrgWithOwner } from "../../../db/testing/factories";
import { createTestDb, type TestDb } from "../../../db/testing/test-db";
import { usageEvents } from "../../../db/schema";
import { jobDeps } from "../../../inngest/deps";
import { makeTestCalls, type TestCalls } from "../../../test-fixtures/test-calls";
import { resetConfigForTests } from "../../config";
import { resetStorageForTests } from "../../storage";
import type { ServiceContext } from "../context";
import { createProject } from "../projects/create-project";
import { getRecord } from "../records/get-record";
import { uploadRecord } from "../records/upload-record";
import { getBillingSummary } from "./get-billing-summary";
import { meterProcessedAudio } from "./meter-processed-audio";
import { jobRunner } from "../../../test-fixtures/job-test-env";

let testDb: TestDb;
let calls: TestCalls;
let owner: ServiceContext;
let projectId: string;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "callscope-audio-metering-"));

beforeAll(async () => {
  vi.stubEnv("DATA_DIR", dataDir);
  vi.stubEnv("PRICE_PER_AUDIO_MINUTE", "0.02");
  resetConfigForTests();
  resetStorageForTests();
  [testDb, calls] = await Promise.all([createTestDb(), makeTestCalls()]);
  jobDeps.getDb = async () => testDb.db;
  owner = (await createOrgWithOwner(testDb.db)).ctx;
  projectId = (await createProject(owner, { name: "Calls" })).id;
}, 120_000);
afterAll(async () => {
  await testDb.close();
  await calls.cleanup();
  vi.unstubAllEnvs();
  resetConfigForTests();
  resetStorageForTests();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("metering processed audio", () => {
  it("meters a stereo call's minutes once (both channels count once), then its analysis", async () => {
    const form = new FormData();
    form.append("projectId", projectId);
    form.append("file", new Blob([fs.readFileSync(calls.stereoWav)]), "call.wav");
    const request = new Request("http://callscope.test/api/v1/records/upload", { method: "POST", body: form });
    const record = await uploadRecord(owner, { body: request.body, contentType: request.headers.get("content-type")! });
    await jobRunner(testDb.db).runUntilIdle(240_000);

    const done = await getRecord(owner, record.id);
    expect(done.status).toBe("completed");
    const durationMs = done.durationMs!;
    expect(Math.abs(durationMs - calls.durationMs)).toBeLessThan(100);
    const rows = await testDb.db.select().from(usageEvents).where(eq(usageEvents.recordId, record.id));
    const audio = rows.filter((r) => r.kind === "audio_minutes");
    expect(audio).toEqual([
      expect.objectContaining({
        sourceId: record.id,
        projectId,
        quantity: Math.round(durationMs / 6) / 10_000,
        unitPriceMicros: 20_000,
        costMicros: Math.round((durationMs * 20_000) / 60_000),
      }),
    ]);
    expect(rows.filter((r) => r.kind === "analysis")).toHaveLength(1);

    // The transcript step again (a retry) meters nothing more.
    expect(await meterProcessedAudio(testDb.db, { orgId: owner.orgId, projectId, recordId: record.id, durationMs })).toBe(false);
    const summary = await getBillingSummary(owner, owner.orgId);
    expect(summary.totalMinutes).toBe(Math.round((durationMs / 60_000) * 100) / 100);
    expect(summary.totalCost).toBe((Math.round((durationMs * 20_000) / 60_000) + 10_000) / 1_000_000);
  }, 300_000);
});
