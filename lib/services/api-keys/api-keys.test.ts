import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAppError } from "../../../db/testing/expect-app-error";
import { addUserWithRole, createOrgWithOwner } from "../../../db/testing/factories";
import { createTestDb, type TestDb } from "../../../db/testing/test-db";
import { apiKeys } from "../../../db/schema";
import type { ServiceContext } from "../context";
import { authenticateApiKey } from "./authenticate-api-key";
import { createApiKey } from "./create-api-key";
import { listApiKeys } from "./list-api-keys";
import { revokeApiKey } from "./revoke-api-key";

let testDb: TestDb;
let owner: ServiceContext;

beforeAll(async () => {
  testDb = await createTestDb();
  owner = (await createOrgWithOwner(testDb.db)).ctx;
});
afterAll(() => testDb.close());

describe("API keys", () => {
  it("returns the secret once, stores only its hash, and authenticates with it", async () => {
    const created = await createApiKey(owner, { name: "CRM sync" });
    expect(created.key).toMatch(/^csk_[0-9A-Za-z]{32}$/);
    expect(created.prefix).toBe(created.key.slice(0, 12));
    expect(created.role).toBe("admin");

    const [row] = await testDb.db.select().from(apiKeys).where(eq(apiKeys.id, created.id));
    expect(JSON.stringify(row)).not.toContain(created.key);
    const listed = await listApiKeys(owner, { page: 1, pageSize: 20 });
    expect(JSON.stringify(listed)).not.toContain(created.key);
    expect(listed.items.find((k) => k.id === created.id)).toMatchObject({ status: "active", lastUsedAt: null });

    const principal = await authenticateApiKey(testDb.db, created.key);
    expect(principal).toEqual({ keyId: created.id, orgId: owner.orgId, role: "admin", createdBy: expect.any(String) });
    const [used] = await testDb.db.select().from(apiKeys).where(eq(apiKeys.id, created.id));
    expect(used!.lastUsedAt).toBeInstanceOf(Date);
  });

  it("stops working once revoked, and revoking again is harmless", async () => {
    const created = await createApiKey(owner, { name: "Temp" });
    await revokeApiKey(owner, created.id);
    expect(await authenticateApiKey(testDb.db, created.key)).toBeNull();
    await expect(revokeApiKey(owner, created.id)).resolves.toMatchObject({ status: "revoked" });
  });

  it("stops working once expired", async () => {
    const created = await createApiKey(owner, { name: "Short", expiresAt: new Date(Date.now() + 60_000).toISOString() });
    await testDb.db.update(apiKeys).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(apiKeys.id, created.id));
    expect(await authenticateApiKey(testDb.db, created.key)).toBeNull();
    expect((await listApiKeys(owner, { page: 1, pageSize: 100 })).items.find((k) => k.id === created.id)!.status).toBe("expired");
  });

  it("rejects unknown, malformed and over-long keys", async () => {
    expect(await authenticateApiKey(testDb.db, `csk_${"x".repeat(32)}`)).toBeNull();
    expect(await authenticateApiKey(testDb.db, "sk_live_123")).toBeNull();
    expect(await authenticateApiKey(testDb.db, `csk_${"x".repeat(500)}`)).toBeNull();
  });

  it.each([
    [{}, "name"],
    [{ name: "" }, "name"],
    [{ name: "x".repeat(101) }, "name"],
    [{ name: "k", role: "owner" }, "role"],
    [{ name: "k", expiresAt: "2000-01-01T00:00:00Z" }, "expiresAt"],
    [{ name: "k", expiresAt: "tomorrow" }, "expiresAt"],
    [{ name: "k", scopes: ["all"] }, "scopes"],
  ])("refuses %j naming %s", async (input, field) => {
    await expectAppError(createApiKey(owner, input), "VALIDATION_ERROR", field);
  });

  it("caps a key's role at its creator's and keeps other roles out", async () => {
    const { ctx: admin } = await addUserWithRole(testDb.db, owner.orgId, "admin");
    const { ctx: supervisor } = await addUserWithRole(testDb.db, owner.orgId, "supervisor");
    await expect(createApiKey(admin, { name: "a" })).resolves.toMatchObject({ role: "admin" });
    await expectAppError(createApiKey(supervisor, { name: "s" }), "FORBIDDEN");
  });

  it("hides another organization's keys", async () => {
    const other = await createOrgWithOwner(testDb.db);
    const foreign = await createApiKey(other.ctx, { name: "theirs" });
    await expectAppError(revokeApiKey(owner, foreign.id), "NOT_FOUND");
    expect((await listApiKeys(owner, { page: 1, pageSize: 100 })).items.map((k) => k.id)).not.toContain(foreign.id);
  });
});
