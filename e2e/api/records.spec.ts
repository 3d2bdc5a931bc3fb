import { expect, test } from "@playwright/test";
import { uniqueName } from "../seed";
import { bearer, errorOf, freshAdminKey, waitForRecord } from "./client";

let key: string;
let projectId: string;
test.beforeAll(async ({ request }) => {
  key = await freshAdminKey(request);
  const created = await request.post("/api/v1/projects", { headers: bearer(key), data: { name: uniqueName("Records") } });
  projectId = (await created.json()).data.id;
});

test("a chat sent as JSON is processed by the embedded job runner and its transcript read back", async ({ request }) => {
  const headers = bearer(key);
  const externalId = uniqueName("chat").replace(/\W+/g, "-");
  const created = await request.post("/api/v1/records", {
    headers,
    data: {
      projectId,
      type: "chat",
      externalId,
      customerPhone: "+15551234567",
      messages: [
        { speaker: "customer", text: "My order never arrived", sentAt: "2026-03-05T10:00:00Z" },
        { speaker: "agent", text: "I will send a replacement today", sentAt: "2026-03-05T10:01:00Z" },
      ],
    },
  });
  expect(created.status()).toBe(201);
  const { data: record } = await created.json();
  const done = await waitForRecord(request, key, record.id);
  expect(done.status).toBe("completed");
  expect(done.completedAt).toBeTruthy();

  const transcript = await (await request.get(`/api/v1/records/${record.id}/transcript`, { headers })).json();
  expect(transcript.data.segments.map((s: { speaker: string; startMs: number }) => [s.speaker, s.startMs])).toEqual([
    ["customer", 0],
    ["agent", 60_000],
  ]);

  const again = await request.post("/api/v1/records", {
    headers,
    data: { projectId, type: "chat", externalId, messages: [{ speaker: "customer", text: "duplicate delivery" }] },
  });
  expect(again.status()).toBe(200);
  expect((await again.json()).data.id).toBe(record.id);

  const list = await (await request.get(`/api/v1/records?projectId=${projectId}&type=chat&status=completed`, { headers })).json();
  expect(list.data.map((r: { id: string }) => r.id)).toContain(record.id);

  expect((await request.delete(`/api/v1/records/${record.id}`, { headers })).status()).toBe(200);
  expect((await request.get(`/api/v1/records/${record.id}`, { headers })).status()).toBe(404);
});

test("bad records are refused with the fields named, and unknown projects are 404", async ({ request }) => {
  const headers = bearer(key);
  const missing = await request.post("/api/v1/records", { headers, data: { type: "email" } });
  expect(missing.status()).toBe(400);
  expect(Object.keys((await errorOf(missing)).details!.fields!)).toEqual(expect.arrayContaining(["projectId"]));
  const unknown = await request.post("/api/v1/records", {
    headers,
    data: { projectId: "proj_doesnotexist00000", type: "email", content: "hello" },
  });
  expect(unknown.status()).toBe(404);
  const badQuery = await request.get("/api/v1/records?status=done", { headers });
  expect(badQuery.status()).toBe(400);
});
