import { parse } from "csv-parse/sync";
import { count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { expectAppError } from "../../../db/testing/expect-app-error";
import { addUserWithRole, createOrgWithOwner } from "../../../db/testing/factories";
import type { TestDb } from "../../../db/testing/test-db";
import { auditLog, recordExports } from "../../../db/schema";
import { allJobs } from "../../../inngest/functions";
import { exportRecords } from "../../../inngest/functions/export-records";
import { LocalRunner } from "../../../inngest/local-runner";
import { SUPPORT_CALL } from "../../analysis/local/support-call.fixture";
import { resetConfigForTests } from "../../config";
import { collect } from "../../exports/sample-records.testing";
import { readPdf } from "../../exports/testing/read-pdf";
import { getStorage } from "../../storage";
import type { ServiceContext } from "../context";
import { createProject } from "../projects/create-project";
import { createRecord } from "../records/create-record";
import { createExport } from "./create-export";
import { deleteExport } from "./delete-export";
import { exportObjectKey } from "./export-owner";
import type { ExportDto } from "./export-schemas";
import { getExport } from "./get-export";
import { listExports } from "./list-exports";
import { openExportDownload } from "./open-export-download";
import { type JobTestEnv, jobRunner, openJobTestEnv } from "../../../test-fixtures/job-test-env";

let testDb: TestDb;
let owner: ServiceContext;
let billingId: string;
let salesId: string;
const ids: { call: string; chat: string; sales: string } = { call: "", chat: "", sales: "" };
let env: JobTestEnv;

beforeAll(async () => {
    env = await openJobTestEnv("exports");
  testDb = env.testDb;
  owner = (await createOrgWithOwner(testDb.db, "Acme Support")).ctx;
  billingId = (await createProject(owner, { name: "Billing" })).id;
  salesId = (await createProject(owner, { name: "Sales" })).id;
  // Created in this order, so newest first is sales, chat, call.
  ids.call = (
    await createRecord(owner, {
      projectId: billingId,
      type: "call",
      title: "Double charge",
      agentName: "Sarah",
      customerPhone: "+15551234567",
      custom: { queue: "billing" },
      transcript: { segments: SUPPORT_CALL },
    })
  ).record.id;
  ids.chat = (
    await createRecord(owner, {
      projectId: billingId,
      type: "chat",
      agentName: "Tom Jones",
      messages: [
        { speaker: "customer", text: "=HYPERLINK(\"http://evil.example\") my order never arrived" },
        { speaker: "agent", text: "Thank you for your patience, I will send a replacement today." },
      ],
    })
  ).record.id;
  ids.sales = (await createRecord(owner, { projectId: salesId, type: "chat", agentName: "Ana", content: "Interested in the premium plan." })).record.id;
  await jobRunner(testDb.db).runUntilIdle();
});

afterAll(async () => {
  await env.close();
});

/** Only the export job: the expiry job would sleep for a day and keep runUntilIdle waiting. */
const exportRunner = () => new LocalRunner({ db: testDb.db, jobs: [exportRecords], concurrency: 2, concurrencyPerOrg: 2, backoffBaseMs: 10 });

async function exportAndWait(ctx: ServiceContext, input: unknown): Promise<ExportDto> {
  const pending = await createExport(ctx, input);
  expect(pending.status).toBe("pending");
  await exportRunner().runUntilIdle();
  return getExport(ctx, pending.id);
}

function tokenOf(dto: ExportDto): string {
  return new URL(dto.downloadUrl!).searchParams.get("token")!;
}

async function download(dto: ExportDto): Promise<Buffer> {
  expect(dto).toMatchObject({ status: "completed", downloadUrl: expect.stringContaining(`/api/v1/exports/${dto.id}/download?token=`) });
  const file = await openExportDownload(testDb.db, dto.id, tokenOf(dto), null);
  const bytes = await collect(file.body);
  expect(bytes.length).toBe(dto.sizeBytes);
  return bytes;
}

const parseCsv = (bytes: Buffer) => parse(bytes.toString("utf8"), { columns: true }) as Record<string, string>[];

describe("exporting records", () => {
  it("writes a CSV with each record's score, criteria and summary, newest first", async () => {
    const done = await exportAndWait(owner, { format: "csv" });
    expect(done).toMatchObject({ format: "csv", recordCount: 3, include: ["metadata", "analysis", "criteria", "summary"], error: null });
    expect(Date.parse(done.expiresAt!) - Date.parse(done.completedAt!)).toBeCloseTo(24 * 3_600_000, -3);
    const rows = parseCsv(await download(done));
    expect(rows.map((r) => r.id)).toEqual([ids.sales, ids.chat, ids.call]);
    const call = rows[2]!;
    expect(call).toMatchObject({ title: "Double charge", projectName: "Billing", agentName: "Sarah", customerPhone: "'+15551234567", customMetadata: '{"queue":"billing"}', complianceStatus: "failed" });
    expect(Number(call.qualityScore)).toBeGreaterThan(0);
    expect(call.criteria).toMatch(/Greets the customer: Passed/);
    expect(call.criteriaFailed).toContain("Discloses that the call is recorded");
    expect(call.categoryScores).toMatch(/Greeting: 100/);
    expect(call.summary!.length).toBeGreaterThan(20);
    expect(call).not.toHaveProperty("transcript");
    // The customer's formula reached the summary or not, but never a cell that starts with "=".
    for (const row of rows) for (const value of Object.values(row)) expect(value).not.toMatch(/^[=+@]/);
  });

  it("writes JSON with the parts asked for, including the transcript without word timings", async () => {
    const done = await exportAndWait(owner, { format: "json", include: ["transcript", "criteria"], filters: { projectId: billingId } });
    expect(done.include).toEqual(["criteria", "transcript"]);
    const records = JSON.parse((await download(done)).toString("utf8")) as Record<string, unknown>[];
    expect(records.map((r) => r.id)).toEqual([ids.chat, ids.call]);
    const call = records[1]!;
    expect(call).not.toHaveProperty("metadata");
    expect(call).not.toHaveProperty("summary");
    expect((call.criteria as { id: string; explanation: string }[]).find((c) => c.id === "recording-disclosure")).toMatchObject({ result: "failed", compliance: true, category: "compliance", categoryName: "Compliance", explanation: expect.any(String) });
    const turns = call.transcript as { speaker: string; startMs: number; text: string }[];
    expect(turns).toHaveLength(SUPPORT_CALL.length);
    expect(turns[0]).toEqual({ speaker: SUPPORT_CALL[0]!.speaker, startMs: SUPPORT_CALL[0]!.startMs, text: expect.any(String) });
  });

  it("writes a PDF report: a title page, then a page per record with score, summary and criteria", async () => {
    const done = await exportAndWait(owner, { format: "pdf", filters: { projectId: billingId } });
    const bytes = await download(done);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const pdf = readPdf(bytes);
    expect(pdf.pageCount).toBeGreaterThanOrEqual(3);
    const text = pdf.pages.join("\n");
    expect(pdf.pages[0]).toContain("Acme Support");
    expect(pdf.pages[0]).toMatch(/Project:\s*Billing/);
    expect(pdf.pages[0]).toMatch(/Records:\s*2/);
    expect(text).toContain("Double charge");
    expect(text).toContain("Agent: Sarah");
    expect(text).toMatch(/Quality score: \d+ \/ 100\s+Compliance: Failed/);
    expect(text).toMatch(/Discloses that the call is recorded\s+\(compliance\)/);
    expect(text).toContain("Problem resolution");
    expect(text).toContain("Agent: Tom Jones");
    expect(text).not.toContain("Agent: Ana");
  });

  it("selects exactly what GET /records would with the same filters", async () => {
    const chats = await exportAndWait(owner, { format: "json", include: [], filters: { type: "chat", agentName: "tom" } });
    expect((JSON.parse((await download(chats)).toString()) as { id: string }[]).map((r) => r.id)).toEqual([ids.chat]);
    expect(chats.filters).toEqual({ type: "chat", agentName: "tom" });
    const sales = await exportAndWait(owner, { format: "csv", include: ["summary"], filters: { projectId: salesId, status: "completed" } });
    expect(parseCsv(await download(sales)).map((r) => r.id)).toEqual([ids.sales]);
    const dated = await exportAndWait(owner, { format: "json", filters: { from: "2020-01-01", to: "2020-01-31" } });
    expect(dated.filters).toEqual({ from: "2020-01-01T00:00:00.000Z", to: "2020-01-31T23:59:59.999Z" });
    expect(dated.recordCount).toBe(0);
  });

  it("gives a valid empty file when nothing matches: a CSV header, [], a PDF that says so", async () => {
    const none = { projectId: "proj_nothing00000000000" };
    const csv = await exportAndWait(owner, { format: "csv", filters: none });
    expect(csv.recordCount).toBe(0);
    const csvText = (await download(csv)).toString("utf8");
    expect(csvText.split("\r\n")).toEqual([expect.stringMatching(/^id,createdAt,type,/), ""]);
    expect(parseCsv(Buffer.from(csvText))).toEqual([]);
    const json = await exportAndWait(owner, { format: "json", filters: none });
    expect(JSON.parse((await download(json)).toString("utf8"))).toEqual([]);
    const pdf = readPdf(await download(await exportAndWait(owner, { format: "pdf", filters: none })));
    expect(pdf.pageCount).toBe(1);
    expect(pdf.pages[0]).toContain("No records matched these filters.");
    expect(pdf.pages[0]).toMatch(/Project:\s*proj_nothing00000000000 \(not found\)/);
  });

  it("masks phone numbers for a role without pii:read, as the records API does", async () => {
    const viewer = await addUserWithRole(testDb.db, owner.orgId, "viewer");
    const done = await exportAndWait(viewer.ctx, { format: "csv", filters: { type: "call" } });
    const [call] = parseCsv(await download(done));
    expect(call!.customerPhone).toBe("'+1***4567");
    const json = await exportAndWait(viewer.ctx, { format: "json", filters: { type: "call" } });
    expect(JSON.stringify(JSON.parse((await download(json)).toString()))).not.toContain("5551234567");
  });
});

describe("bad export requests", () => {
  const cases: [string, unknown, string][] = [
    ["an unknown format", { format: "xlsx" }, "format"],
    ["no format", {}, "format"],
    ["a status records do not have", { format: "csv", filters: { status: "done" } }, "filters.status"],
    ["from after to", { format: "csv", filters: { from: "2026-03-05", to: "2026-03-01" } }, "filters.from"],
    ["a date that is not one", { format: "csv", filters: { to: "yesterday" } }, "filters.to"],
    ["an unknown filter", { format: "csv", filters: { projectid: "x" } }, "filters.projectid"],
    ["an unknown part", { format: "csv", include: ["audio"] }, "include.0"],
    ["an unknown field", { format: "csv", sort: "duration" }, "sort"],
  ];
  it.each(cases)("refuses %s, naming the field and writing nothing", async (_, input, field) => {
    const [before] = await testDb.db.select({ n: count() }).from(recordExports);
    await expectAppError(createExport(owner, input), "VALIDATION_ERROR", field);
    const [after] = await testDb.db.select({ n: count() }).from(recordExports);
    expect(after!.n).toBe(before!.n);
  });

  it("refuses a PDF of more records than EXPORT_PDF_MAX_RECORDS, pointing at the other formats", async () => {
    vi.stubEnv("EXPORT_PDF_MAX_RECORDS", "2");
    resetConfigForTests();
    try {
      const error = await expectAppError(createExport(owner, { format: "pdf" }), "VALIDATION_ERROR", "format");
      expect(JSON.stringify(error.details)).toMatch(/at most 2 records.*match 3.*csv or json/);
      expect((await createExport(owner, { format: "pdf", filters: { projectId: salesId } })).status).toBe("pending");
      await exportRunner().runUntilIdle();
    } finally {
      vi.stubEnv("EXPORT_PDF_MAX_RECORDS", "5000");
      resetConfigForTests();
    }
  });
});

describe("who sees an export", () => {
  it("is only whoever asked for it: not another member, not another organization", async () => {
    const mine = await createExport(owner, { format: "csv", filters: { projectId: salesId } });
    await exportRunner().runUntilIdle();
    const admin = await addUserWithRole(testDb.db, owner.orgId, "admin");
    await expectAppError(getExport(admin.ctx, mine.id), "NOT_FOUND");
    await expectAppError(deleteExport(admin.ctx, mine.id), "NOT_FOUND");
    expect((await listExports(admin.ctx, { page: 1, pageSize: 20, sort: "createdAt", order: "desc" })).total).toBe(0);
    const stranger = await createOrgWithOwner(testDb.db);
    await expectAppError(getExport(stranger.ctx, mine.id), "NOT_FOUND");
    // An API key is its own requester, even one its creator made.
    const key: ServiceContext = { ...owner, actor: { type: "api_key", keyId: "key_aaaaaaaaaaaaaaaaaaaa", role: "viewer", createdBy: (owner.actor as { userId: string }).userId } };
    await expectAppError(getExport(key, mine.id), "NOT_FOUND");

    const list = await listExports(owner, { page: 1, pageSize: 2, sort: "createdAt", order: "desc" });
    expect(list.items[0]!.id).toBe(mine.id);
    expect(list.total).toBeGreaterThan(2);
    const csvOnly = await listExports(owner, { page: 1, pageSize: 100, sort: "createdAt", order: "desc", format: "csv", status: "completed" });
    expect(csvOnly.items.every((e) => e.format === "csv" && e.status === "completed")).toBe(true);
  });

  it("deletes an export and its file, and keeps an audit trail", async () => {
    const done = await exportAndWait(owner, { format: "json", filters: { projectId: salesId } });
    const key = exportObjectKey(done.id, "json");
    expect(await getStorage().stat(key)).not.toBeNull();
    expect(await deleteExport(owner, done.id)).toEqual({ id: done.id, deleted: true });
    expect(await getStorage().stat(key)).toBeNull();
    await expectAppError(getExport(owner, done.id), "NOT_FOUND");
    await expectAppError(openExportDownload(testDb.db, done.id, tokenOf(done), null), "FORBIDDEN");
    const actions = await testDb.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, done.id));
    expect(actions.map((a) => a.action).sort()).toEqual(["export.create", "export.delete"]);
  });
});

describe("download links", () => {
  it("serve the file with its type, and ranges of it; refuse forged, foreign and expired links", async () => {
    const done = await exportAndWait(owner, { format: "csv", filters: { projectId: salesId } });
    const other = await exportAndWait(owner, { format: "json", filters: { projectId: salesId } });
    const file = await openExportDownload(testDb.db, done.id, tokenOf(done), null);
    expect(file.contentType).toBe("text/csv; charset=utf-8");
    expect(file.filename).toMatch(new RegExp(`^callscope-records-\\d{4}-\\d{2}-\\d{2}-${done.id}\\.csv$`));
    file.body.destroy();
    const head = await openExportDownload(testDb.db, done.id, tokenOf(done), "bytes=0-1");
    expect(head.range).toEqual({ start: 0, end: 1 });
    expect((await collect(head.body)).toString()).toBe("id");

    // The link is no older than EXPORT_LINK_TTL_MINUTES, and never outlives the file.
    expect(Date.parse(done.downloadUrlExpiresAt!) - Date.now()).toBeLessThanOrEqual(60 * 60_000);
    await expectAppError(openExportDownload(testDb.db, done.id, tokenOf(other), null), "FORBIDDEN");
    await expectAppError(openExportDownload(testDb.db, done.id, `${tokenOf(done).slice(0, -2)}xx`, null), "FORBIDDEN");
    await expectAppError(openExportDownload(testDb.db, "exp_doesnotexist000000", tokenOf(done), null), "FORBIDDEN");
    const later = new Date(Date.parse(done.downloadUrlExpiresAt!) + 1000);
    const expired = await expectAppError(openExportDownload(testDb.db, done.id, tokenOf(done), null, later), "FORBIDDEN");
    expect(expired.message).toMatch(/expired/);
    await expectAppError(openExportDownload(testDb.db, done.id, tokenOf(done), "bytes=999999-"), "RANGE_NOT_SATISFIABLE");
  });

  it("stop when the export expires, even before its file is deleted", async () => {
    const done = await exportAndWait(owner, { format: "csv", filters: { projectId: salesId } });
    await testDb.db.update(recordExports).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(recordExports.id, done.id));
    const shown = await getExport(owner, done.id);
    expect(shown).toMatchObject({ status: "expired", downloadUrl: null });
    await expectAppError(openExportDownload(testDb.db, done.id, tokenOf(done), null), "NOT_FOUND");
  });
});

describe("expiry", () => {
  it("deletes the file once EXPORT_TTL_HOURS have passed and marks the export expired", async () => {
    vi.stubEnv("EXPORT_TTL_HOURS", "0.0005"); // 1.8 seconds
    resetConfigForTests();
    try {
      const runner = new LocalRunner({ db: testDb.db, jobs: allJobs, concurrency: 2, concurrencyPerOrg: 2, pollMs: 50 });
      runner.start();
      const pending = await createExport(owner, { format: "csv", filters: { projectId: salesId } });
      const key = exportObjectKey(pending.id, "csv");
      try {
        // The file exists while the expiry job sleeps...
        await vi.waitFor(async () => expect((await getExport(owner, pending.id)).status).toBe("completed"), { timeout: 10_000, interval: 50 });
        expect(await getStorage().stat(key)).not.toBeNull();
        // ...and is gone once it wakes.
        await vi.waitFor(async () => expect((await getExport(owner, pending.id)).status).toBe("expired"), { timeout: 15_000, interval: 100 });
        await vi.waitFor(async () => expect(await getStorage().stat(key)).toBeNull(), { timeout: 5_000, interval: 50 });
      } finally {
        await runner.stop();
      }
      const [row] = await testDb.db.select().from(recordExports).where(eq(recordExports.id, pending.id));
      expect(row).toMatchObject({ status: "expired", storageKey: null });
      expect(await getStorage().stat(key)).toBeNull();
      expect(await getExport(owner, pending.id)).toMatchObject({ status: "expired", downloadUrl: null, recordCount: 1 });
    } finally {
      vi.stubEnv("EXPORT_TTL_HOURS", "24");
      resetConfigForTests();
    }
  });
});

describe("job failures", () => {
  it("marks the export failed with the reason after the last retry", async () => {
    const pending = await createExport(owner, { format: "json", filters: { projectId: salesId } });
    // Filters no schema would accept: the job fails on every try, as a broken store would.
    await testDb.db.update(recordExports).set({ filters: sql`'{"status":"done"}'::jsonb` }).where(eq(recordExports.id, pending.id));
    await exportRunner().runUntilIdle();
    const failed = await getExport(owner, pending.id);
    expect(failed).toMatchObject({ status: "failed", downloadUrl: null, error: expect.stringMatching(/^The export could not be written/) });
  });
});
