import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { expectAppError } from "../../../db/testing/expect-app-error";
import { addUserWithRole, createOrgWithOwner } from "../../../db/testing/factories";
import { createTestDb, type TestDb } from "../../../db/testing/test-db";
import { analyses, records, scorecards } from "../../../db/schema";
import { resetConfigForTests } from "../../config";
import { newId } from "../../ids";
import { resetStorageForTests } from "../../storage";
import type { ServiceContext } from "../context";
import { parseInput } from "../parse-input";
import { createProject } from "../projects/create-project";
import { createRecord } from "../records/create-record";
import { anyTermsOf } from "./search-query";
import { searchRecords } from "./search-records";
import { searchQueryParams, searchRequestBody, type SearchInput } from "./search-schemas";

let testDb: TestDb;
let owner: ServiceContext;
let other: ServiceContext;
let billing: string;
let sales: string;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "callscope-search-"));

const ids: Record<string, string> = {};

/** A search as GET /search would run it: the query string goes through the same schema. */
function get(ctx: ServiceContext, params: Record<string, string>) {
  return searchRecords(ctx, parseInput(searchQueryParams, params));
}
function post(ctx: ServiceContext, body: unknown) {
  return searchRecords(ctx, parseInput(searchRequestBody, body));
}

const turn = (speaker: string, startMs: number, text: string) => ({ speaker, startMs, endMs: startMs + 4000, text });

async function call(ctx: ServiceContext, projectId: string, title: string | undefined, texts: string[], extra: Record<string, unknown> = {}) {
  const segments = texts.map((text, i) => turn(i % 2 ? "customer" : "agent", i * 5000, text));
  const { record } = await createRecord(ctx, { projectId, type: "call", title, transcript: { segments }, ...extra });
  return record.id;
}

/** A completed analysis written as the pipeline would, with the parts the filters read. */
async function analyse(
  recordId: string,
  projectId: string,
  a: { summary: string; customer?: "positive" | "neutral" | "negative"; topics?: string[]; keyPhrases?: string[]; score?: number; compliance?: "passed" | "failed"; createdAt?: Date },
) {
  const [card] = await testDb.db.select({ id: scorecards.id, version: scorecards.version }).from(scorecards).where(eq(scorecards.projectId, projectId)).limit(1);
  const id = newId("analysis");
  const label = a.customer ?? "neutral";
  const summary = (score: number) => ({ score, label, trend: { start: 0, end: score, change: 0, direction: "stable" }, segmentCount: 1 });
  await testDb.db.insert(analyses).values({
    id,
    orgId: owner.orgId,
    recordId,
    projectId,
    scorecardId: card!.id,
    scorecardVersion: card!.version,
    status: "completed",
    qualityScore: a.score ?? 70,
    complianceStatus: a.compliance ?? "passed",
    summary: a.summary,
    sentiment: { segments: [], speakers: { customer: summary(0) }, overall: summary(0) } as never,
    topics: a.topics ?? [],
    keyPhrases: (a.keyPhrases ?? []).map((text) => ({ text, key: text, count: 1, score: 1, segments: [0] })),
    createdAt: a.createdAt ?? new Date(),
    completedAt: new Date(),
  });
  await testDb.db.update(records).set({ qualityScore: a.score ?? 70, complianceStatus: a.compliance ?? "passed" }).where(eq(records.id, recordId));
  return id;
}

beforeAll(async () => {
  vi.stubEnv("DATA_DIR", dataDir);
  resetConfigForTests();
  resetStorageForTests();
  testDb = await createTestDb();
  owner = (await createOrgWithOwner(testDb.db)).ctx;
  other = (await createOrgWithOwner(testDb.db)).ctx;
  billing = (await createProject(owner, { name: "Billing" })).id;
  sales = (await createProject(owner, { name: "Sales" })).id;

  ids.many = await call(owner, billing, "Double charge", [
    "Thank you for calling, how can I help?",
    "I want a refund. The refund for the double charge. Please process the refund today, a refund is all I want.",
    "I understand, let me look at your account.",
  ]);
  ids.once = await call(owner, billing, "Plan question", [
    "Good morning, you are through to billing.",
    "Can I change my plan? Maybe a refund of last month would be fair too.",
    "Let me check what I can do about your plan today.",
  ]);
  ids.phrase = await call(owner, billing, "Split phrase", [
    "Hello, you are talking to Jamie.",
    "I read your cancellation",
    "policy and it makes no sense",
  ]);
  ids.html = await call(owner, billing, "Escaping", ["Customer says a < b & \"quotes\" matter for the warranty claim."]);
  ids.chat = (
    await createRecord(owner, {
      projectId: sales,
      type: "chat",
      title: "Pricing chat",
      agentName: "Morgan Lee",
      custom: { crm: "Salesforce", region: "Northwind territory", priority: 3 },
      messages: [
        { speaker: "customer", text: "How much is the professional plan?" },
        { speaker: "agent", text: "The professional plan is 49 dollars a month." },
      ],
    })
  ).record.id;
  ids.foreign = await call(other, (await createProject(other, { name: "Elsewhere" })).id, "Other org refund", ["A refund request from another organization."]);

  await analyse(ids.many, billing, { summary: "Customer demanded a refund for a double charge.", customer: "negative", topics: ["double charge", "refund"], score: 40, compliance: "failed" });
  await analyse(ids.once, billing, { summary: "Customer asked to change plan.", customer: "positive", keyPhrases: ["plan change"], score: 90 });
  // An older analysis of the chat mentions a word the newest one does not: only the newest counts.
  await analyse(ids.chat, sales, { summary: "Customer wanted a discount voucher.", customer: "neutral", topics: ["pricing"], score: 75, createdAt: new Date(Date.now() - 60_000) });
  await analyse(ids.chat, sales, { summary: "Customer asked about professional plan pricing.", customer: "positive", topics: ["pricing"], score: 80 });

  // Spread creation times for the date filters and the newest-first sort.
  const day = (d: string) => new Date(`2026-03-${d}T12:00:00Z`);
  await testDb.db.update(records).set({ createdAt: day("01") }).where(eq(records.id, ids.many));
  await testDb.db.update(records).set({ createdAt: day("05") }).where(eq(records.id, ids.once));
  await testDb.db.update(records).set({ createdAt: day("09") }).where(eq(records.id, ids.chat));
});

afterAll(async () => {
  await testDb.close();
  vi.unstubAllEnvs();
  resetConfigForTests();
  resetStorageForTests();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("searching", () => {
  it("ranks the record that says the words more often first, and reports total, query and time", async () => {
    const result = await get(owner, { q: "  refund  ", type: "transcript" });
    expect(result.items.map((h) => h.recordId)).toEqual([ids.many, ids.once]);
    expect(result.items[0]!.score).toBeGreaterThan(result.items[1]!.score);
    expect(result.items.every((h) => h.score > 0 && h.score < 1)).toBe(true);
    expect(result).toMatchObject({ total: 2, query: "refund", limit: 20, offset: 0 });
    expect(result.tookMs).toBeGreaterThanOrEqual(0);
  });

  it("finds transcripts, newest summaries and metadata, each hit once per kind", async () => {
    const result = await get(owner, { q: "refund" });
    const kinds = result.items.map((h) => `${h.recordId}:${h.type}`);
    expect(kinds).toEqual(expect.arrayContaining([`${ids.many}:transcript`, `${ids.once}:transcript`, `${ids.many}:summary`]));
    expect(new Set(kinds).size).toBe(kinds.length);
    const summary = result.items.find((h) => h.type === "summary")!;
    expect(summary.analysisId).toMatch(/^ana_/);
    expect(summary).toMatchObject({ recordName: "Double charge", recordType: "call", projectId: billing, segmentIndex: null, startMs: null });

    // Title, agent name and custom field values are metadata; the older analysis's summary is not searched.
    expect((await get(owner, { q: "Morgan" })).items.map((h) => [h.recordId, h.type])).toEqual([[ids.chat, "metadata"]]);
    expect((await get(owner, { q: "Northwind" })).items.map((h) => h.type)).toEqual(["metadata"]);
    expect((await get(owner, { q: "double charge", type: "metadata" })).items.map((h) => h.recordId)).toEqual([ids.many]);
    expect((await get(owner, { q: "voucher" })).total).toBe(0);
    expect((await get(owner, { q: "pricing", type: "summary" })).items.map((h) => h.recordId)).toEqual([ids.chat]);
  });

  it("marks the matched words in an HTML-escaped snippet", async () => {
    const [hit] = (await get(owner, { q: "refunds", type: "summary" })).items;
    expect(hit!.snippet).toBe("Customer demanded a <mark>refund</mark> for a double charge");
    const [escaped] = (await get(owner, { q: "warranty" })).items;
    expect(escaped!.snippet).toContain("a &lt; b &amp; &quot;quotes&quot; matter for the <mark>warranty</mark> claim");
    expect(escaped!.snippet.replace(/<\/?mark>/g, "")).not.toMatch(/[<>]/);
  });

  it("points transcript hits at the first turn that matches, or one holding some of the words", async () => {
    const [hit] = (await get(owner, { q: "refund", type: "transcript" })).items;
    expect(hit).toMatchObject({ recordId: ids.many, segmentIndex: 1, startMs: 5000 });
    const [plan] = (await get(owner, { q: "plan today" })).items;
    expect(plan).toMatchObject({ recordId: ids.once, segmentIndex: 2, startMs: 10_000 });
    // "cancellation policy" is split over two turns: no turn has both words, so the first with one of them.
    const [split] = (await get(owner, { q: '"cancellation policy"' })).items;
    expect(split).toMatchObject({ recordId: ids.phrase, type: "transcript", segmentIndex: 1, startMs: 5000 });
    expect(split!.snippet).toContain("<mark>cancellation</mark>");
    const [chat] = (await get(owner, { q: "49 dollars" })).items;
    expect(chat).toMatchObject({ recordId: ids.chat, recordType: "chat", segmentIndex: 1 });
  });

  it("understands phrases, or, and excluded words", async () => {
    expect((await get(owner, { q: '"double charge"', type: "transcript" })).items.map((h) => h.recordId)).toEqual([ids.many]);
    expect((await get(owner, { q: "refund -plan", type: "transcript" })).items.map((h) => h.recordId)).toEqual([ids.many]);
    const either = (await get(owner, { q: "warranty or Jamie", type: "transcript" })).items.map((h) => h.recordId);
    expect(either.sort()).toEqual([ids.html, ids.phrase].sort());
  });
});

describe("filters", () => {
  const found = async (body: Record<string, unknown>) => (await post(owner, { query: "plan or refund or pricing", ...body })).items.map((h) => h.recordId);
  const distinct = (list: string[]) => [...new Set(list)].sort();

  it.each([
    ["project", { projectId: "SALES" }, ["chat"]],
    ["record type", { recordType: "chat" }, ["chat"]],
    ["date range", { from: "2026-03-02", to: "2026-03-05" }, ["once"]],
    ["customer sentiment", { sentiment: "negative" }, ["many"]],
    ["topics", { topics: ["Pricing"] }, ["chat"]],
    ["key phrases as topics", { topics: ["plan change", "nothing"] }, ["once"]],
    ["compliance", { complianceStatus: "failed" }, ["many"]],
    ["score range", { minScore: 75, maxScore: 85 }, ["chat"]],
    ["hit kind", { type: ["summary"], minScore: 80 }, ["once", "chat"]],
  ])("by %s", async (_name, raw, expected) => {
    const filters = { ...raw } as Record<string, unknown>;
    if (filters.projectId === "SALES") filters.projectId = sales;
    expect(distinct(await found({ filters }))).toEqual(distinct(expected.map((k) => ids[k]!)));
  });

  it("sorts newest first on request, and pages with limit and offset", async () => {
    const newest = await found({ sort: "createdAt", filters: { type: "transcript" } });
    expect(newest.filter((id) => [ids.chat, ids.once, ids.many].includes(id))).toEqual([ids.chat, ids.once, ids.many]);
    // Ranked after the page is cut, the scores are still there.
    expect((await post(owner, { query: "refund", sort: "createdAt" })).items.every((h) => h.score > 0)).toBe(true);
    const all = await post(owner, { query: "refund", limit: 100 });
    const pages = [await post(owner, { query: "refund", limit: 2 }), await post(owner, { query: "refund", limit: 2, offset: 2 })];
    expect(pages.flatMap((p) => p.items.map((h) => `${h.recordId}:${h.type}`))).toEqual(all.items.map((h) => `${h.recordId}:${h.type}`));
    expect(pages.map((p) => p.total)).toEqual([all.total, all.total]);
    // A page past the end is empty but still knows the total.
    expect(await post(owner, { query: "refund", offset: 500 })).toMatchObject({ items: [], total: all.total });
  });
});

describe("isolation and permissions", () => {
  it("finds only the caller's organization's records", async () => {
    const mine = await get(owner, { q: "refund" });
    expect(mine.items.map((h) => h.recordId)).not.toContain(ids.foreign);
    const theirs = await get(other, { q: "refund" });
    expect(theirs.items.map((h) => h.recordId)).toEqual([ids.foreign, ids.foreign]);
    // Another organization's project id filters to nothing rather than revealing anything.
    expect((await get(other, { q: "refund", projectId: billing })).total).toBe(0);
  });

  it("lets every role that may read records search them", async () => {
    const viewer = await addUserWithRole(testDb.db, owner.orgId, "viewer");
    expect((await get(viewer.ctx, { q: "refund" })).total).toBeGreaterThan(0);
  });
});

describe("bad and empty queries", () => {
  it.each([
    ["missing", {}, "q"],
    ["empty", { q: "" }, "q"],
    ["only spaces", { q: "   \t " }, "q"],
    ["over 500 characters", { q: "refund ".repeat(72) }, "q"],
    ["limit 0", { q: "refund", limit: "0" }, "limit"],
    ["limit over 100", { q: "refund", limit: "101" }, "limit"],
    ["negative offset", { q: "refund", offset: "-1" }, "offset"],
    ["unknown hit kind", { q: "refund", type: "transcript,audio" }, "type"],
    ["unknown record type", { q: "refund", recordType: "fax" }, "recordType"],
    ["bad date", { q: "refund", from: "yesterday" }, "from"],
    ["from after to", { q: "refund", from: "2026-03-05", to: "2026-03-01" }, "from"],
    ["min above max", { q: "refund", minScore: "90", maxScore: "10" }, "minScore"],
    ["unknown parameter", { q: "refund", pagesize: "5" }, "pagesize"],
  ])("GET refuses %s, naming the field", async (_name, params, field) => {
    await expectAppError(Promise.resolve().then(() => parseInput(searchQueryParams, params)), "VALIDATION_ERROR", field);
  });

  it.each([
    ["no query", { filters: {} }, "query"],
    ["empty query", { query: " " }, "query"],
    ["sentiment", { query: "refund", filters: { sentiment: "angry" } }, "filters.sentiment"],
    ["topics not a list", { query: "refund", filters: { topics: "pricing" } }, "filters.topics"],
    ["score out of range", { query: "refund", filters: { maxScore: 101 } }, "filters.maxScore"],
    ["score as text", { query: "refund", filters: { minScore: "50" } }, "filters.minScore"],
    ["unknown filter", { query: "refund", filters: { status: "completed" } }, "filters.status"],
    ["limit", { query: "refund", limit: 1000 }, "limit"],
    ["sort", { query: "refund", sort: "score" }, "sort"],
  ])("POST refuses %s, naming the field", async (_name, body, field) => {
    await expectAppError(Promise.resolve().then(() => parseInput(searchRequestBody, body)), "VALIDATION_ERROR", field);
  });

  it.each([
    ["only operators", '"" - or'],
    ["only stop words", "the and of"],
    ["only exclusions", "-refund"],
    ["an excluded word after stop words", "the -refund"],
    ["or with an exclusion", "warranty or -refund"],
    ["only punctuation", "&|!():*<->"],
  ])("answers a query of %s with nothing, not everything", async (_name, q) => {
    expect(await get(owner, { q })).toMatchObject({ items: [], total: 0 });
  });

  it("takes queries with SQL, tsquery syntax, quotes and control characters as plain words", async () => {
    for (const q of ["'; drop table records; --", "refund:* & !plan", '"refund', "refund\u0000plan", "a".repeat(500), "refund \\ ' \" ` $1"]) {
      const input: SearchInput = parseInput(searchQueryParams, { q });
      await expect(searchRecords(owner, input)).resolves.toMatchObject({ query: input.query });
    }
    // The table is still there, and `!`, `&` and `:*` are not operators here: both words must be present.
    expect((await testDb.db.select({ n: sql<number>`count(*)::int` }).from(records))[0]!.n).toBeGreaterThan(0);
    expect((await get(owner, { q: "refund:* & !plan", type: "transcript" })).items.map((h) => h.recordId)).toEqual([ids.once]);
  });
});

describe("the words a turn may hold", () => {
  it.each([
    ["refund policy", "refund or policy"],
    ['"late fee" or overdraft -waived', "late or fee or overdraft"],
    ['refund -"price match" OR credit', "refund or credit"],
    ['"" - or', ""],
  ])("%s", (query, expected) => {
    expect(anyTermsOf(query)).toBe(expected);
  });
});
