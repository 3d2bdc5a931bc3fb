import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type DbHandle } from "../db/client";
import { createOrgWithOwner } from "../db/testing/factories";
import { jobSteps, records, transcripts } from "../db/schema";
import { randomBase62 } from "../lib/ids";
import { createProject } from "../lib/services/projects/create-project";
import { uploadRecord } from "../lib/services/records/upload-record";
import { resetConfigForTests } from "../lib/config";
import { resetStorageForTests } from "../lib/storage";
import { makeTestCalls, type TestCalls } from "../test-fixtures/test-calls";

/**
 * The embedded engine's promise, tested with real processes: a server killed
 * (SIGKILL) in the middle of a call's transcription leaves the record in the
 * database, and the next server resumes the run from the step that was
 * interrupted, without redoing the steps that had finished.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "callscope-kill-"));
let calls: TestCalls;
let database: { env: Record<string, string>; open(): Promise<DbHandle>; drop(): Promise<void> };

async function sharedDatabase(): Promise<typeof database> {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) {
    const dir = path.join(dataDir, "db");
    return { env: { CHILD_PGLITE_DIR: dir }, open: () => openDatabase({ pgliteDir: dir }), drop: async () => {} };
  }
  const name = `callscope_kill_${randomBase62(10).toLowerCase()}`;
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    env: { CHILD_DATABASE_URL: url.toString() },
    open: () => openDatabase({ url: url.toString(), poolSize: 2 }),
    drop: async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

interface Child {
  process: ChildProcess;
  lines: string[];
  waitFor(line: string, timeoutMs: number): Promise<void>;
  exited: Promise<number | null>;
}

function startServer(recordId: string): Child {
  // Node itself with tsx's loader, not the tsx CLI: the CLI runs the script in a
  // grandchild that a SIGKILL to the CLI would leave running.
  const child = spawn(process.execPath, ["--import", "tsx", "test-fixtures/runner-child.ts"], {
    env: { ...process.env, ...database.env, DATA_DIR: dataDir, CHILD_RECORD_ID: recordId, LEASE_MS: "1500", LOG_LEVEL: "silent" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const lines: string[] = [];
  const waiters: { line: string; resolve: () => void }[] = [];
  let buffer = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split("\n");
    buffer = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      for (const w of waiters.filter((x) => x.line === line)) w.resolve();
    }
  });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    process: child,
    lines,
    exited,
    waitFor: (line, timeoutMs) =>
      lines.includes(line)
        ? Promise.resolve()
        : new Promise<void>((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no "${line}" within ${timeoutMs} ms; saw ${lines.join(" | ")}; stderr ${stderr}`)), timeoutMs);
            waiters.push({ line, resolve: () => (clearTimeout(timer), resolve()) });
          }),
  };
}

beforeAll(async () => {
  process.env.DATA_DIR = dataDir;
  resetConfigForTests();
  resetStorageForTests();
  calls = await makeTestCalls();
  database = await sharedDatabase();
}, 120_000);
afterAll(async () => {
  delete process.env.DATA_DIR;
  resetConfigForTests();
  resetStorageForTests();
  await calls?.cleanup();
  await database?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("a server killed mid-call", () => {
  it("resumes after a restart without redoing finished steps or losing the record", async () => {
    // Upload with this process, then let go of the database: the "servers" below own it.
    let handle = await database.open();
    await handle.migrate();
    const { ctx } = await createOrgWithOwner(handle.db);
    const project = await createProject(ctx, { name: "Resume" });
    const form = new FormData();
    form.append("projectId", project.id);
    form.append("file", new Blob([fs.readFileSync(calls.stereoWav)]), "call.wav");
    const request = new Request("http://callscope.test/api/v1/records/upload", { method: "POST", body: form });
    const record = await uploadRecord(ctx, { body: request.body, contentType: request.headers.get("content-type")! });
    await handle.close();

    const first = startServer(record.id);
    await first.waitFor("done decode", 60_000);
    await first.waitFor("start transcribe-channel-0", 60_000);
    // The whole process group, as a crashing machine would take it.
    process.kill(-first.process.pid!, "SIGKILL");
    await first.exited;
    expect(first.lines).not.toContain("done store-transcript");

    const second = startServer(record.id);
    expect(await second.exited).toBe(0);
    expect(second.lines, `first: ${first.lines.join(" | ")}`).toContain("record completed");
    // Finished before the kill: taken from the database, not run again.
    expect(second.lines).not.toContain("start mark-processing");
    expect(second.lines).not.toContain("start decode");
    // Interrupted: run again, then everything after it.
    expect(second.lines).toContain("start transcribe-channel-0");
    expect(second.lines).toContain("done store-transcript");
    expect(second.lines).toContain("done mark-completed");

    handle = await database.open();
    try {
      const [row] = await handle.db.select().from(records).where(eq(records.id, record.id));
      expect(row).toMatchObject({ status: "completed", error: null });
      const [transcript] = await handle.db.select().from(transcripts).where(eq(transcripts.recordId, record.id));
      expect(new Set(transcript!.segments.map((s) => s.speaker))).toEqual(new Set(["agent", "customer"]));
      const decodeSteps = await handle.db.select().from(jobSteps).where(eq(jobSteps.stepId, "decode"));
      expect(decodeSteps).toHaveLength(1);
    } finally {
      await handle.close();
    }
  }, 300_000);
});
