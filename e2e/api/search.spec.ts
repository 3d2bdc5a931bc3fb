import { expect, test } from "@playwright/test";
import { uniqueName } from "../seed";
import { bearer, errorOf, freshAdminKey, waitForRecord } from "./client";

/** A word no other spec says, so the hits are this file's alone. */
const word = `kw${Array.from({ length: 10 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;
let key: string;
let projectId: string;
let recordId: string;

test.beforeAll(async ({ request }) => {
  key = await freshAdminKey(request);
  projectId = (await (await request.post("/api/v1/projects", { headers: bearer(key), data: { name: uniqueName("Search") } })).json()).data.id;
  const created = await request.post("/api/v1/records", {
    headers: bearer(key),
    data: {
      projectId,
      type: "call",
      title: uniqueName("Search call"),
      transcript: {
        segments: [
          { speaker: "agent", startMs: 0, endMs: 4000, text: "Thank you for calling, how can I help you today?" },
          { speaker: "customer", startMs: 4500, endMs: 9000, text: `My ${word} arrived broken and I would like a refund.` },
          { speaker: "agent", startMs: 9500, endMs: 14000, text: "I am sorry, I will send a replacement today." },
        ],
      },
    },
  });
  expect(created.status()).toBe(201);
  recordId = (await created.json()).data.id;
  expect((await waitForRecord(request, key, recordId)).status).toBe("completed");
});

test("GET /search finds the transcript's turn with a marked snippet, total, query and time", async ({ request }) => {
  const response = await request.get(`/api/v1/search?q=${word}+refunds&projectId=${projectId}&limit=10`, { headers: bearer(key) });
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.meta).toMatchObject({ total: body.data.length, page: 1, pageSize: 10, offset: 0, query: `${word} refunds` });
  expect(body.meta.tookMs).toEqual(expect.any(Number));
  const transcript = body.data.find((h: { type: string }) => h.type === "transcript");
  expect(transcript).toMatchObject({ recordId, recordType: "call", segmentIndex: 1, startMs: 4500 });
  expect(transcript.snippet).toContain(`<mark>${word}</mark>`);
  expect(transcript.snippet).toContain("<mark>refund</mark>");
  expect(transcript.score).toBeGreaterThan(0);
  expect(Date.parse(transcript.createdAt)).not.toBeNaN();
});

test("POST /search filters by kind of record and hit", async ({ request }) => {
  const search = (filters: Record<string, unknown>) => request.post("/api/v1/search", { headers: bearer(key), data: { query: word, filters } });
  const calls = await (await search({ projectId, recordType: "call", type: ["transcript"] })).json();
  expect(calls.data.map((h: { recordId: string; type: string }) => [h.recordId, h.type])).toEqual([[recordId, "transcript"]]);
  expect((await (await search({ projectId, recordType: "chat" })).json()).data).toEqual([]);
  expect((await (await search({ projectId, from: "2000-01-01", to: "2000-12-31" })).json()).meta.total).toBe(0);
});

test.describe("bad input is a 400 naming the field, never a 500", () => {
  const cases: [string, string, string][] = [
    ["no q", "", "q"],
    ["empty q", "q=", "q"],
    ["blank q", "q=%20%20%20", "q"],
    ["over-long q", `q=${"refund%20".repeat(80)}`, "q"],
    ["limit 0", "q=refund&limit=0", "limit"],
    ["limit 101", "q=refund&limit=101", "limit"],
    ["unknown hit type", "q=refund&type=audio", "type"],
    ["bad sentiment", "q=refund&sentiment=furious", "sentiment"],
    ["unknown parameter", "q=refund&pageSize=5", "pageSize"],
  ];
  for (const [name, query, field] of cases) {
    test(`GET with ${name}`, async ({ request }) => {
      const response = await request.get(`/api/v1/search?${query}`, { headers: bearer(key) });
      expect(response.status()).toBe(400);
      const error = await errorOf(response);
      expect(error.code).toBe("VALIDATION_ERROR");
      expect(Object.keys(error.details!.fields!)).toContain(field);
    });
  }

  test("POST with a bad filter or no query", async ({ request }) => {
    const bad = await request.post("/api/v1/search", { headers: bearer(key), data: { query: word, filters: { minScore: 500 } } });
    expect(bad.status()).toBe(400);
    expect(Object.keys((await errorOf(bad)).details!.fields!)).toEqual(["filters.minScore"]);
    const empty = await request.post("/api/v1/search", { headers: bearer(key), data: { query: "" } });
    expect(Object.keys((await errorOf(empty)).details!.fields!)).toEqual(["query"]);
  });

  test("a query of only operators, stop words or exclusions is an empty 200", async ({ request }) => {
    for (const q of ['"" - or', "the and of", `-${word}`, "&|!():*"]) {
      const response = await request.get(`/api/v1/search?q=${encodeURIComponent(q)}`, { headers: bearer(key) });
      expect(response.status(), q).toBe(200);
      expect((await response.json()).data, q).toEqual([]);
    }
  });
});

test("another organization does not find the record, and no credentials is a 401", async ({ request }) => {
  const email = `${uniqueName("searcher").replace(/\W+/g, "-")}@example.test`.toLowerCase();
  const password = "correct horse battery staple";
  const registered = await request.post("/api/v1/auth/register", {
    data: { email, password, name: "Searcher", organizationName: uniqueName("Search Org") },
  });
  expect(registered.status()).toBe(201);
  const token = (await (await request.post("/api/v1/auth/login", { data: { email, password } })).json()).data.token as string;
  const theirs = await request.get(`/api/v1/search?q=${word}`, { headers: bearer(token) });
  expect(theirs.status()).toBe(200);
  expect((await theirs.json()).data).toEqual([]);
  expect((await request.get(`/api/v1/search?q=${word}`)).status()).toBe(401);
});
