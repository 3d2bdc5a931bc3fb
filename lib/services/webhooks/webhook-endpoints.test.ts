import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as endpointRoute from "../../../app/api/v1/webhooks/[id]/route";
import * as deliveriesRoute from "../../../app/api/v1/webhooks/[id]/deliveries/route";
import * as webhooksRoute from "../../../app/api/v1/webhooks/route";
import { auditLog, webhookEndpoints } from "../../../db/schema";
import { expectAppError } from "../../../db/testing/expect-app-error";
import { addUserWithRole, createOrgWithOwner } from "../../../db/testing/factories";
import { createTestDb, type TestDb } from "../../../db/testing/test-db";
import { apiDeps } from "../../api/handler";
import { resetConfigForTests } from "../../config";
import { createApiKey } from "../api-keys/create-api-key";
import type { ServiceContext } from "../context";
import { createWebhookEndpoint } from "./create-webhook-endpoint";
import { deleteWebhookEndpoint } from "./delete-webhook-endpoint";
import { getWebhookEndpoint } from "./get-webhook-endpoint";
import { listWebhookDeliveries } from "./list-webhook-deliveries";
import { listWebhookEndpoints } from "./list-webhook-endpoints";
import { rotateWebhookSecret } from "./rotate-webhook-secret";
import { updateWebhookEndpoint } from "./update-webhook-endpoint";
import { openWebhookSecret } from "./webhook-secret";

let testDb: TestDb;
let owner: ServiceContext;
let reviewer: ServiceContext;
let other: ServiceContext;
let ownerKey: string;
let reviewerKey: string;
const originalDeps = { ...apiDeps };
const PUBLIC_URL = "https://93.184.216.34/hooks/callscope";
const page = { page: 1, pageSize: 20 };

beforeAll(async () => {
  testDb = await createTestDb();
  apiDeps.getDb = async () => testDb.db;
  apiDeps.lookupSession = async () => null;
  owner = (await createOrgWithOwner(testDb.db)).ctx;
  reviewer = (await addUserWithRole(testDb.db, owner.orgId, "reviewer")).ctx;
  other = (await createOrgWithOwner(testDb.db)).ctx;
  ownerKey = (await createApiKey(owner, { name: "CI" })).key;
  reviewerKey = (await createApiKey(owner, { name: "QA", role: "reviewer" })).key;
});
afterAll(async () => {
  Object.assign(apiDeps, originalDeps);
  await testDb.close();
});
afterEach(() => {
  vi.unstubAllEnvs();
  resetConfigForTests();
});

function call<P>(handler: (req: Request, route: { params: Promise<P> }) => Promise<Response>, init: { method: string; path: string; key: string; body?: unknown; params?: P }) {
  return handler(
    new Request(`http://callscope.test/api/v1${init.path}`, {
      method: init.method,
      headers: { authorization: `Bearer ${init.key}`, ...(init.body ? { "content-type": "application/json" } : {}) },
      body: init.body ? JSON.stringify(init.body) : undefined,
    }),
    { params: Promise.resolve((init.params ?? {}) as P) },
  );
}

describe("webhook endpoints", () => {
  it("shows the signing secret once, stores it sealed, and lists endpoints without it", async () => {
    const created = await createWebhookEndpoint(owner, { url: PUBLIC_URL, description: "CRM", events: ["record.completed", "analysis.completed", "record.completed"] });
    expect(created).toMatchObject({ id: expect.stringMatching(/^whk_/), url: PUBLIC_URL, description: "CRM", enabled: true, events: ["record.completed", "analysis.completed"] });
    expect(created.secret).toMatch(/^whsec_[0-9A-Za-z]{32}$/);
    expect(created.secretPrefix).toBe(created.secret.slice(0, 14));

    const [row] = await testDb.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, created.id));
    expect(row!.secretSealed).not.toContain(created.secret);
    expect(row!.secretSealed).not.toContain(created.secret.slice(6));
    expect(openWebhookSecret(row!)).toBe(created.secret);
    // Sealed for this endpoint: the same value under another id does not open.
    expect(() => openWebhookSecret({ ...row!, id: "whk_someoneelse000000" })).toThrow(/could not be opened/);

    const listed = await listWebhookEndpoints(owner, page);
    expect(listed.items.map((e) => e.id)).toContain(created.id);
    expect(JSON.stringify(listed)).not.toContain(created.secret);
    expect(await getWebhookEndpoint(owner, created.id)).not.toHaveProperty("secret");

    const [audit] = await testDb.db.select().from(auditLog).where(eq(auditLog.targetId, created.id));
    expect(audit).toMatchObject({ action: "webhook.create" });
    expect(JSON.stringify(audit!.changes)).not.toContain(created.secret);
  });

  it("changes URL, events and enabled, and rotates the secret (shown once)", async () => {
    const created = await createWebhookEndpoint(owner, { url: PUBLIC_URL, events: ["record.failed"] });
    const updated = await updateWebhookEndpoint(owner, created.id, { url: "https://93.184.216.35/v2", events: ["review.submitted"], enabled: false });
    expect(updated).toMatchObject({ url: "https://93.184.216.35/v2", events: ["review.submitted"], enabled: false });
    const rotated = await rotateWebhookSecret(owner, created.id);
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(created.secret);
    const [row] = await testDb.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, created.id));
    expect(openWebhookSecret(row!)).toBe(rotated.secret);
    expect((await getWebhookEndpoint(owner, created.id)).secretPrefix).toBe(rotated.prefix);
    await expect(deleteWebhookEndpoint(owner, created.id)).resolves.toEqual({ id: created.id, deleted: true });
    await expectAppError(getWebhookEndpoint(owner, created.id), "NOT_FOUND");
  });

  it.each([
    ["ftp://files.example.com/in", "url"],
    ["javascript:alert(1)", "url"],
    ["not a url", "url"],
    ["https://user:pass@93.184.216.34/hooks", "url"],
    ["http://127.0.0.1:8080/hooks", "url"],
    ["http://localhost:8080/hooks", "url"],
    ["http://10.1.2.3/hooks", "url"],
    ["http://[::1]/hooks", "url"],
    ["http://169.254.169.254/latest/meta-data", "url"],
    ["http://0.0.0.0/", "url"],
  ])("refuses %s (400 naming %s) and stores nothing", async (url, field) => {
    const before = (await listWebhookEndpoints(owner, page)).total;
    const error = await expectAppError(createWebhookEndpoint(owner, { url, events: ["record.completed"] }), "VALIDATION_ERROR", field);
    expect(error.status).toBe(400);
    expect((await listWebhookEndpoints(owner, page)).total).toBe(before);
  });

  it("explains a private address and names the setting that allows it", async () => {
    const error = await expectAppError(createWebhookEndpoint(owner, { url: "http://192.168.1.20/hooks", events: ["record.completed"] }), "VALIDATION_ERROR", "url");
    expect((error.details!.fields as Record<string, string[]>).url![0]).toMatch(/private address.*WEBHOOK_ALLOW_PRIVATE_URLS=true/);
  });

  it("accepts private and loopback receivers when the operator allows them, but never link-local", async () => {
    vi.stubEnv("WEBHOOK_ALLOW_PRIVATE_URLS", "true");
    resetConfigForTests();
    await expect(createWebhookEndpoint(owner, { url: "http://127.0.0.1:9/hooks", events: ["record.completed"] })).resolves.toMatchObject({ url: "http://127.0.0.1:9/hooks" });
    await expect(createWebhookEndpoint(owner, { url: "http://10.1.2.3/hooks", events: ["record.completed"] })).resolves.toBeTruthy();
    await expectAppError(createWebhookEndpoint(owner, { url: "http://169.254.169.254/", events: ["record.completed"] }), "VALIDATION_ERROR", "url");
  });

  it("checks the URL again when it changes", async () => {
    const created = await createWebhookEndpoint(owner, { url: PUBLIC_URL, events: ["record.completed"] });
    await expectAppError(updateWebhookEndpoint(owner, created.id, { url: "http://127.0.0.1/x" }), "VALIDATION_ERROR", "url");
    expect((await getWebhookEndpoint(owner, created.id)).url).toBe(PUBLIC_URL);
  });

  it.each([
    [{ url: PUBLIC_URL, events: [] }, "events"],
    [{ url: PUBLIC_URL, events: ["record.deleted"] }, "events.0"],
    [{ url: PUBLIC_URL }, "events"],
    [{ events: ["record.completed"] }, "url"],
    [{ url: PUBLIC_URL, events: ["record.completed"], secret: "mine" }, "secret"],
    [{ url: PUBLIC_URL, events: ["record.completed"], description: "x".repeat(501) }, "description"],
    [{ url: PUBLIC_URL, events: ["record.completed"], enabled: "yes" }, "enabled"],
  ])("refuses %j naming %s", async (body, field) => {
    await expectAppError(createWebhookEndpoint(owner, body), "VALIDATION_ERROR", field);
  });

  it("is for owners and admins only, and other organizations' endpoints do not exist", async () => {
    const created = await createWebhookEndpoint(owner, { url: PUBLIC_URL, events: ["record.completed"] });
    await expectAppError(createWebhookEndpoint(reviewer, { url: PUBLIC_URL, events: ["record.completed"] }), "FORBIDDEN");
    await expectAppError(listWebhookEndpoints(reviewer, page), "FORBIDDEN");
    await expectAppError(listWebhookDeliveries(reviewer, created.id, page), "FORBIDDEN");
    await expectAppError(getWebhookEndpoint(other, created.id), "NOT_FOUND");
    await expectAppError(updateWebhookEndpoint(other, created.id, { enabled: false }), "NOT_FOUND");
    await expectAppError(deleteWebhookEndpoint(other, created.id), "NOT_FOUND");
    await expectAppError(listWebhookDeliveries(other, created.id, page), "NOT_FOUND");
    expect((await getWebhookEndpoint(owner, created.id)).enabled).toBe(true);
  });
});

describe("the webhooks API", () => {
  it("creates an endpoint (201 with the secret), then lists it without", async () => {
    const response = await call(webhooksRoute.POST, { method: "POST", path: "/webhooks", key: ownerKey, body: { url: PUBLIC_URL, events: ["review.submitted"] } });
    expect(response.status).toBe(201);
    const { data } = (await response.json()) as { data: { id: string; secret: string } };
    expect(data.secret).toMatch(/^whsec_/);
    const list = await call(webhooksRoute.GET, { method: "GET", path: "/webhooks", key: ownerKey });
    const body = await list.text();
    expect(list.status).toBe(200);
    expect(body).toContain(data.id);
    expect(body).not.toContain(data.secret);
  });

  it("answers 400 naming the field for a URL that is not http(s) or is private", async () => {
    for (const url of ["ftp://example.com/x", "http://127.0.0.1:3000/x"]) {
      const response = await call(webhooksRoute.POST, { method: "POST", path: "/webhooks", key: ownerKey, body: { url, events: ["record.completed"] } });
      expect(response.status).toBe(400);
      const { error } = (await response.json()) as { error: { code: string; details: { fields: Record<string, string[]> } } };
      expect(error.code).toBe("VALIDATION_ERROR");
      expect(Object.keys(error.details.fields)).toEqual(["url"]);
    }
  });

  it("answers 403 to a reviewer, and 400 to a bad deliveries filter", async () => {
    const created = await createWebhookEndpoint(owner, { url: PUBLIC_URL, events: ["record.completed"] });
    const forbidden = await call(webhooksRoute.GET, { method: "GET", path: "/webhooks", key: reviewerKey });
    expect(forbidden.status).toBe(403);
    const patch = await call(endpointRoute.PATCH, { method: "PATCH", path: `/webhooks/${created.id}`, key: reviewerKey, body: { enabled: false }, params: { id: created.id } });
    expect(patch.status).toBe(403);
    const badFilter = await call(deliveriesRoute.GET, { method: "GET", path: `/webhooks/${created.id}/deliveries?status=lost`, key: ownerKey, params: { id: created.id } });
    expect(badFilter.status).toBe(400);
    expect(((await badFilter.json()) as { error: { details: { fields: Record<string, unknown> } } }).error.details.fields).toHaveProperty("status");
  });
});
