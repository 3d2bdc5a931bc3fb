import { expect, test, type APIRequestContext } from "@playwright/test";
import { readSeed, uniqueName } from "../seed";
import { bearer, errorOf, waitForRecord } from "./client";

/*
 * Its own organization, registered here: setting a budget on the shared demo
 * organization would refuse the records of every other spec running meanwhile.
 * API keys never get owner rights, so the owner's access token sets the budget.
 */
let token: string;
let orgId: string;
let projectId: string;

test.beforeAll(async ({ request }) => {
  const email = `${uniqueName("billing").replace(/\W+/g, "-")}@example.test`.toLowerCase();
  const password = "e2e billing password";
  const registered = await request.post("/api/v1/auth/register", {
    data: { email, password, name: "Billing Owner", organizationName: uniqueName("Billing Org") },
  });
  expect(registered.status()).toBe(201);
  orgId = (await registered.json()).data.organization.id;
  const login = await request.post("/api/v1/auth/login", { data: { email, password } });
  token = (await login.json()).data.token;
  const project = await request.post("/api/v1/projects", { headers: bearer(token), data: { name: uniqueName("Billed") } });
  projectId = (await project.json()).data.id;
});

test.afterAll(async ({ request }) => {
  await request.patch(`/api/v1/billing/budget/${orgId}`, { headers: bearer(token), data: { budgetLimit: null } });
});

function createCall(request: APIRequestContext) {
  return request.post("/api/v1/records", {
    headers: bearer(token),
    data: {
      projectId,
      type: "call",
      title: uniqueName("Billed call"),
      transcript: {
        segments: [
          { speaker: "agent", text: "Thank you for calling, how can I help?", startMs: 0, endMs: 3000 },
          { speaker: "customer", text: "I was charged twice for my order.", startMs: 3500, endMs: 6000 },
          { speaker: "agent", text: "I have refunded the second charge.", startMs: 6500, endMs: 9000 },
        ],
      },
    },
  });
}

async function summary(request: APIRequestContext) {
  const response = await request.get(`/api/v1/billing/summary/${orgId}`, { headers: bearer(token) });
  expect(response.status()).toBe(200);
  return (await response.json()).data as { totalCost: number; totalAnalyses: number; totalRecords: number; budgetLimit: number | null; budgetExceeded: boolean };
}

test("usage grows as a record is processed, and a spent budget refuses the next one with 402 BUDGET_EXCEEDED", async ({ request }) => {
  const before = await summary(request);
  expect(before).toMatchObject({ totalCost: 0, totalAnalyses: 0, budgetLimit: null });

  const created = await createCall(request);
  expect(created.status()).toBe(201);
  const record = (await created.json()).data;
  expect((await waitForRecord(request, token, record.id)).status).toBe("completed");

  const after = await summary(request);
  expect(after.totalAnalyses).toBe(1);
  expect(after.totalRecords).toBe(1);
  expect(after.totalCost).toBeGreaterThan(0);
  const usage = (await (await request.get(`/api/v1/billing/usage/${orgId}`, { headers: bearer(token) })).json()).data;
  expect(usage.byKind).toEqual([expect.objectContaining({ kind: "analysis", quantity: 1, events: 1, cost: after.totalCost })]);
  expect(usage.byProject).toEqual([expect.objectContaining({ projectId, analyses: 1 })]);

  // A budget below what was already spent: processing stops.
  const tiny = await request.patch(`/api/v1/billing/budget/${orgId}`, { headers: bearer(token), data: { budgetLimit: 0.001 } });
  expect(tiny.status()).toBe(200);
  expect((await tiny.json()).data).toMatchObject({ budgetLimit: 0.001, budgetExceeded: true, budgetUsedPercent: expect.any(Number) });

  const refused = await createCall(request);
  expect(refused.status()).toBe(402);
  const error = await errorOf(refused);
  expect(error.code).toBe("BUDGET_EXCEEDED");
  expect(error.message).toMatch(/^The monthly budget of \$0\.001 for \d{4}-\d{2} is spent \(\$0\.\d+ used\), so no new processing is accepted\./);
  expect(error.message).toContain("raise or remove the budget");

  // Raised again, processing resumes.
  const raised = await request.patch(`/api/v1/billing/budget/${orgId}`, { headers: bearer(token), data: { budgetLimit: "100.00" } });
  expect((await raised.json()).data).toMatchObject({ budgetLimit: 100, budgetExceeded: false });
  expect((await createCall(request)).status()).toBe(201);
});

test("a budget below zero is a 400 naming budgetLimit, and nothing changes", async ({ request }) => {
  const response = await request.patch(`/api/v1/billing/budget/${orgId}`, { headers: bearer(token), data: { budgetLimit: -5 } });
  expect(response.status()).toBe(400);
  const error = await errorOf(response);
  expect(error.code).toBe("VALIDATION_ERROR");
  expect(error.details!.fields).toEqual({ budgetLimit: ["must be zero or more (null removes the budget)"] });
  expect((await summary(request)).budgetLimit).not.toBe(-5);
});

test("billing is for owners and admins of the organization in the path", async ({ request }) => {
  const demoKey = readSeed().apiKey;
  // The demo's admin key: reads its own organization's billing, cannot set its budget, and never sees another's.
  const own = await request.get(`/api/v1/billing/summary/${readSeed().organizationId}`, { headers: bearer(demoKey) });
  expect(own.status()).toBe(200);
  const budget = await request.patch(`/api/v1/billing/budget/${readSeed().organizationId}`, { headers: bearer(demoKey), data: { budgetLimit: 1 } });
  expect(budget.status()).toBe(403);
  const foreign = await request.get(`/api/v1/billing/summary/${orgId}`, { headers: bearer(demoKey) });
  expect(foreign.status()).toBe(404);

  const usage = await request.get("/api/v1/account/usage", { headers: bearer(token) });
  expect(usage.status()).toBe(200);
  const data = (await usage.json()).data;
  expect(data.apiRequests.byEndpoint["GET /billing/summary/:orgId"]).toBeGreaterThanOrEqual(1);
  expect(data.records.bySource.api).toBeGreaterThanOrEqual(1);
});
