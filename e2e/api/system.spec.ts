import { expect, test } from "@playwright/test";

test("health is public and carries a request id", async ({ request }) => {
  const response = await request.get("/api/v1/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["x-request-id"]).toMatch(/^req_/);
  expect((await response.json()).data).toMatchObject({ status: "ok" });
});

test("readiness checks the database and storage", async ({ request }) => {
  const response = await request.get("/api/v1/readiness");
  expect(response.status()).toBe(200);
  const { data } = await response.json();
  expect(data.status).toBe("ready");
  expect(data.checks.database.status).toBe("ok");
  expect(data.checks.storage.status).toBe("ok");
});

test("the OpenAPI document and the reference page are served by the app", async ({ request }) => {
  const doc = await request.get("/api/v1/openapi.json");
  expect(doc.status()).toBe(200);
  const json = await doc.json();
  expect(json.openapi).toBe("3.1.0");
  expect(Object.keys(json.paths)).toEqual(expect.arrayContaining(["/projects", "/users/invite", "/api-keys", "/auth/login"]));
  const page = await request.get("/docs/api");
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain("/projects");
});

test("an unknown API path is a JSON 404 in the envelope", async ({ request }) => {
  const response = await request.get("/api/v1/does-not-exist", { headers: { "x-request-id": "probe-1" } });
  expect(response.status()).toBe(404);
  expect(response.headers()["x-request-id"]).toBe("probe-1");
  expect((await response.json()).error).toMatchObject({ code: "NOT_FOUND", requestId: "probe-1" });
});
