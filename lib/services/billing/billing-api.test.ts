import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as accountUsageRoute from "../../../app/api/v1/account/usage/route";
import * as budgetRoute from "../../../app/api/v1/billing/budget/[orgId]/route";
import * as creditsRoute from "../../../app/api/v1/billing/credits/[orgId]/route";
import * as summaryRoute from "../../../app/api/v1/billing/summary/[orgId]/route";
import * as usageRoute from "../../../app/api/v1/billing/usage/[orgId]/route";
import * as recordsRoute from "../../../app/api/v1/records/route";
import { addUserWithRole, createOrgWithOwner, TEST_PASSWORD } from "../../../db/testing/factories";
import { createTestDb, type TestDb } from "../../../db/testing/test-db";
import { SUPPORT_CALL } from "../../analysis/local/support-call.fixture";
import { apiDeps } from "../../api/handler";
import { loginWithPassword } from "../accounts/login-with-password";
import { createApiKey } from "../api-keys/create-api-key";
import { addMember } from "../members/add-member";
import { createProject } from "../projects/create-project";

let testDb: TestDb;
let orgA: Awaited<ReturnType<typeof createOrgWithOwner>>;
let orgB: Awaited<ReturnType<typeof createOrgWithOwner>>;
let adminKey: string;
let ownerToken: string;
let projectId: string;
const originalDeps = { ...apiDeps };

beforeAll(async () => {
  testDb = await createTestDb();
  apiDeps.getDb = async () => testDb.db;
  apiDeps.lookupSession = async () => null;
  orgA = await createOrgWithOwner(testDb.db, "Org A");
  orgB = await createOrgWithOwner(testDb.db, "Org B");
  adminKey = (await createApiKey(orgA.ctx, { name: "admin key", role: "admin" })).key;
  // API keys never get owner rights: budgets are changed with an owner's access token (or the dashboard).
  ownerToken = (await loginWithPassword(testDb.db, { email: orgA.owner.email, password: TEST_PASSWORD })).token;
  projectId = (await createProject(orgA.ctx, { name: "Support" })).id;
});
afterAll(async () => {
  Object.assign(apiDeps, originalDeps);
  await testDb.close();
});

const BASE = "http://callscope.test/api/v1";
const orgParams = (orgId: string) => ({ params: Promise.resolve({ orgId }) });
// As Next.js calls a route without dynamic segments: no params at all.
const noParams = { params: Promise.resolve(undefined as unknown as Record<string, never>) };

function request(path: string, token: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  headers.set("authorization", `Bearer ${token}`);
  return new Request(`${BASE}${path}`, { ...init, headers });
}

function patchBudget(orgId: string, token: string, body: unknown, headers: Record<string, string> = {}) {
  return budgetRoute.PATCH(
    request(`/billing/budget/${orgId}`, token, {
      method: "PATCH",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
    orgParams(orgId),
  );
}

async function body(response: Response) {
  return (await response.json()) as {
    data: Record<string, unknown>;
    meta?: Record<string, unknown>;
    error?: { code: string; message: string; details?: { fields?: Record<string, string[]> } & Record<string, unknown> };
  };
}

describe("the billing endpoints", () => {
  it("answers the summary in the envelope, for the organization in the path", async () => {
    const response = await summaryRoute.GET(request(`/billing/summary/${orgA.org.id}`, adminKey), orgParams(orgA.org.id));
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toMatch(/^req_/);
    expect((await body(response)).data).toMatchObject({
      orgId: orgA.org.id,
      period: expect.stringMatching(/^\d{4}-\d{2}$/),
      currency: "USD",
      totalRecords: 0,
      totalMinutes: 0,
      totalCost: 0,
      budgetLimit: null,
      budgetUsedPercent: null,
      credits: { granted: 0, used: 0, available: 0 },
      prices: [
        { kind: "audio_minutes", unit: "minute", unitPrice: 0.02 },
        { kind: "analysis", unit: "analysis", unitPrice: 0.01 },
        { kind: "llm_tokens", unit: "1k_tokens", unitPrice: 0.002 },
      ],
    });
  });

  it("answers 404 for another organization's id, whatever the caller's role, and 403 for roles without billing", async () => {
    for (const route of [summaryRoute, usageRoute, creditsRoute] as const) {
      const foreign = await route.GET(request(`/billing/x/${orgB.org.id}`, adminKey), orgParams(orgB.org.id));
      expect(foreign.status).toBe(404);
      expect((await body(foreign)).error!.code).toBe("NOT_FOUND");
    }
    expect((await patchBudget(orgB.org.id, ownerToken, { budgetLimit: 0 })).status).toBe(404);

    const viewerKey = (await createApiKey(orgA.ctx, { name: "viewer", role: "viewer" })).key;
    const supervisorKey = (await createApiKey(orgA.ctx, { name: "supervisor", role: "supervisor" })).key;
    for (const key of [viewerKey, supervisorKey]) {
      expect((await summaryRoute.GET(request(`/billing/summary/${orgA.org.id}`, key), orgParams(orgA.org.id))).status).toBe(403);
      expect((await accountUsageRoute.GET(request("/account/usage", key), noParams)).status).toBe(403);
    }
    // An admin reads billing but does not set the budget.
    const refused = await patchBudget(orgA.org.id, adminKey, { budgetLimit: 10 });
    expect(refused.status).toBe(403);
  });

  it("lets a member of several organizations name one in the path, and refuses a header that disagrees", async () => {
    const { user } = await addUserWithRole(testDb.db, orgB.org.id, "viewer");
    await addMember(testDb.db, orgA.org.id, user.id, "admin");
    const token = (await loginWithPassword(testDb.db, { email: user.email, password: TEST_PASSWORD })).token;
    // Oldest membership is B (viewer); the path picks A, where they are admin.
    const inA = await summaryRoute.GET(request(`/billing/summary/${orgA.org.id}`, token), orgParams(orgA.org.id));
    expect(inA.status).toBe(200);
    expect((await body(inA)).data.orgId).toBe(orgA.org.id);
    const inB = await summaryRoute.GET(request(`/billing/summary/${orgB.org.id}`, token), orgParams(orgB.org.id));
    expect(inB.status).toBe(403);
    const mixed = await summaryRoute.GET(
      request(`/billing/summary/${orgA.org.id}`, token, { headers: { "x-selected-org-id": orgB.org.id } }),
      orgParams(orgA.org.id),
    );
    expect(mixed.status).toBe(404);
  });

  it("refuses a negative budget with a 400 naming budgetLimit, and a body that is not JSON with 415", async () => {
    const negative = await patchBudget(orgA.org.id, ownerToken, { budgetLimit: -10 });
    expect(negative.status).toBe(400);
    const error = (await body(negative)).error!;
    expect(error.code).toBe("VALIDATION_ERROR");
    expect(error.details!.fields).toEqual({ budgetLimit: ["must be zero or more (null removes the budget)"] });
    expect((await patchBudget(orgA.org.id, ownerToken, "budgetLimit=10", { "content-type": "application/x-www-form-urlencoded" })).status).toBe(415);
    const summary = await body(await summaryRoute.GET(request(`/billing/summary/${orgA.org.id}`, adminKey), orgParams(orgA.org.id)));
    expect(summary.data.budgetLimit).toBeNull();
  });

  it("refuses new records with 402 BUDGET_EXCEEDED once the budget is spent, and takes them again when it is removed", async () => {
    const set = await patchBudget(orgA.org.id, ownerToken, { budgetLimit: 0 });
    expect(set.status).toBe(200);
    expect((await body(set)).data).toMatchObject({ budgetLimit: 0, budgetExceeded: true });

    const create = () =>
      recordsRoute.POST(
        request("/records", adminKey, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ projectId, type: "call", transcript: { segments: SUPPORT_CALL } }),
        }),
        noParams,
      );
    const refused = await create();
    expect(refused.status).toBe(402);
    const error = (await body(refused)).error!;
    expect(error.code).toBe("BUDGET_EXCEEDED");
    expect(error.message).toMatch(/monthly budget of \$0\.00 .* is spent/);
    expect(error.details).toMatchObject({ budgetLimit: 0, spent: 0, currency: "USD" });

    expect((await patchBudget(orgA.org.id, ownerToken, { budgetLimit: null })).status).toBe(200);
    expect((await create()).status).toBe(201);
  });

  it("validates the usage range and the credits page, naming the parameter", async () => {
    const backwards = await usageRoute.GET(request(`/billing/usage/${orgA.org.id}?from=2026-03-05&to=2026-03-01`, adminKey), orgParams(orgA.org.id));
    expect(backwards.status).toBe(400);
    expect(Object.keys((await body(backwards)).error!.details!.fields!)).toEqual(["from"]);
    const bad = await usageRoute.GET(request(`/billing/usage/${orgA.org.id}?from=yesterday`, adminKey), orgParams(orgA.org.id));
    expect(Object.keys((await body(bad)).error!.details!.fields!)).toEqual(["from"]);
    const unknown = await usageRoute.GET(request(`/billing/usage/${orgA.org.id}?groupBy=week`, adminKey), orgParams(orgA.org.id));
    expect(Object.keys((await body(unknown)).error!.details!.fields!)).toEqual(["groupBy"]);
    const ok = await usageRoute.GET(request(`/billing/usage/${orgA.org.id}?from=2026-03-01&to=2026-03-03`, adminKey), orgParams(orgA.org.id));
    expect((await body(ok)).data.byDay).toHaveLength(3);

    const credits = await creditsRoute.GET(request(`/billing/credits/${orgA.org.id}?pageSize=5`, adminKey), orgParams(orgA.org.id));
    expect(await body(credits)).toMatchObject({ data: { grants: [], available: 0 }, meta: { page: 1, pageSize: 5, total: 0 } });
    const tooBig = await creditsRoute.GET(request(`/billing/credits/${orgA.org.id}?pageSize=500`, adminKey), orgParams(orgA.org.id));
    expect(tooBig.status).toBe(400);
  });

  it("counts API requests per route for /account/usage, in the caller's organization only", async () => {
    const orgC = await createOrgWithOwner(testDb.db, "Org C");
    const key = (await createApiKey(orgC.ctx, { name: "counting", role: "admin" })).key;
    const viewerKey = (await createApiKey(orgC.ctx, { name: "counting viewer", role: "viewer" })).key;
    for (let i = 0; i < 3; i++) {
      expect((await summaryRoute.GET(request(`/billing/summary/${orgC.org.id}`, key), orgParams(orgC.org.id))).status).toBe(200);
    }
    // Refused requests count too: they were made.
    expect((await summaryRoute.GET(request(`/billing/summary/${orgC.org.id}`, viewerKey), orgParams(orgC.org.id))).status).toBe(403);
    // A request that never got into the organization is not its request.
    expect((await summaryRoute.GET(request(`/billing/summary/${orgA.org.id}`, key), orgParams(orgA.org.id))).status).toBe(404);
    expect((await accountUsageRoute.GET(request("/account/usage", key), noParams)).status).toBe(200);

    const usage = await accountUsageRoute.GET(request("/account/usage", key), noParams);
    expect(usage.status).toBe(200);
    const { data } = await body(usage);
    // Counted before it runs, and written before it reads: this request is in too.
    expect(data.apiRequests).toEqual({ total: 6, byEndpoint: { "GET /billing/summary/:orgId": 4, "GET /account/usage": 2 } });
    expect(data.records).toEqual({ total: 0, bySource: {}, byType: {} });
    expect(data.storage).toEqual({ totalBytes: 0, byType: { audio: 0, transcripts: 0, exports: 0 } });
    expect((await accountUsageRoute.GET(request("/account/usage?from=soon", key), noParams)).status).toBe(400);
  });
});
