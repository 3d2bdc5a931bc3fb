import { expect, test } from "@playwright/test";
import { uniqueName } from "../seed";
import { bearer, errorOf, freshAdminKey } from "./client";

let key: string;
test.beforeAll(async ({ request }) => {
  key = await freshAdminKey(request);
});

test("an invitation link is returned, listed, checked and revoked; owners are protected", async ({ request }) => {
  const headers = bearer(key);
  const email = `${uniqueName("invitee").replace(/\W+/g, "-")}@example.test`.toLowerCase();
  const invite = await request.post("/api/v1/users/invite", { headers, data: { email, role: "reviewer" } });
  expect(invite.status()).toBe(201);
  const { data: invitation } = await invite.json();
  expect(invitation).toMatchObject({ email, role: "reviewer", status: "pending" });
  expect(invitation.acceptUrl).toMatch(/\/invite\/csi_/);

  const pending = await request.get("/api/v1/users/invitations", { headers });
  expect((await pending.json()).data.map((i: { id: string }) => i.id)).toContain(invitation.id);
  const page = await request.get(new URL(invitation.acceptUrl).pathname);
  expect(page.status()).toBe(200);

  expect((await request.post("/api/v1/users/invite", { headers, data: { email, role: "owner" } })).status()).toBe(403);
  expect((await request.post("/api/v1/users/invite", { headers, data: { email: "nope", role: "viewer" } })).status()).toBe(400);

  const revoked = await request.delete(`/api/v1/users/invitations/${invitation.id}`, { headers });
  expect((await revoked.json()).data.status).toBe("revoked");

  const members = await request.get("/api/v1/users?sort=email&order=asc", { headers });
  const owner = (await members.json()).data.find((m: { role: string }) => m.role === "owner");
  // An admin key cannot demote the owner.
  expect((await request.patch(`/api/v1/users/${owner.id}`, { headers, data: { role: "viewer" } })).status()).toBe(403);
  expect((await request.delete("/api/v1/users/usr_doesnotexist0000000", { headers })).status()).toBe(404);
});

test("an invited person accepts, signs in, gets a new role, and is removed", async ({ request }) => {
  const headers = bearer(key);
  const email = `${uniqueName("joiner").replace(/\W+/g, "-")}@example.test`.toLowerCase();
  const password = "joiner password 1";
  const { data: invitation } = await (await request.post("/api/v1/users/invite", { headers, data: { email, role: "viewer" } })).json();
  const token = invitation.acceptUrl.split("/invite/")[1];

  const missingName = await request.post("/api/v1/auth/accept-invitation", { data: { token, password } });
  expect(missingName.status()).toBe(400);
  expect(Object.keys((await errorOf(missingName)).details!.fields!)).toEqual(["name"]);
  const accepted = await request.post("/api/v1/auth/accept-invitation", { data: { token, password, name: "Joiner" } });
  expect(accepted.status()).toBe(200);
  const { data: joined } = await accepted.json();
  expect((await request.post("/api/v1/auth/accept-invitation", { data: { token, password, name: "Again" } })).status()).toBe(409);

  const { data: tokens } = await (await request.post("/api/v1/auth/login", { data: { email, password } })).json();
  expect((await request.post("/api/v1/projects", { headers: bearer(tokens.token), data: { name: uniqueName("no") } })).status()).toBe(403);

  const promoted = await request.patch(`/api/v1/users/${joined.userId}`, { headers, data: { role: "supervisor" } });
  expect((await promoted.json()).data).toEqual({ id: joined.userId, role: "supervisor" });
  expect((await request.patch(`/api/v1/users/${joined.userId}`, { headers, data: { role: "boss" } })).status()).toBe(400);
  expect((await request.post("/api/v1/projects", { headers: bearer(tokens.token), data: { name: uniqueName("yes") } })).status()).toBe(201);

  const removed = await request.delete(`/api/v1/users/${joined.userId}`, { headers });
  expect((await removed.json()).data).toEqual({ id: joined.userId, removed: true });
  expect((await request.get("/api/v1/projects", { headers: bearer(tokens.token) })).status()).toBe(403);
});

test("a key is shown once, listed without its secret, and stops working when revoked", async ({ request }) => {
  const headers = bearer(key);
  const created = await request.post("/api/v1/api-keys", { headers, data: { name: uniqueName("ci"), role: "supervisor" } });
  expect(created.status()).toBe(201);
  const { data: newKey } = await created.json();
  expect(newKey.key).toMatch(/^csk_/);
  expect(newKey.prefix).toBe(newKey.key.slice(0, 12));

  const listed = await request.get("/api/v1/api-keys?pageSize=100", { headers });
  const text = await listed.text();
  expect(text).toContain(newKey.id);
  expect(text).not.toContain(newKey.key);

  expect((await request.get("/api/v1/projects", { headers: bearer(newKey.key) })).status()).toBe(200);
  const revoked = await request.delete(`/api/v1/api-keys/${newKey.id}`, { headers });
  expect((await revoked.json()).data.status).toBe("revoked");
  const after = await request.get("/api/v1/projects", { headers: bearer(newKey.key) });
  expect(after.status()).toBe(401);
  expect((await errorOf(after)).code).toBe("UNAUTHORIZED");
});

test("the audit log records who changed what", async ({ request }) => {
  const headers = bearer(key);
  const name = uniqueName("Audited");
  await request.post("/api/v1/projects", { headers, data: { name } });
  const log = await request.get("/api/v1/audit-log?action=project.create&pageSize=100", { headers });
  expect(log.status()).toBe(200);
  const { data } = await log.json();
  const entry = data.find((e: { changes: { name?: string } }) => e.changes?.name === name);
  expect(entry).toMatchObject({ actorType: "api_key", targetType: "project" });
});
