import { Readable } from "node:stream";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAppError } from "../../../db/testing/expect-app-error";
import { addUserWithRole, createOrgWithOwner } from "../../../db/testing/factories";
import type { TestDb } from "../../../db/testing/test-db";
import { jobRuns, records } from "../../../db/schema";
import { getStorage } from "../../storage";
import type { ServiceContext } from "../context";
import { createProject } from "../projects/create-project";
import { deleteProject } from "../projects/delete-project";
import { getProjectStats } from "../projects/get-project-stats";
import { createRecord } from "./create-record";
import { deleteRecord, recordObjectPrefix } from "./delete-record";
import { getRecord } from "./get-record";
import { getTranscript } from "./get-transcript";
import { listRecords } from "./list-records";
import { type JobTestEnv, jobRunner, openJobTestEnv } from "../../../test-fixtures/job-test-env";

let testDb: TestDb;
let owner: ServiceContext;
let projectId: string;
let env: JobTestEnv;

beforeAll(async () => {
    env = await openJobTestEnv("records");
  testDb = env.testDb;
  owner = (await createOrgWithOwner(testDb.db)).ctx;
  projectId = (await createProject(owner, { name: "Support" })).id;
});
afterAll(async () => {
  await env.close();
});

function runner() {
  return jobRunner(testDb.db);
}

const chat = (extra: Record<string, unknown> = {}) => ({
  projectId,
  type: "chat",
  agentName: "Ana",
  customerPhone: "+15551234567",
  messages: [
    { speaker: "customer", text: "Hi, I was charged twice", sentAt: "2026-03-05T10:00:00Z" },
    { speaker: "Agent", text: "Sorry about that, let me check", sentAt: "2026-03-05T10:00:30Z" },
  ],
  ...extra,
});

describe("records from JSON", () => {
  it("stores a chat's messages as a transcript and completes it through the job runner", async () => {
    const { record, created } = await createRecord(owner, chat());
    expect(created).toBe(true);
    expect(record).toMatchObject({ type: "chat", source: "api", status: "processing", customerPhone: "+15551234567" });

    await runner().runUntilIdle();
    expect((await getRecord(owner, record.id)).status).toBe("completed");
    const transcript = await getTranscript(owner, record.id);
    expect(transcript.provider).toBe("client");
    expect(transcript.segments.map((s) => [s.speaker, s.startMs, s.text])).toEqual([
      ["customer", 0, "Hi, I was charged twice"],
      ["agent", 30_000, "Sorry about that, let me check"],
    ]);
  });

  it("takes an email as plain content and a call with its transcript", async () => {
    const email = await createRecord(owner, { projectId, type: "email", title: "Refund", content: "Please refund order 1234." });
    expect(email.record.title).toBe("Refund");
    const call = await createRecord(owner, {
      projectId,
      type: "call",
      transcript: {
        segments: [
          { speaker: "agent", startMs: 0, endMs: 2500, text: "Thank you for calling" },
          { speaker: "customer", startMs: 2600, endMs: 6000, text: "I need help with my bill" },
        ],
      },
    });
    expect(call.record).toMatchObject({ durationMs: 6000, duration: 6 });
  });

  it("returns the existing record for an externalId it has seen", async () => {
    const first = await createRecord(owner, chat({ externalId: "crm-42" }));
    const again = await createRecord(owner, chat({ externalId: "crm-42" }));
    expect(again).toEqual({ record: first.record, created: false });
    const rows = await testDb.db.select().from(records).where(eq(records.externalId, "crm-42"));
    expect(rows).toHaveLength(1);
    // The event id dedupes the job too.
    const runs = await testDb.db.select().from(jobRuns).where(eq(jobRuns.eventId, `transcript-ready:${first.record.id}`));
    expect(runs).toHaveLength(1);
  });

  it.each([
    ["no project", { type: "chat", messages: [{ speaker: "a", text: "x" }] }, "projectId"],
    ["an unknown type", { projectId: "p", type: "fax" }, "type"],
    ["a chat without messages or content", { projectId: "p", type: "chat" }, "messages"],
    ["a chat with both", { projectId: "p", type: "chat", content: "x", messages: [{ speaker: "a", text: "x" }] }, "messages"],
    ["an empty message", { projectId: "p", type: "chat", messages: [{ speaker: "agent", text: " " }] }, "messages.0.text"],
    ["a call without a transcript", { projectId: "p", type: "call" }, "transcript"],
    [
      "a segment ending before it starts",
      { projectId: "p", type: "call", transcript: { segments: [{ speaker: "agent", startMs: 5, endMs: 1, text: "x" }] } },
      "transcript.segments.0.endMs",
    ],
    ["a bad phone", { projectId: "p", type: "email", content: "x", customerPhone: "call me" }, "customerPhone"],
    ["an unknown field", { projectId: "p", type: "email", content: "x", priority: "high" }, "priority"],
  ])("refuses %s, naming %s, and writes nothing", async (_label, input, field) => {
    const before = (await testDb.db.select().from(records)).length;
    await expectAppError(createRecord(owner, input), "VALIDATION_ERROR", field);
    expect((await testDb.db.select().from(records)).length).toBe(before);
  });

  it("answers 404 for an unknown or another organization's project", async () => {
    const other = await createOrgWithOwner(testDb.db);
    const theirs = await createProject(other.ctx, { name: "Theirs" });
    await expectAppError(createRecord(owner, chat({ projectId: theirs.id })), "NOT_FOUND");
    await expectAppError(createRecord(owner, chat({ projectId: "proj_nope" })), "NOT_FOUND");
  });
});

describe("reading records", () => {
  it("masks the customer's phone for roles without pii:read", async () => {
    const { record } = await createRecord(owner, chat());
    const { ctx: reviewer } = await addUserWithRole(testDb.db, owner.orgId, "reviewer");
    expect((await getRecord(reviewer, record.id)).customerPhone).toBe("+1***4567");
    const listed = await listRecords(reviewer, { page: 1, pageSize: 100, sort: "createdAt", order: "desc" });
    expect(JSON.stringify(listed)).not.toContain("+15551234567");
  });

  it("filters and sorts the list, with records lacking a value last", async () => {
    const { ctx } = await createOrgWithOwner(testDb.db);
    const project = await createProject(ctx, { name: "Calls" });
    const call = (ms: number, agentName: string) =>
      createRecord(ctx, {
        projectId: project.id,
        type: "call",
        agentName,
        transcript: { segments: [{ speaker: "agent", startMs: 0, endMs: ms, text: "hello" }] },
      });
    await call(3000, "Ana Lopez");
    await call(9000, "Bo Chen");
    await createRecord(ctx, { projectId: project.id, type: "email", content: "no duration" });
    const longestFirst = await listRecords(ctx, { page: 1, pageSize: 10, sort: "duration", order: "desc" });
    expect(longestFirst.items.map((r) => r.durationMs)).toEqual([9000, 3000, null]);
    const shortestFirst = await listRecords(ctx, { page: 1, pageSize: 10, sort: "duration", order: "asc" });
    expect(shortestFirst.items.map((r) => r.durationMs)).toEqual([3000, 9000, null]);
    const byAgent = await listRecords(ctx, { page: 1, pageSize: 10, sort: "createdAt", order: "desc", agentName: "lopez" });
    expect(byAgent.items.map((r) => r.agentName)).toEqual(["Ana Lopez"]);
    const emails = await listRecords(ctx, { page: 1, pageSize: 10, sort: "createdAt", order: "desc", type: "email" });
    expect(emails.total).toBe(1);
  });

  it("says why there is no transcript yet", async () => {
    const { ctx } = await createOrgWithOwner(testDb.db);
    const project = await createProject(ctx, { name: "Pending" });
    const { record } = await createRecord(ctx, { projectId: project.id, type: "email", content: "hello" });
    await testDb.db.delete(records).where(eq(records.id, record.id));
    await expectAppError(getTranscript(ctx, record.id), "NOT_FOUND");
  });

  it("reports project statistics for a period", async () => {
    const { ctx } = await createOrgWithOwner(testDb.db);
    const project = await createProject(ctx, { name: "Stats" });
    const ids: string[] = [];
    for (const ms of [60_000, 120_000]) {
      const { record } = await createRecord(ctx, {
        projectId: project.id,
        type: "call",
        transcript: { segments: [{ speaker: "agent", startMs: 0, endMs: ms, text: "hi" }] },
      });
      ids.push(record.id);
    }
    await runner().runUntilIdle();
    const scores = await Promise.all(ids.map(async (id) => (await getRecord(ctx, id)).qualityScore!));
    const stats = await getProjectStats(ctx, project.id, {});
    expect(stats).toMatchObject({
      totalRecords: 2,
      completedRecords: 2,
      failedRecords: 0,
      averageDuration: 90,
      averageQualityScore: (scores[0]! + scores[1]!) / 2,
    });
    const future = await getProjectStats(ctx, project.id, { from: new Date(Date.now() + 86_400_000) });
    expect(future.totalRecords).toBe(0);
  });
});

describe("deleting", () => {
  it("deletes a record with its stored objects, and hides other organizations' records", async () => {
    const { record } = await createRecord(owner, chat());
    const storage = getStorage();
    await storage.put(`${recordObjectPrefix(record.id)}audio.wav`, Readable.from([Buffer.from("RIFF")]), { contentType: "audio/wav" });
    const other = await createOrgWithOwner(testDb.db);
    await expectAppError(deleteRecord(other.ctx, record.id), "NOT_FOUND");
    await expect(deleteRecord(owner, record.id)).resolves.toEqual({ id: record.id, deleted: true });
    await expectAppError(getRecord(owner, record.id), "NOT_FOUND");
    expect(await storage.stat(`${recordObjectPrefix(record.id)}audio.wav`)).toBeNull();
  });

  it("refuses to delete a project that still has records", async () => {
    await expectAppError(deleteProject(owner, projectId), "CONFLICT");
  });

  it("lets reviewers read but not write records", async () => {
    const { ctx: reviewer } = await addUserWithRole(testDb.db, owner.orgId, "reviewer");
    await expectAppError(createRecord(reviewer, chat()), "FORBIDDEN");
  });
});
