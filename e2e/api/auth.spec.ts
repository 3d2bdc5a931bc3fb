import { expect, test } from "@playwright/test";
import { uniqueName } from "../seed";
import { bearer, errorOf } from "./client";

const password = "e2e password 123";

test("register, log in, use the access token, refresh it, read /auth/me", async ({ request }) => {
  const email = `${uniqueName("reg").replace(/\W+/g, "-")}@example.test`.toLowerCase();
  const register = await request.post("/api/v1/auth/register", {
    data: { email, password, name: "Reg User", organizationName: uniqueName("Reg Org") },
  });
  expect(register.status()).toBe(201);
  const { data: registered } = await register.json();
  expect(registered.organization.role).toBe("owner");
  expect(JSON.stringify(registered)).not.toContain(password);

  const login = await request.post("/api/v1/auth/login", { data: { email, password } });
  expect(login.status()).toBe(200);
  const { data: tokens } = await login.json();
  expect(tokens).toMatchObject({ tokenType: "Bearer", expiresIn: expect.any(Number) });

  const projects = await request.get("/api/v1/projects", { headers: bearer(tokens.token) });
  expect(projects.status()).toBe(200);

  const me = await request.get("/api/v1/auth/me", { headers: bearer(tokens.token) });
  expect((await me.json()).data).toMatchObject({ email, currentOrganization: { id: registered.organization.id } });

  const refreshed = await request.post("/api/v1/auth/refresh-token", { headers: bearer(tokens.refreshToken) });
  expect(refreshed.status()).toBe(200);
  const { data: pair } = await refreshed.json();
  expect(pair.refreshToken).not.toBe(tokens.refreshToken);
  const reused = await request.post("/api/v1/auth/refresh-token", { data: { refreshToken: tokens.refreshToken } });
  expect(reused.status()).toBe(401);

  const again = await request.post("/api/v1/auth/register", { data: { email, password, name: "Twice" } });
  expect(again.status()).toBe(409);
});

test("a wrong password and an unknown email get the same 401", async ({ request }) => {
  const wrong = await request.post("/api/v1/auth/login", { data: { email: "admin@demo.callscope.local", password: "not it at all" } });
  const unknown = await request.post("/api/v1/auth/login", { data: { email: "nobody@example.test", password: "not it at all" } });
  expect(wrong.status()).toBe(401);
  expect(unknown.status()).toBe(401);
  expect((await errorOf(wrong)).message).toBe((await errorOf(unknown)).message);
});

test("registration names each bad field", async ({ request }) => {
  const response = await request.post("/api/v1/auth/register", { data: { email: "bad", password: "short", name: "" } });
  expect(response.status()).toBe(400);
  expect(Object.keys((await errorOf(response)).details!.fields!).sort()).toEqual(["email", "name", "password"]);
});
