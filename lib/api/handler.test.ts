import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as apiKeysRoute from "../../app/api/v1/api-keys/route";
import * as loginRoute from "../../app/api/v1/auth/login/route";
import * as meRoute from "../../app/api/v1/auth/me/route";
import * as projectRoute from "../../app/api/v1/projects/[id]/route";
import * as projectsRoute from "../../app/api/v1/projects/route";
import { addUserWithRole, createOrgWithOwner, TEST_PASSWORD } from "../../db/testing/factories";
import { createTestDb, type TestDb } from "../../db/testing/test-db";
import { projects } from "../../db/schema";
import { resetConfigForTests } from "../config";
import { loginWithPassword } from "../services/accounts/login-with-password";
import { resetPassword } from "../services/accounts/reset-password";
import { createApiKey } from "../services/api-keys/create-api-key";
import { revokeApiKey } from "../services/api-keys/revoke-api-key";
import { addMember } from "../services/members/add-member";
import { createProject } from "../services/projects/create-project";
import { apiDeps } from "./handler";

let testDb: TestDb;
let orgA: Awaited<ReturnType<typeof createOrgWithOwner>>;
let orgB: Awaited<ReturnType<typeof createOrgWithOwner>>;
let keyA: string;
const originalDeps = { ...apiDeps };

beforeAll(async () => {
  testDb = await createTestDb();
  apiDeps.getDb = async () => testDb.db;
  apiDeps.lookupSession = async () => null;
  orgA = await createOrgWithOwner(testDb.db, "Org A");
  orgB = await createOrgWithOwner(testDb.db, "Org B");
  keyA = (await createApiKey(orgA.ctx, { name: "test" })).key;
});
afterAll(async () => {
  Object.assign(apiDeps, originalDeps);
  await testDb.close();
});
afterEach(() => {
  vi.unstubAllEnvs();
  resetConfigForTests();
});

const BASE = "http://callscope.test/api/v1";
const noParams = { params: Promise.resolve({}) };
const idParams = (id: string) => ({ params: Promise.resolve({ id }) });

function request(path: string, init: RequestInit & { key?: string | null } = {}) {
  const headers = new Headers(init.headers);
  const key = init.key === undefined ? keyA : init.key;
  if (key) headers.set("authorization", `Bearer ${key}`);
  return new Request(`${BASE}${path}`, { ...init, headers });
}

function jsonRequest(path: string, method: string, body: unknown, init: RequestInit & { key?: string | null } = {}) {
  const headers = new Headers(init.headers);
  headers.set("content-type", "application/json");
  return request(path, { ...init, method, headers, body: typeof body === "string" ? body : JSON.stringify(body) });
}

async function errorOf(response: Response) {
  const body = (await response.json()) as { error: { code: string; message: string; details?: { fields?: Record<string, string[]> }; requestId: string } };
  return body.error;
}

describe("envelope and request ids", () => {
  it("wraps lists in {data, meta} and sets X-Request-Id and rate-limit headers", async () => {
    const response = await projectsRoute.GET(request("/projects"), noParams);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toMatch(/^req_/);
    expect(response.headers.get("x-ratelimit-limit")).toBe("200");
    const body = await response.json();
    expect(body).toEqual({ data: [], meta: { page: 1, pageSize: 20, total: 0 } });
  });

  it("echoes a sane incoming request id and replaces an unsafe one", async () => {
    const echoed = await projectsRoute.GET(request("/projects", { headers: { "x-request-id": "client-abc.123" } }), noParams);
    expect(echoed.headers.get("x-request-id")).toBe("client-abc.123");
    const replaced = await projectsRoute.GET(request("/projects", { headers: { "x-request-id": "<script>alert(1)</script>" } }), noParams);
    expect(replaced.headers.get("x-request-id")).toMatch(/^req_/);
  });

  it("creates with 201 and returns the resource in data", async () => {
    const response = await projectsRoute.POST(jsonRequest("/projects", "POST", { name: "Created via API" }), noParams);
    expect(response.status).toBe(201);
    expect((await response.json()).data).toMatchObject({ name: "Created via API" });
  });
});

describe("bad input", () => {
  it.each([
    ["malformed JSON", '{"name": ', "application/json", 400, "INVALID_JSON"],
    ["empty body", "", "application/json", 400, "INVALID_JSON"],
    ["not JSON content type", "name=x", "application/x-www-form-urlencoded", 415, "UNSUPPORTED_MEDIA_TYPE"],
    ["too large", JSON.stringify({ name: "x", description: "y".repeat(1_100_000) }), "application/json", 413, "PAYLOAD_TOO_LARGE"],
  ])("answers %s with %i and writes nothing", async (_label, body, contentType, status, code) => {
    const before = (await testDb.db.select().from(projects).where(eq(projects.orgId, orgA.org.id))).length;
    const response = await projectsRoute.POST(
      request("/projects", { method: "POST", body, headers: { "content-type": contentType } }),
      noParams,
    );
    expect(response.status).toBe(status);
    expect((await errorOf(response)).code).toBe(code);
    expect((await testDb.db.select().from(projects).where(eq(projects.orgId, orgA.org.id))).length).toBe(before);
  });

  it("names every bad field in details.fields", async () => {
    const response = await projectsRoute.POST(
      jsonRequest("/projects", "POST", { name: 7, settings: { agentChannel: "centre" }, extra: true }),
      noParams,
    );
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe("VALIDATION_ERROR");
    expect(Object.keys(error.details!.fields!).sort()).toEqual(["extra", "name", "settings.agentChannel"]);
  });

  it.each([
    ["pageSize=101", "pageSize"],
    ["pageSize=0", "pageSize"],
    ["page=abc", "page"],
    ["page=1.5", "page"],
    ["sort=password", "sort"],
    ["order=up", "order"],
    ["from=yesterday", "from"],
    ["from=2026-03-05&to=2026-03-01", "from"],
    ["pagesize=10", "pagesize"],
  ])("refuses the list query %s naming %s", async (query, field) => {
    const response = await projectsRoute.GET(request(`/projects?${query}`), noParams);
    expect(response.status).toBe(400);
    expect(Object.keys((await errorOf(response)).details!.fields!)).toContain(field);
  });
});

describe("credentials", () => {
  it.each([
    ["no credentials", null, undefined],
    ["a non-bearer scheme", null, "Basic dXNlcjpwYXNz"],
    ["an unknown key", `csk_${"A".repeat(32)}`, undefined],
    ["a garbage token", "not-a-token", undefined],
    ["a forged JWT", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c3JfeCJ9.c2lnbmF0dXJl", undefined],
  ])("answers %s with 401", async (_label, key, authorization) => {
    const headers: Record<string, string> = authorization ? { authorization } : {};
    const response = await projectsRoute.GET(request("/projects", { key, headers }), noParams);
    expect(response.status).toBe(401);
    expect((await errorOf(response)).code).toBe("UNAUTHORIZED");
  });

  it("refuses a revoked key", async () => {
    const created = await createApiKey(orgA.ctx, { name: "soon revoked" });
    expect((await projectsRoute.GET(request("/projects", { key: created.key }), noParams)).status).toBe(200);
    await revokeApiKey(orgA.ctx, created.id);
    expect((await projectsRoute.GET(request("/projects", { key: created.key }), noParams)).status).toBe(401);
  });

  it("accepts an access token from /auth/login as Bearer, until the password is reset", async () => {
    const login = await loginWithPassword(testDb.db, { email: orgB.owner.email, password: TEST_PASSWORD });
    const me = await meRoute.GET(request("/auth/me", { key: login.token }), noParams);
    expect(me.status).toBe(200);
    expect((await me.json()).data).toMatchObject({ email: orgB.owner.email, currentOrganization: { id: orgB.org.id } });
    expect((await projectsRoute.GET(request("/projects", { key: login.token }), noParams)).status).toBe(200);
    await resetPassword(testDb.db, orgB.owner.email, TEST_PASSWORD);
    expect((await projectsRoute.GET(request("/projects", { key: login.token }), noParams)).status).toBe(401);
  });

  it("lets a dashboard session cookie in, but not a cross-site write", async () => {
    apiDeps.lookupSession = async () => ({ id: orgA.owner.id });
    try {
      const cookie = { cookie: "authjs.session-token=abc" };
      expect((await projectsRoute.GET(request("/projects", { key: null, headers: cookie }), noParams)).status).toBe(200);
      const crossSite = await projectsRoute.POST(
        jsonRequest("/projects", "POST", { name: "csrf" }, { key: null, headers: { ...cookie, origin: "https://evil.test", host: "callscope.test" } }),
        noParams,
      );
      expect(crossSite.status).toBe(403);
      const sameSite = await projectsRoute.POST(
        jsonRequest("/projects", "POST", { name: "same site" }, { key: null, headers: { ...cookie, origin: "http://callscope.test", host: "callscope.test" } }),
        noParams,
      );
      expect(sameSite.status).toBe(201);
      apiDeps.lookupSession = async () => null;
      expect((await projectsRoute.GET(request("/projects", { key: null, headers: cookie }), noParams)).status).toBe(401);
    } finally {
      apiDeps.lookupSession = async () => null;
    }
  });
});

describe("organizations and roles", () => {
  it("answers 404 for another organization's resource, exactly as for a missing one", async () => {
    const foreign = await createProject(orgB.ctx, { name: "B only" });
    const response = await projectRoute.GET(request(`/projects/${foreign.id}`), idParams(foreign.id));
    const missing = await projectRoute.GET(request("/projects/proj_doesnotexist000000"), idParams("proj_doesnotexist000000"));
    expect(response.status).toBe(404);
    expect(missing.status).toBe(404);
    const [a, b] = [await errorOf(response), await errorOf(missing)];
    expect(a.message).toBe(b.message);
    expect((await projectRoute.DELETE(request(`/projects/${foreign.id}`, { method: "DELETE" }), idParams(foreign.id))).status).toBe(404);
  });

  it("keeps a key inside its organization whatever X-Selected-Org-ID says", async () => {
    const response = await projectsRoute.GET(request("/projects", { headers: { "x-selected-org-id": orgB.org.id } }), noParams);
    expect(response.status).toBe(404);
    const unknown = await projectsRoute.GET(request("/projects", { headers: { "x-selected-org-id": "org_nope" } }), noParams);
    expect((await errorOf(response)).message).toBe((await errorOf(unknown)).message);
  });

  it("lets a user in several organizations pick one with X-Selected-Org-ID", async () => {
    const { user } = await addUserWithRole(testDb.db, orgA.org.id, "viewer");
    await addMember(testDb.db, orgB.org.id, user.id, "supervisor");
    const login = await loginWithPassword(testDb.db, { email: user.email, password: TEST_PASSWORD });
    const inB = await projectsRoute.POST(
      jsonRequest("/projects", "POST", { name: "made in B" }, { key: login.token, headers: { "x-selected-org-id": orgB.org.id } }),
      noParams,
    );
    expect(inB.status).toBe(201);
    // Without the header the oldest membership (A, as viewer) applies.
    const inA = await projectsRoute.POST(jsonRequest("/projects", "POST", { name: "made in A" }, { key: login.token }), noParams);
    expect(inA.status).toBe(403);
    const stranger = await createOrgWithOwner(testDb.db);
    const outside = await projectsRoute.GET(request("/projects", { key: login.token, headers: { "x-selected-org-id": stranger.org.id } }), noParams);
    expect(outside.status).toBe(404);
  });

  it("answers 403 when the role lacks the permission", async () => {
    const viewerKey = (await createApiKey(orgA.ctx, { name: "read only", role: "viewer" })).key;
    const response = await projectsRoute.POST(jsonRequest("/projects", "POST", { name: "nope" }, { key: viewerKey }), noParams);
    expect(response.status).toBe(403);
    expect((await apiKeysRoute.GET(request("/api-keys", { key: viewerKey }), noParams)).status).toBe(403);
  });

  it("never returns a key's secret after creation", async () => {
    const created = await apiKeysRoute.POST(jsonRequest("/api-keys", "POST", { name: "shown once" }), noParams);
    const secret = (await created.json()).data.key as string;
    expect(secret).toMatch(/^csk_/);
    const listed = await (await apiKeysRoute.GET(request("/api-keys?pageSize=100"), noParams)).text();
    expect(listed).not.toContain(secret);
  });
});

describe("rate limits", () => {
  it("answers 429 with Retry-After past the per-client limit", async () => {
    vi.stubEnv("RATE_LIMIT_PER_MINUTE", "3");
    resetConfigForTests();
    const key = (await createApiKey(orgA.ctx, { name: "busy" })).key;
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 4; i++) {
      last = await projectsRoute.GET(request("/projects", { key }), noParams);
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(last!.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(last!.headers.get("x-ratelimit-remaining")).toBe("0");
    expect((await errorOf(last!)).code).toBe("RATE_LIMITED");
    // Another client still gets through.
    expect((await projectsRoute.GET(request("/projects"), noParams)).status).toBe(200);
  });

  it("shares counters through the database when RATE_LIMIT_STORE=postgres", async () => {
    vi.stubEnv("RATE_LIMIT_PER_MINUTE", "2");
    vi.stubEnv("RATE_LIMIT_STORE", "postgres");
    resetConfigForTests();
    const key = (await createApiKey(orgA.ctx, { name: "shared" })).key;
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await projectsRoute.GET(request("/projects", { key }), noParams)).status);
    expect(statuses).toEqual([200, 200, 429]);
  });

  it("limits sign-in attempts per address and email", async () => {
    vi.stubEnv("LOGIN_ATTEMPTS_PER_MINUTE", "2");
    resetConfigForTests();
    const attempt = () =>
      loginRoute.POST(
        jsonRequest("/auth/login", "POST", { email: orgA.owner.email, password: "wrong password" }, { key: null, headers: { "x-forwarded-for": "203.0.113.9" } }),
        noParams,
      );
    expect((await attempt()).status).toBe(401);
    expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBeTruthy();
  });
});

describe("unexpected failures", () => {
  it("answers 500 with the request id and nothing internal", async () => {
    const original = apiDeps.getDb;
    apiDeps.getDb = async () => {
      throw new Error('select * from users where password_hash = "$argon2id$secret" at db.internal:5432');
    };
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const response = await projectsRoute.GET(request("/projects", { headers: { "x-request-id": "trace-500" } }), noParams);
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(text).not.toMatch(/select|argon2|5432|stack|at /i);
      expect(JSON.parse(text).error).toMatchObject({ code: "INTERNAL_ERROR", requestId: "trace-500" });
    } finally {
      apiDeps.getDb = original;
      errors.mockRestore();
    }
  });

  it("logs no password or key while signing in and creating keys", async () => {
    vi.stubEnv("LOG_LEVEL", "debug");
    resetConfigForTests();
    const lines: string[] = [];
    const capture = (...args: unknown[]) => void lines.push(args.map(String).join(" "));
    const spies = [vi.spyOn(console, "log").mockImplementation(capture), vi.spyOn(console, "error").mockImplementation(capture)];
    try {
      await loginRoute.POST(jsonRequest("/auth/login", "POST", { email: orgA.owner.email, password: TEST_PASSWORD }, { key: null }), noParams);
      const created = await apiKeysRoute.POST(jsonRequest("/api-keys", "POST", { name: "logged?" }), noParams);
      const secret = (await created.json()).data.key as string;
      expect(lines.join("\n")).not.toContain(TEST_PASSWORD);
      expect(lines.join("\n")).not.toContain(secret);
      expect(lines.join("\n")).not.toContain(keyA);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});
