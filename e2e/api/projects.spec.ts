import { expect, test } from "@playwright/test";
import { uniqueName } from "../seed";
import { bearer, errorOf, freshAdminKey } from "./client";

let key: string;
test.beforeAll(async ({ request }) => {
  key = await freshAdminKey(request);
});

test("create, read, list, update and delete a project", async ({ request }) => {
  const headers = bearer(key);
  const name = uniqueName("Support");
  const created = await request.post("/api/v1/projects", { headers, data: { name, settings: { agentChannel: "right" } } });
  expect(created.status()).toBe(201);
  const { data: project } = await created.json();
  expect(project.settings).toMatchObject({ agentChannel: "right", language: "en-US" });

  const read = await request.get(`/api/v1/projects/${project.id}`, { headers });
  expect((await read.json()).data.name).toBe(name);

  const list = await request.get("/api/v1/projects?pageSize=100&sort=createdAt&order=desc", { headers });
  const body = await list.json();
  expect(body.meta).toMatchObject({ page: 1, pageSize: 100 });
  expect(body.data.map((p: { id: string }) => p.id)).toContain(project.id);

  const patched = await request.patch(`/api/v1/projects/${project.id}`, {
    headers,
    data: { settings: { redaction: { enabled: true } } },
  });
  expect(patched.status()).toBe(200);
  expect((await patched.json()).data.settings).toMatchObject({ agentChannel: "right", redaction: { enabled: true } });

  const deleted = await request.delete(`/api/v1/projects/${project.id}`, { headers });
  expect((await deleted.json()).data).toEqual({ id: project.id, deleted: true });
  expect((await request.get(`/api/v1/projects/${project.id}`, { headers })).status()).toBe(404);
});

// Names are unique so "nothing is created" can be checked by name: other specs create projects in parallel.
const badBodies: [string, Record<string, unknown>, string][] = [
  ["missing name", {}, "name"],
  ["wrong type", { name: ["x"] }, "name"],
  ["too long", { name: "n".repeat(101) }, "name"],
  ["unknown field", { name: uniqueName("Refused"), owner: "me" }, "owner"],
  ["bad settings", { name: uniqueName("Refused"), settings: { retentionDays: -1 } }, "settings.retentionDays"],
];
for (const [label, data, field] of badBodies) {
  test(`a project with ${label} is a 400 naming ${field}, and nothing is created`, async ({ request }) => {
    const headers = bearer(key);
    const response = await request.post("/api/v1/projects", { headers, data });
    expect(response.status()).toBe(400);
    expect(Object.keys((await errorOf(response)).details!.fields!)).toContain(field);
    if (typeof data.name === "string") {
      const { data: projects } = await (await request.get("/api/v1/projects?pageSize=100", { headers })).json();
      expect(projects.map((p: { name: string }) => p.name)).not.toContain(data.name);
    }
  });
}

test("malformed JSON is a 400 and a form body a 415", async ({ request }) => {
  const malformed = await request.post("/api/v1/projects", {
    headers: { ...bearer(key), "content-type": "application/json" },
    data: Buffer.from('{"name": "unterminated'),
  });
  expect(malformed.status()).toBe(400);
  expect((await errorOf(malformed)).code).toBe("INVALID_JSON");
  const form = await request.post("/api/v1/projects", { headers: bearer(key), form: { name: "x" } });
  expect(form.status()).toBe(415);
});

test("another organization's project is a 404, and so is naming its organization", async ({ request }) => {
  const email = `${uniqueName("other").replace(/\W+/g, "-")}@example.test`.toLowerCase();
  const password = "another org password";
  const { data: other } = await (await request.post("/api/v1/auth/register", { data: { email, password, name: "Other" } })).json();
  const { data: tokens } = await (await request.post("/api/v1/auth/login", { data: { email, password } })).json();
  const { data: theirs } = await (
    await request.post("/api/v1/projects", { headers: bearer(tokens.token), data: { name: "Theirs" } })
  ).json();

  expect((await request.get(`/api/v1/projects/${theirs.id}`, { headers: bearer(key) })).status()).toBe(404);
  expect((await request.patch(`/api/v1/projects/${theirs.id}`, { headers: bearer(key), data: { name: "Mine" } })).status()).toBe(404);
  const viaHeader = await request.get("/api/v1/projects", {
    headers: { ...bearer(key), "x-selected-org-id": other.organization.id },
  });
  expect(viaHeader.status()).toBe(404);
});

test("credentials: missing, wrong and revoked are 401; a viewer key writing is 403", async ({ request }) => {
  expect((await request.get("/api/v1/projects")).status()).toBe(401);
  expect((await request.get("/api/v1/projects", { headers: bearer(`csk_${"z".repeat(32)}`) })).status()).toBe(401);
  const viewer = await request.post("/api/v1/api-keys", { headers: bearer(key), data: { name: uniqueName("viewer"), role: "viewer" } });
  const { data: viewerKey } = await viewer.json();
  const write = await request.post("/api/v1/projects", { headers: bearer(viewerKey.key), data: { name: "nope" } });
  expect(write.status()).toBe(403);
  await request.delete(`/api/v1/api-keys/${viewerKey.id}`, { headers: bearer(key) });
  expect((await request.get("/api/v1/projects", { headers: bearer(viewerKey.key) })).status()).toBe(401);
});

test("project statistics: totals for a period, 400 for a bad period", async ({ request }) => {
  const headers = bearer(key);
  const { data: project } = await (await request.post("/api/v1/projects", { headers, data: { name: uniqueName("Stats") } })).json();
  const stats = await request.get(`/api/v1/projects/${project.id}/stats?from=2026-01-01&to=2099-12-31`, { headers });
  expect(stats.status()).toBe(200);
  expect((await stats.json()).data).toMatchObject({ projectId: project.id, totalRecords: 0, averageQualityScore: null });
  const bad = await request.get(`/api/v1/projects/${project.id}/stats?from=2026-02-01&to=2026-01-01`, { headers });
  expect(bad.status()).toBe(400);
});
