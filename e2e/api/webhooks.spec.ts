import { expect, test } from "@playwright/test";
import { SUPPORT_CALL } from "../../lib/analysis/local/support-call.fixture";
import { startWebhookReceiver, type ReceivedWebhook, type WebhookReceiver } from "../../test-fixtures/webhook-receiver";
import { uniqueName } from "../seed";
import { bearer, errorOf, freshAdminKey, waitForRecord } from "./client";

let key: string;
let projectId: string;
let receiver: WebhookReceiver;
const endpoints: string[] = [];

test.beforeAll(async ({ request }) => {
  // Stands in for a customer's system; the server under test runs with WEBHOOK_ALLOW_PRIVATE_URLS=true.
  receiver = await startWebhookReceiver();
  key = await freshAdminKey(request);
  projectId = (await (await request.post("/api/v1/projects", { headers: bearer(key), data: { name: uniqueName("Webhooks") } })).json()).data.id;
});
test.afterAll(async ({ request }) => {
  // Other specs' records would otherwise keep queueing deliveries to a closed port.
  for (const id of endpoints) await request.delete(`/api/v1/webhooks/${id}`, { headers: bearer(key) });
  await receiver?.close();
});

type Delivery = { id: string; eventType: string; eventId: string; status: string; attempts: number; lastResponseCode: number | null; payload: { data: { recordId?: string } } };

async function until<T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 200));
  }
}

test("a completed record reaches the receiver as record.completed and analysis.completed, signed", async ({ request }) => {
  test.setTimeout(120_000);
  const headers = bearer(key);
  const created = await request.post("/api/v1/webhooks", {
    headers,
    data: { url: receiver.url, description: "CRM sync", events: ["record.completed", "analysis.completed"] },
  });
  expect(created.status()).toBe(201);
  const { data: endpoint } = await created.json();
  endpoints.push(endpoint.id);
  expect(endpoint).toMatchObject({ url: receiver.url, enabled: true, secret: expect.stringMatching(/^whsec_/) });
  receiver.secret = endpoint.secret;
  const listed = await (await request.get("/api/v1/webhooks", { headers })).text();
  expect(listed).toContain(endpoint.id);
  expect(listed).not.toContain(endpoint.secret);

  const sent = await request.post("/api/v1/records", {
    headers,
    data: { projectId, type: "call", agentName: "Sarah", customerPhone: "+15550100777", transcript: { segments: SUPPORT_CALL } },
  });
  expect(sent.status()).toBe(201);
  const { data: record } = await sent.json();
  expect((await waitForRecord(request, key, record.id)).status).toBe("completed");

  const forRecord = () => receiver.received.filter((r) => r.event?.data.recordId === record.id);
  const both = await until(() => {
    const got = forRecord();
    return new Set(got.map((r) => r.event!.type)).size === 2 ? got : undefined;
  });
  // Each was verified by the receiver with the secret (X-Signature and the timestamped V2).
  expect(both.every((r) => r.verdict === "valid")).toBe(true);
  const completed = both.find((r) => r.event!.type === "record.completed")!;
  expect(completed.event!.data).toMatchObject({ recordId: record.id, projectId, status: "completed", qualityScore: expect.any(Number) });
  expect(completed.headers["x-callscope-event"]).toBe("record.completed");
  const analysis = both.find((r) => r.event!.type === "analysis.completed")!;
  expect(analysis.event!.data).toMatchObject({ recordId: record.id, complianceStatus: expect.stringMatching(/passed|failed/) });
  for (const r of both) expect(r.body).not.toContain("5550100777");

  const log = await until(async () => {
    const { data } = await (await request.get(`/api/v1/webhooks/${endpoint.id}/deliveries?pageSize=100`, { headers })).json();
    const mine = (data as Delivery[]).filter((d) => d.payload.data.recordId === record.id);
    return mine.length === 2 && mine.every((d) => d.status === "succeeded") ? mine : undefined;
  });
  expect(log[0]).toMatchObject({ attempts: 1, lastResponseCode: 200 });

  // Resend: the same event again, as a new delivery.
  const original = log.find((d) => d.eventType === "record.completed")!;
  const resent = await request.post(`/api/v1/webhooks/${endpoint.id}/deliveries/${original.id}/resend`, { headers });
  expect(resent.status()).toBe(201);
  expect((await resent.json()).data).toMatchObject({ resendOf: original.id, eventId: original.eventId, status: "pending" });
  const repeats = await until(() => {
    const same = receiver.valid().filter((r: ReceivedWebhook) => r.event?.id === original.eventId);
    return same.length === 2 ? same : undefined;
  });
  expect(repeats[1]!.body).toBe(repeats[0]!.body);
});

test("bad endpoints are refused with the field named, and only owners and admins manage them", async ({ request }) => {
  const headers = bearer(key);
  const cases: [unknown, string][] = [
    [{ url: "ftp://files.example.com/in", events: ["record.completed"] }, "url"],
    // Link-local (cloud metadata) stays closed even where private receivers are allowed.
    [{ url: "http://169.254.169.254/latest/meta-data", events: ["record.completed"] }, "url"],
    [{ url: "https://user:pw@example.com/hooks", events: ["record.completed"] }, "url"],
    [{ url: receiver.url, events: [] }, "events"],
    [{ url: receiver.url, events: ["record.deleted"] }, "events.0"],
  ];
  for (const [data, field] of cases) {
    const response = await request.post("/api/v1/webhooks", { headers, data });
    expect(response.status(), JSON.stringify(data)).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe("VALIDATION_ERROR");
    expect(Object.keys(error.details!.fields!)).toContain(field);
  }

  const reviewerKey = (await (await request.post("/api/v1/api-keys", { headers, data: { name: uniqueName("QA"), role: "reviewer" } })).json()).data.key;
  const forbidden = await request.post("/api/v1/webhooks", { headers: bearer(reviewerKey), data: { url: receiver.url, events: ["record.completed"] } });
  expect(forbidden.status()).toBe(403);
  expect((await request.get("/api/v1/webhooks", { headers: bearer(reviewerKey) })).status()).toBe(403);
  expect((await request.get("/api/v1/webhooks/whk_doesnotexist000000/deliveries", { headers })).status()).toBe(404);
});
