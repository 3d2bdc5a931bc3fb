import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrgWithOwner } from "@/db/testing/factories";
import { createTestDb, type TestDb } from "@/db/testing/test-db";
import { apiDeps } from "@/lib/api/handler";
import { createApiKey } from "@/lib/services/api-keys/create-api-key";
import { createProject } from "@/lib/services/projects/create-project";
import { createRecord } from "@/lib/services/records/create-record";
import * as route from "./route";

let testDb: TestDb;
let keyA: string;
let keyB: string;
let recordId: string;
const originalDeps = { ...apiDeps };

beforeAll(async () => {
  testDb = await createTestDb();
  apiDeps.getDb = async () => testDb.db;
  apiDeps.lookupSession = async () => null;
  const a = await createOrgWithOwner(testDb.db, "Org A");
  const b = await createOrgWithOwner(testDb.db, "Org B");
  keyA = (await createApiKey(a.ctx, { name: "search" })).key;
  keyB = (await createApiKey(b.ctx, { name: "search" })).key;
  const project = await createProject(a.ctx, { name: "Support" });
  const { record } = await createRecord(a.ctx, {
    projectId: project.id,
    type: "call",
    title: "Refund call",
    transcript: {
      segments: [
        { speaker: "agent", startMs: 0, endMs: 3000, text: "Thanks for calling, how can I help?" },
        { speaker: "customer", startMs: 3500, endMs: 8000, text: "I would like a refund for the broken kettle." },
      ],
    },
  });
  recordId = record.id;
});
afterAll(async () => {
  Object.assign(apiDeps, originalDeps);
  await testDb.close();
});

const BASE = "http://callscope.test/api/v1/search";
const noParams = { params: Promise.resolve({}) };
const auth = (key: string | null) => (key ? { authorization: `Bearer ${key}` } : undefined);
const get = (query: string, key: string | null = keyA) => route.GET(new Request(`${BASE}?${query}`, { headers: auth(key) }), noParams);
const post = (body: unknown, key: string | null = keyA, contentType = "application/json") =>
  route.POST(
    new Request(BASE, { method: "POST", headers: { ...auth(key), "content-type": contentType }, body: typeof body === "string" ? body : JSON.stringify(body) }),
    noParams,
  );

type Body = { data: Record<string, unknown>[]; meta: Record<string, unknown>; error?: { code: string; details?: { fields?: Record<string, string[]> } } };
const json = async (response: Response) => (await response.json()) as Body;

describe("GET /api/v1/search", () => {
  it("answers hits in the list envelope with total, query and tookMs", async () => {
    const response = await get("q=kettle+refunds&limit=5");
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBeTruthy();
    const body = await json(response);
    expect(body.meta).toEqual({ page: 1, pageSize: 5, total: 1, offset: 0, query: "kettle refunds", tookMs: expect.any(Number) });
    expect(body.data).toEqual([
      {
        recordId,
        type: "transcript",
        snippet: expect.stringContaining("<mark>refund</mark>"),
        score: expect.any(Number),
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        recordType: "call",
        recordName: "Refund call",
        projectId: expect.stringMatching(/^proj_/),
        segmentIndex: 1,
        startMs: 3500,
        analysisId: null,
      },
    ]);
  });

  it.each([
    ["no q", "", "q"],
    ["an empty q", "q=", "q"],
    ["a q of spaces", "q=%20%20", "q"],
    ["a q over 500 characters", `q=${"a".repeat(501)}`, "q"],
    ["a bad limit", "q=refund&limit=500", "limit"],
    ["a bad hit type", "q=refund&type=audio", "type"],
    ["a misspelt parameter", "q=refund&recordtype=call", "recordtype"],
  ])("refuses %s with 400 naming the field", async (_name, query, field) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    const body = await json(response);
    expect(body.error!.code).toBe("VALIDATION_ERROR");
    expect(Object.keys(body.error!.details!.fields!)).toContain(field);
  });

  it("answers a query that leaves nothing to search with an empty list", async () => {
    for (const q of ['"" - or', "the of and", "-refund"]) {
      const body = await json(await get(`q=${encodeURIComponent(q)}`));
      expect(body.data).toEqual([]);
      expect(body.meta.total).toBe(0);
    }
  });

  it("needs credentials and finds only the caller's organization's records", async () => {
    expect((await get("q=refund", null)).status).toBe(401);
    expect((await json(await get("q=refund", keyB))).data).toEqual([]);
  });
});

describe("POST /api/v1/search", () => {
  it("takes the query and filters as JSON", async () => {
    const body = await json(await post({ query: "refund", filters: { recordType: "call", type: ["metadata"] }, limit: 10 }));
    expect(body.data.map((h) => [h.recordId, h.type])).toEqual([[recordId, "metadata"]]);
    expect(body.data[0]!.snippet).toBe("<mark>Refund</mark> call");
    expect(body.meta).toMatchObject({ total: 1, pageSize: 10, query: "refund" });
    expect((await json(await post({ query: "refund", filters: { recordType: "chat" } }))).data).toEqual([]);
  });

  it("refuses bad bodies with the field named, and bodies that are not JSON", async () => {
    const bad = await post({ query: "refund", filters: { sentiment: "furious" } });
    expect(bad.status).toBe(400);
    expect(Object.keys((await json(bad)).error!.details!.fields!)).toEqual(["filters.sentiment"]);
    expect((await post({ filters: {} })).status).toBe(400);
    expect((await post("{not json")).status).toBe(400);
    expect((await post("query=refund", keyA, "application/x-www-form-urlencoded")).status).toBe(415);
  });
});
