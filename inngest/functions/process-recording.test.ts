import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { expectAppError } from "../../db/testing/expect-app-error";
import { createOrgWithOwner } from "../../db/testing/factories";
import { createTestDb, type TestDb } from "../../db/testing/test-db";
import { jobRuns, records } from "../../db/schema";
import { resetConfigForTests } from "../../lib/config";
import type { ServiceContext } from "../../lib/services/context";
import { createProject } from "../../lib/services/projects/create-project";
import { getRecord } from "../../lib/services/records/get-record";
import { getTranscript } from "../../lib/services/records/get-transcript";
import { retryRecord } from "../../lib/services/records/retry-record";
import { uploadRecord } from "../../lib/services/records/upload-record";
import { resetStorageForTests } from "../../lib/storage";
import { makeTestCalls, type TestCalls } from "../../test-fixtures/test-calls";
import { jobDeps } from "../deps";
import { jobRunner } from "../../test-fixtures/job-test-env";

let testDb: TestDb;
let calls: TestCalls;
let ctx: ServiceContext;
let projectId: string;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "callscope-pipeline-"));

beforeAll(async () => {
  vi.stubEnv("DATA_DIR", dataDir);
  resetConfigForTests();
  resetStorageForTests();
  [testDb, calls] = await Promise.all([createTestDb(), makeTestCalls()]);
  jobDeps.getDb = async () => testDb.db;
  ctx = (await createOrgWithOwner(testDb.db)).ctx;
  projectId = (await createProject(ctx, { name: "Calls" })).id;
}, 120_000);
afterAll(async () => {
  await testDb.close();
  await calls.cleanup();
  vi.unstubAllEnvs();
  resetConfigForTests();
  resetStorageForTests();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** A multipart request the way a browser or curl sends it; fields first unless told otherwise. */
function multipart(file: string | null, fields: Record<string, string>, fileFirst = false) {
  const form = new FormData();
  const addFile = () => file && form.append("file", new Blob([fs.readFileSync(file)]), path.basename(file));
  if (fileFirst) addFile();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (!fileFirst) addFile();
  const request = new Request("http://callscope.test/api/v1/records/upload", { method: "POST", body: form });
  return { body: request.body, contentType: request.headers.get("content-type")! };
}

function storedObjects(): string[] {
  const root = path.join(dataDir, "objects");
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
}

const runner = () => jobRunner(testDb.db);

describe("the audio pipeline", () => {
  it("turns a stereo WAV into agent and customer turns with word timings", async () => {
    const record = await uploadRecord(ctx, multipart(calls.stereoWav, { projectId, metadata: JSON.stringify({ agentName: "Ana" }) }));
    expect(record).toMatchObject({ status: "pending", source: "upload", type: "call", agentName: "Ana", hasAudio: true });
    await runner().runUntilIdle(240_000);

    const done = await getRecord(ctx, record.id);
    expect(done.status).toBe("completed");
    expect(Math.abs(done.durationMs! - calls.durationMs)).toBeLessThan(100);
    const transcript = await getTranscript(ctx, record.id);
    expect(transcript.provider).toBe("pocketsphinx");
    const speakers = transcript.segments.map((s) => s.speaker);
    expect(new Set(speakers)).toEqual(new Set(["agent", "customer"]));
    // The call opens with the agent, and turns follow the script's order.
    expect(speakers[0]).toBe("agent");
    const firstCustomer = transcript.segments.find((s) => s.speaker === "customer")!;
    const scriptedCustomer = calls.turns.find((t) => t.speaker === "customer")!;
    expect(Math.abs(firstCustomer.startMs - scriptedCustomer.startMs)).toBeLessThan(1500);
    expect(transcript.segments.every((s) => s.words.every((w) => w.endMs >= w.startMs))).toBe(true);
    expect(transcript.talkMetrics).toMatchObject({ talkRatio: expect.any(Number) });
  }, 300_000);

  it("fails a silent recording with a message a person can act on, without retrying, and can retry it", async () => {
    const record = await uploadRecord(ctx, multipart(calls.silentWav, { projectId }, true));
    await runner().runUntilIdle(120_000);
    const failed = await getRecord(ctx, record.id);
    expect(failed.status).toBe("failed");
    expect(failed.error).toMatch(/silent/i);
    const [run] = await testDb.db.select().from(jobRuns).where(eq(jobRuns.eventId, `uploaded:${record.id}`));
    expect(run!.attempts).toBe(1);

    expect((await retryRecord(ctx, record.id)).status).toBe("pending");
    await runner().runUntilIdle(120_000);
    expect((await getRecord(ctx, record.id)).status).toBe("failed");
    await expectAppError(retryRecord(ctx, record.id).then(() => retryRecord(ctx, record.id)), "CONFLICT");
  }, 300_000);

  it("never leaves a truncated recording processing", async () => {
    const record = await uploadRecord(ctx, multipart(calls.truncatedWav, { projectId }));
    await runner().runUntilIdle(240_000);
    expect(["completed", "failed"]).toContain((await getRecord(ctx, record.id)).status);
  }, 300_000);
});

describe("refused uploads keep nothing", () => {
  it.each([
    ["a text file named .wav", () => multipart(calls.notAudio, { projectId }), "UNSUPPORTED_MEDIA_TYPE"],
    ["an unknown project (fields first)", () => multipart(calls.stereoWav, { projectId: "proj_nope" }), "NOT_FOUND"],
    ["an unknown project (file first)", () => multipart(calls.stereoWav, { projectId: "proj_nope" }, true), "NOT_FOUND"],
    ["no project", () => multipart(calls.stereoWav, {}), "VALIDATION_ERROR"],
    ["no file", () => multipart(null, { projectId }), "VALIDATION_ERROR"],
    ["bad metadata", () => multipart(calls.stereoWav, { projectId, metadata: "{not json" }), "VALIDATION_ERROR"],
    ["an unknown metadata field", () => multipart(calls.stereoWav, { projectId, metadata: '{"colour":"red"}' }), "VALIDATION_ERROR"],
  ] as const)("refuses %s", async (_label, build, code) => {
    const before = (await testDb.db.select().from(records)).length;
    const objectsBefore = storedObjects().length;
    await expectAppError(uploadRecord(ctx, build()), code);
    expect((await testDb.db.select().from(records)).length).toBe(before);
    expect(storedObjects().length).toBe(objectsBefore);
  });

  it("refuses a file over the size limit with 413 and removes what was written", async () => {
    vi.stubEnv("MAX_UPLOAD_MB", "1");
    resetConfigForTests();
    try {
      expect(fs.statSync(calls.stereoWav).size).toBeGreaterThan(1_048_576);
      const objectsBefore = storedObjects().length;
      await expectAppError(uploadRecord(ctx, multipart(calls.stereoWav, { projectId })), "PAYLOAD_TOO_LARGE");
      expect(storedObjects().length).toBe(objectsBefore);
    } finally {
      vi.stubEnv("MAX_UPLOAD_MB", "500");
      resetConfigForTests();
    }
  });

  it("refuses a body that is not multipart", async () => {
    await expectAppError(
      uploadRecord(ctx, { body: new Request("http://x", { method: "POST", body: "{}" }).body, contentType: "application/json" }),
      "UNSUPPORTED_MEDIA_TYPE",
    );
  });
});
