import fs from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { expectAppError } from "../../../db/testing/expect-app-error";
import { addUserWithRole, createOrgWithOwner } from "../../../db/testing/factories";
import type { TestDb } from "../../../db/testing/test-db";
import { billingBudgets, budgetAlerts, jobRuns, recordExports, records, usageEvents } from "../../../db/schema";
import type { JobEvent } from "../../../inngest/define-job";
import { EVENTS } from "../../../inngest/events";
import { startTestServer, type TestServer } from "../../../test-fixtures/http-server";
import { SUPPORT_CALL } from "../../analysis/local/support-call.fixture";
import { resetConfigForTests } from "../../config";
import { newId } from "../../ids";
import { listAnalyses } from "../analyses/list-analyses";
import { reanalyzeRecord } from "../analyses/reanalyze-record";
import { systemContext } from "../context";
import { ingestRecord } from "../ingest/ingest-record";
import { createProject } from "../projects/create-project";
import { createRecord } from "../records/create-record";
import { getRecord } from "../records/get-record";
import { retryRecord } from "../records/retry-record";
import { uploadRecord } from "../records/upload-record";
import { getAccountUsage } from "./get-account-usage";
import { getBillingSummary } from "./get-billing-summary";
import { getBillingUsage } from "./get-billing-usage";
import { grantCredits } from "./grant-credits";
import { listCredits } from "./list-credits";
import { meterAnalysis } from "./meter-analysis";
import { recordUsage } from "./record-usage";
import { updateBudget } from "./update-budget";
import { type JobTestEnv, jobRunner, openJobTestEnv } from "../../../test-fixtures/job-test-env";

// Every job event, as sent (the real engine still queues them).
const sent = vi.hoisted(() => [] as JobEvent[]);
vi.mock("../../../inngest/engine", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../../inngest/engine")>();
  return {
    ...real,
    sendJobEvents: async (events: JobEvent[], options?: Parameters<typeof real.sendJobEvents>[1]) => {
      sent.push(...events);
      return real.sendJobEvents(events, options);
    },
  };
});

// The pipeline's metering, able to fail right after it metered: what a lost connection does to a step.
const failAfterMetering = vi.hoisted(() => ({ times: 0 }));
vi.mock("./meter-analysis", async (importOriginal) => {
  const real = await importOriginal<typeof import("./meter-analysis")>();
  return {
    meterAnalysis: vi.fn(async (...args: Parameters<typeof real.meterAnalysis>) => {
      await real.meterAnalysis(...args);
      if (failAfterMetering.times > 0) {
        failAfterMetering.times--;
        throw new Error("connection lost after metering");
      }
    }),
  };
});

let testDb: TestDb;
let env: JobTestEnv;

beforeAll(async () => {
    env = await openJobTestEnv("billing", { INGEST_ALLOW_PRIVATE_URLS: "true" });
  testDb = env.testDb;
});
afterAll(async () => {
  await env.close();
});
afterEach(() => {
  vi.stubEnv("PRICE_PER_ANALYSIS", "0.01");
  resetConfigForTests();
});

const runner = () => jobRunner(testDb.db);
const page = { page: 1, pageSize: 20 };
const listQuery = { ...page, sort: "createdAt" as const, order: "desc" as const };

async function newOrg() {
  const { ctx, org } = await createOrgWithOwner(testDb.db);
  const projectId = (await createProject(ctx, { name: "Support" })).id;
  return { owner: ctx, orgId: org.id, projectId };
}

function call(projectId: string, extra: Record<string, unknown> = {}) {
  return { projectId, type: "call", transcript: { segments: SUPPORT_CALL }, ...extra };
}

function usageOf(recordId: string) {
  return testDb.db.select().from(usageEvents).where(eq(usageEvents.recordId, recordId)).orderBy(usageEvents.createdAt);
}

function thresholdEvents(orgId: string) {
  return sent.filter((e) => e.name === EVENTS.budgetThreshold.name && e.data.orgId === orgId).map((e) => e.data);
}

/** A tiny valid WAV: refusals below must come from the budget, not the file. */
function uploadRequest(projectId: string) {
  const header = Buffer.alloc(44);
  header.write("RIFF", 0);
  header.writeUInt32LE(36 + 1600, 4);
  header.write("WAVEfmt ", 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(16000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write("data", 36);
  header.writeUInt32LE(1600, 40);
  const form = new FormData();
  form.append("projectId", projectId);
  form.append("file", new Blob([Buffer.concat([header, Buffer.alloc(1600)])]), "call.wav");
  const request = new Request("http://callscope.test/api/v1/records/upload", { method: "POST", body: form });
  return { body: request.body, contentType: request.headers.get("content-type")! };
}

describe("metering the pipeline", () => {
  it("meters a completed analysis once, even when its step is retried after metering", async () => {
    const { owner, projectId } = await newOrg();
    failAfterMetering.times = 1;
    const { record } = await createRecord(owner, call(projectId));
    await runner().runUntilIdle();

    expect((await getRecord(owner, record.id)).status).toBe("completed");
    // The step really ran twice: metered, failed, retried, metered again.
    expect(vi.mocked(meterAnalysis).mock.calls.filter(([, input]) => input.orgId === owner.orgId)).toHaveLength(2);
    const [run] = await testDb.db.select().from(jobRuns).where(eq(jobRuns.eventId, `transcript-ready:${record.id}`));
    // One failed attempt, then the one that completed.
    expect(run).toMatchObject({ status: "completed", attempts: 1 });

    const [analysis] = (await listAnalyses(owner, { ...listQuery, recordId: record.id })).items;
    const events = await usageOf(record.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: "analysis",
      sourceId: analysis!.id,
      analysisId: analysis!.id,
      projectId,
      quantity: 1,
      unitPriceMicros: 10_000,
      costMicros: 10_000,
      currency: "USD",
    });
    const summary = await getBillingSummary(owner, owner.orgId);
    expect(summary).toMatchObject({ totalRecords: 1, totalAnalyses: 1, totalMinutes: 0, totalCost: 0.01, budgetLimit: null });
  });

  it("meters a re-analysis as a new analysis, at the price in effect then, and keeps the old price on the old event", async () => {
    const { owner, projectId } = await newOrg();
    const { record } = await createRecord(owner, call(projectId));
    await runner().runUntilIdle();
    vi.stubEnv("PRICE_PER_ANALYSIS", "0.05");
    resetConfigForTests();
    const [first] = (await listAnalyses(owner, { ...listQuery, recordId: record.id })).items;
    await reanalyzeRecord(owner, first!.id, {});
    await runner().runUntilIdle();

    expect((await usageOf(record.id)).map((e) => [e.kind, e.unitPriceMicros, e.costMicros])).toEqual([
      ["analysis", 10_000, 10_000],
      ["analysis", 50_000, 50_000],
    ]);
    expect((await getBillingSummary(owner, owner.orgId)).totalCost).toBe(0.06);
  });
});

describe("budgets", () => {
  it.each([
    ["a negative number", { budgetLimit: -1 }, "budgetLimit", /zero or more/],
    ["a negative decimal string", { budgetLimit: "-0.50" }, "budgetLimit", /zero or more/],
    ["text", { budgetLimit: "ten" }, "budgetLimit", /at most 6 decimals/],
    ["more than 6 decimals", { budgetLimit: 1.0000001 }, "budgetLimit", /at most 6 decimals/],
    ["too large", { budgetLimit: 2e9 }, "budgetLimit", /at most 6 decimals, up to/],
    ["a boolean", { budgetLimit: true }, "budgetLimit", /./],
    ["nothing", {}, "budgetLimit", /./],
    ["an unknown field", { budgetLimit: 5, limit: 5 }, "limit", /not a known field/],
  ])("refuses %s with a 400 naming the field, and writes nothing", async (_label, body, field, message) => {
    const { owner, orgId } = await newOrg();
    const error = await expectAppError(updateBudget(owner, orgId, body), "VALIDATION_ERROR", field);
    expect((error.details!.fields as Record<string, string[]>)[field]!.join(" ")).toMatch(message);
    expect(await testDb.db.select().from(billingBudgets).where(eq(billingBudgets.orgId, orgId))).toEqual([]);
  });

  it("takes a number or a decimal string, 0 included, and null removes the budget", async () => {
    const { owner, orgId } = await newOrg();
    expect(await updateBudget(owner, orgId, { budgetLimit: 12.5 })).toMatchObject({ budgetLimit: 12.5, budgetUsedPercent: 0, budgetRemaining: 12.5 });
    expect(await updateBudget(owner, orgId, { budgetLimit: "500.000001" })).toMatchObject({ budgetLimit: 500.000001 });
    expect(await updateBudget(owner, orgId, { budgetLimit: 0 })).toMatchObject({ budgetLimit: 0, budgetExceeded: true });
    expect(await updateBudget(owner, orgId, { budgetLimit: null })).toMatchObject({ budgetLimit: null, budgetUsedPercent: null, budgetExceeded: false });
  });

  it("fires the 80 % alert once per period, then 100 %, and again only when a budget change re-arms it", async () => {
    const { owner, orgId } = await newOrg();
    // One analysis (0.01) is exactly 80 % of 0.0125.
    await updateBudget(owner, orgId, { budgetLimit: "0.0125" });
    const meter = (n: number) =>
      recordUsage(testDb.db, { orgId, projectId: null, recordId: null, analysisId: null, sourceId: `ana_budget_${orgId}_${n}` }, { kind: "analysis" });
    const period = (await getBillingSummary(owner, orgId)).period;

    expect(await meter(1)).toBe(true);
    expect(thresholdEvents(orgId)).toEqual([{ orgId, period, percent: 80, spent: 0.01, budget: 0.0125, currency: "USD" }]);
    // The same work again is not metered again, and alerts nothing.
    expect(await meter(1)).toBe(false);
    expect(thresholdEvents(orgId)).toHaveLength(1);
    await meter(2);
    expect(thresholdEvents(orgId).map((e) => e.percent)).toEqual([80, 100]);
    await meter(3);
    expect(thresholdEvents(orgId)).toHaveLength(2);
    expect((await testDb.db.select().from(budgetAlerts).where(eq(budgetAlerts.orgId, orgId))).map((a) => [a.percent, a.spentMicros])).toEqual(
      expect.arrayContaining([
        [80, 10_000],
        [100, 20_000],
      ]),
    );

    // A higher budget puts the spend (0.03) back under both: re-armed, nothing fires.
    await updateBudget(owner, orgId, { budgetLimit: 1 });
    expect(await testDb.db.select().from(budgetAlerts).where(eq(budgetAlerts.orgId, orgId))).toEqual([]);
    expect(thresholdEvents(orgId)).toHaveLength(2);
    // A budget below what is already spent alerts at once, each threshold once.
    await updateBudget(owner, orgId, { budgetLimit: 0.03 });
    await updateBudget(owner, orgId, { budgetLimit: 0.03 });
    expect(thresholdEvents(orgId).slice(2)).toEqual([
      { orgId, period, percent: 80, spent: 0.03, budget: 0.03, currency: "USD" },
      { orgId, period, percent: 100, spent: 0.03, budget: 0.03, currency: "USD" },
    ]);
  });

  it("sends the alert through the jobs engine with an id that de-duplicates it", async () => {
    const { owner, orgId } = await newOrg();
    await updateBudget(owner, orgId, { budgetLimit: 0.01 });
    await recordUsage(testDb.db, { orgId, projectId: null, recordId: null, analysisId: null, sourceId: `ana_id_${orgId}` }, { kind: "analysis" });
    const events = sent.filter((e) => e.name === EVENTS.budgetThreshold.name && e.data.orgId === orgId);
    expect(events.map((e) => e.id)).toEqual([expect.stringMatching(new RegExp(`^budget-threshold:${orgId}:\\d{4}-\\d{2}:80:10000$`)), expect.stringContaining(":100:10000")]);
    for (const event of events) expect(EVENTS.budgetThreshold.schema.safeParse(event.data).success).toBe(true);
  });

  it("refuses new processing at every entry point once the budget is spent, while a record already accepted finishes", async () => {
    const { owner, orgId, projectId } = await newOrg();
    const accepted = (await createRecord(owner, call(projectId, { externalId: "accepted-1" }))).record;
    await updateBudget(owner, orgId, { budgetLimit: 0 });

    const refused = await expectAppError(createRecord(owner, call(projectId)), "BUDGET_EXCEEDED");
    expect(refused.status).toBe(402);
    expect(refused.message).toMatch(/^The monthly budget of \$0\.00 for \d{4}-\d{2} is spent \(\$0\.00 used\)/);
    expect(refused.message).toContain("Records already accepted still finish");
    expect(refused.message).toContain(`Settings → Billing or with PATCH /api/v1/billing/budget/${orgId}`);
    expect(refused.details).toMatchObject({ spent: 0, budgetLimit: 0, currency: "USD", resetsOn: expect.stringMatching(/^\d{4}-\d{2}-01$/) });

    // Uploads are refused before the file is read: nothing stored, no record.
    await expectAppError(uploadRecord(owner, uploadRequest(projectId)), "BUDGET_EXCEEDED");
    const objects = path.join(env.dataDir, "objects", "records");
    expect(fs.existsSync(objects) ? fs.readdirSync(objects, { recursive: true }).filter((f) => String(f).endsWith("original")) : []).toEqual([]);

    // Ingest deliveries are refused before anything is downloaded.
    const files: TestServer = await startTestServer((_req, res) => void res.writeHead(200, { "content-type": "audio/wav" }).end(Buffer.alloc(64)));
    try {
      await expectAppError(ingestRecord(owner, { format: "generic", payload: { projectId, recordingUrl: `${files.url}/call.wav` } }), "BUDGET_EXCEEDED");
      expect(files.requests).toHaveLength(0);
    } finally {
      await files.close();
    }
    // A repeated delivery still answers with the record it made.
    expect(await createRecord(owner, call(projectId, { externalId: "accepted-1" }))).toMatchObject({ created: false, record: { id: accepted.id } });
    expect(await testDb.db.select({ id: records.id }).from(records).where(eq(records.orgId, orgId))).toHaveLength(1);

    // What was accepted before still runs to the end, and is metered past the budget.
    await runner().runUntilIdle();
    expect((await getRecord(owner, accepted.id)).status).toBe("completed");
    expect(await getBillingSummary(owner, orgId)).toMatchObject({ totalCost: 0.01, budgetLimit: 0, budgetExceeded: true });

    const [analysis] = (await listAnalyses(owner, { ...listQuery, recordId: accepted.id })).items;
    await expectAppError(reanalyzeRecord(owner, analysis!.id, {}), "BUDGET_EXCEEDED");
    // Only a failed record can be retried; make this one failed the way the pipeline would leave it.
    await testDb.db.update(records).set({ status: "failed", error: "Analysis failed" }).where(eq(records.id, accepted.id));
    await expectAppError(retryRecord(owner, accepted.id), "BUDGET_EXCEEDED");
    expect((await getRecord(owner, accepted.id)).status).toBe("failed");

    // Raising the budget lets processing in again.
    await updateBudget(owner, orgId, { budgetLimit: 10 });
    expect((await retryRecord(owner, accepted.id)).status).toBe("pending");
    expect((await createRecord(owner, call(projectId))).created).toBe(true);
    await runner().runUntilIdle();
  });
});

describe("summary, usage and credits", () => {
  it("breaks usage down by day (every day of the range), project and kind", async () => {
    const { owner, orgId, projectId } = await newOrg();
    const other = await createProject(owner, { name: "Sales" });
    const meter = (sourceId: string, project: string, work: Parameters<typeof recordUsage>[2], at: string) =>
      recordUsage(testDb.db, { orgId, projectId: project, recordId: `rec_${sourceId}`, analysisId: null, sourceId }, work, new Date(at));
    await meter("a1", projectId, { kind: "audio_minutes", durationMs: 90_000 }, "2026-01-05T10:00:00Z");
    await meter("a2", projectId, { kind: "analysis" }, "2026-01-05T10:01:00Z");
    await meter("a3", other.id, { kind: "analysis" }, "2026-01-07T23:59:59Z");
    await meter("a4", other.id, { kind: "llm_tokens", tokens: 1500 }, "2026-01-07T23:59:59Z");
    await meter("a5", other.id, { kind: "analysis" }, "2026-01-09T00:00:00Z");

    const usage = await getBillingUsage(owner, orgId, { from: new Date("2026-01-05T00:00:00Z"), to: new Date("2026-01-08T23:59:59.999Z") });
    expect(usage.byDay).toEqual([
      { date: "2026-01-05", cost: 0.04, audioMinutes: 1.5, analyses: 1, llmTokens: 0 },
      { date: "2026-01-06", cost: 0, audioMinutes: 0, analyses: 0, llmTokens: 0 },
      { date: "2026-01-07", cost: 0.013, audioMinutes: 0, analyses: 1, llmTokens: 1500 },
      { date: "2026-01-08", cost: 0, audioMinutes: 0, analyses: 0, llmTokens: 0 },
    ]);
    expect(usage.byProject).toEqual([
      { projectId, projectName: "Support", cost: 0.04, audioMinutes: 1.5, analyses: 1, llmTokens: 0 },
      { projectId: other.id, projectName: "Sales", cost: 0.013, audioMinutes: 0, analyses: 1, llmTokens: 1500 },
    ]);
    expect(usage.byKind).toEqual([
      { kind: "audio_minutes", unit: "minute", quantity: 1.5, events: 1, cost: 0.03 },
      { kind: "analysis", unit: "analysis", quantity: 2, events: 2, cost: 0.02 },
      { kind: "llm_tokens", unit: "1k_tokens", quantity: 1500, events: 1, cost: 0.003 },
    ]);
    expect(usage.totals).toEqual({ cost: 0.053, audioMinutes: 1.5, analyses: 2, llmTokens: 1500 });

    // The default range is the current period, up to today; January's usage is not in it.
    const current = await getBillingUsage(owner, orgId, {});
    expect(current.byDay.at(-1)!.date).toBe(new Date().toISOString().slice(0, 10));
    expect(current.totals.cost).toBe(0);
  });

  it("refuses a usage range over a year or running backwards, naming the field", async () => {
    const { owner, orgId } = await newOrg();
    await expectAppError(getBillingUsage(owner, orgId, { from: new Date("2025-01-01"), to: new Date("2026-03-01") }), "VALIDATION_ERROR", "to");
    await expectAppError(getBillingUsage(owner, orgId, { from: new Date("2026-03-02"), to: new Date("2026-03-01") }), "VALIDATION_ERROR", "from");
  });

  it("keeps the credit balance as grants minus everything metered, and only the operator grants", async () => {
    const { owner, orgId } = await newOrg();
    const operator = systemContext(testDb.db, orgId);
    await grantCredits(operator, { amount: "10", note: "Welcome credit" });
    await grantCredits(operator, { amount: 5.5 });
    await expectAppError(grantCredits(operator, { amount: 0 }), "VALIDATION_ERROR", "amount");
    await expectAppError(grantCredits(operator, { amount: "-3" }), "VALIDATION_ERROR", "amount");
    const admin = await addUserWithRole(testDb.db, orgId, "admin");
    await expectAppError(grantCredits(admin.ctx, { amount: 1 }), "FORBIDDEN");
    await recordUsage(testDb.db, { orgId, projectId: null, recordId: null, analysisId: null, sourceId: `ana_credit_${orgId}` }, { kind: "analysis" });

    const { credits, total } = await listCredits(owner, orgId, page);
    expect(total).toBe(2);
    expect(credits).toMatchObject({ currency: "USD", granted: 15.5, used: 0.01, available: 15.49 });
    expect(credits.grants.map((g) => [g.amount, g.note, g.grantedBy])).toEqual([
      [5.5, null, null],
      [10, "Welcome credit", null],
    ]);
    expect((await getBillingSummary(owner, orgId)).credits).toEqual({ granted: 15.5, used: 0.01, available: 15.49 });
    expect((await listCredits(owner, orgId, { page: 2, pageSize: 1 })).credits.grants.map((g) => g.amount)).toEqual([10]);
  });

  it("counts records by source and type and the bytes stored", async () => {
    const { owner, projectId } = await newOrg();
    await createRecord(owner, call(projectId));
    await createRecord(owner, { projectId, type: "chat", content: "Customer: hello\nAgent: hi, how can I help?" });
    const usage = await getAccountUsage(owner, {});
    expect(usage.records).toEqual({ total: 2, bySource: { api: 2 }, byType: { call: 1, chat: 1 } });
    expect(usage.storage.byType.audio).toBe(0);
    expect(usage.storage.byType.transcripts).toBeGreaterThan(100);
    expect(usage.storage.totalBytes).toBe(usage.storage.byType.transcripts);
    // Export files count while they are kept; a failed or expired one holds nothing.
    const exportRow = { orgId: owner.orgId, format: "csv" as const, include: [], requestedByType: "system" as const, requesterRole: "owner" as const };
    await testDb.db.insert(recordExports).values([
      { ...exportRow, id: newId("export"), status: "completed" as const, sizeBytes: 4096 },
      { ...exportRow, id: newId("export"), status: "expired" as const, sizeBytes: 999 },
    ]);
    const withExport = await getAccountUsage(owner, {});
    expect(withExport.storage.byType.exports).toBe(4096);
    expect(withExport.storage.totalBytes).toBe(usage.storage.byType.transcripts + 4096);
    await runner().runUntilIdle();
  });
});

describe("who sees billing", () => {
  it("lets owners and admins read it, only owners change the budget, and hides other organizations", async () => {
    const { owner, orgId } = await newOrg();
    const admin = await addUserWithRole(testDb.db, orgId, "admin");
    expect((await getBillingSummary(admin.ctx, orgId)).orgId).toBe(orgId);
    await getBillingUsage(admin.ctx, orgId, {});
    await listCredits(admin.ctx, orgId, page);
    await getAccountUsage(admin.ctx, {});
    await expectAppError(updateBudget(admin.ctx, orgId, { budgetLimit: 5 }), "FORBIDDEN");

    for (const role of ["supervisor", "reviewer", "viewer"] as const) {
      const { ctx } = await addUserWithRole(testDb.db, orgId, role);
      await expectAppError(getBillingSummary(ctx, orgId), "FORBIDDEN");
      await expectAppError(getBillingUsage(ctx, orgId, {}), "FORBIDDEN");
      await expectAppError(listCredits(ctx, orgId, page), "FORBIDDEN");
      await expectAppError(getAccountUsage(ctx, {}), "FORBIDDEN");
      await expectAppError(updateBudget(ctx, orgId, { budgetLimit: 5 }), "FORBIDDEN");
    }

    // Another organization's id, even for its owner's counterpart here: 404, and nothing changes there.
    const stranger = await newOrg();
    await expectAppError(getBillingSummary(owner, stranger.orgId), "NOT_FOUND");
    await expectAppError(getBillingUsage(owner, stranger.orgId, {}), "NOT_FOUND");
    await expectAppError(listCredits(owner, stranger.orgId, page), "NOT_FOUND");
    await expectAppError(updateBudget(owner, stranger.orgId, { budgetLimit: 0 }), "NOT_FOUND");
    expect(await testDb.db.select().from(billingBudgets).where(and(eq(billingBudgets.orgId, stranger.orgId)))).toEqual([]);
  });
});
