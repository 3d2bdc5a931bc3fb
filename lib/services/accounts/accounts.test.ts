import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAppError } from "../../../db/testing/expect-app-error";
import { randomEmail } from "../../../db/testing/factories";
import { createTestDb, type TestDb } from "../../../db/testing/test-db";
import { verifyAccessToken } from "../../auth/access-tokens";
import { getMe } from "./get-me";
import { loginWithPassword } from "./login-with-password";
import { registerAccount } from "./register-account";
import { resetPassword } from "./reset-password";
import { rotateRefreshToken } from "./rotate-refresh-token";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

const PASSWORD = "a long enough password";

describe("register, login, refresh, me", () => {
  it("registers a user who owns a new organization", async () => {
    const email = randomEmail();
    const result = await registerAccount(testDb.db, { email, password: PASSWORD, name: "Ada", organizationName: "Acme Support" });
    expect(result.user).toMatchObject({ email, name: "Ada" });
    expect(result.organization).toMatchObject({ name: "Acme Support", slug: "acme-support", role: "owner" });
    expect(JSON.stringify(result)).not.toContain(PASSWORD);
    const me = await getMe(testDb.db, result.user.id, result.organization.id);
    expect(me.currentOrganization?.id).toBe(result.organization.id);
  });

  it("gives a second organization with the same name its own slug", async () => {
    const a = await registerAccount(testDb.db, { email: randomEmail(), password: PASSWORD, name: "A", organizationName: "Same Name" });
    const b = await registerAccount(testDb.db, { email: randomEmail(), password: PASSWORD, name: "B", organizationName: "Same Name" });
    expect(a.organization.slug).not.toBe(b.organization.slug);
  });

  it.each([
    [{ password: PASSWORD, name: "x" }, "email"],
    [{ email: "nope", password: PASSWORD, name: "x" }, "email"],
    [{ email: "a@b.test", password: "short", name: "x" }, "password"],
    [{ email: "a@b.test", password: "p".repeat(129), name: "x" }, "password"],
    [{ email: "a@b.test", password: PASSWORD, name: "" }, "name"],
    [{ email: "a@b.test", password: PASSWORD, name: "x", admin: true }, "admin"],
  ])("refuses registration %j naming %s", async (input, field) => {
    await expectAppError(registerAccount(testDb.db, input), "VALIDATION_ERROR", field);
  });

  it("refuses a second account with the same email, whatever its case", async () => {
    const email = randomEmail();
    await registerAccount(testDb.db, { email, password: PASSWORD, name: "One" });
    await expectAppError(registerAccount(testDb.db, { email: email.toUpperCase(), password: PASSWORD, name: "Two" }), "CONFLICT", "email");
  });

  it("logs in, refreshes once per refresh token, and refuses wrong passwords with one message", async () => {
    const email = randomEmail();
    await registerAccount(testDb.db, { email, password: PASSWORD, name: "Lin" });
    const login = await loginWithPassword(testDb.db, { email, password: PASSWORD });
    expect(login.tokenType).toBe("Bearer");
    expect(await verifyAccessToken(login.token)).toMatchObject({ userId: login.user.id, tokenVersion: 0 });
    expect(login.user.organizations).toHaveLength(1);

    const rotated = await rotateRefreshToken(testDb.db, login.refreshToken);
    expect(rotated.refreshToken).not.toBe(login.refreshToken);
    await expectAppError(rotateRefreshToken(testDb.db, login.refreshToken), "UNAUTHORIZED");
    await expectAppError(rotateRefreshToken(testDb.db, "csr_garbage"), "UNAUTHORIZED");
    await expectAppError(rotateRefreshToken(testDb.db, undefined), "UNAUTHORIZED");

    const wrong = await expectAppError(loginWithPassword(testDb.db, { email, password: "not the password" }), "UNAUTHORIZED");
    const unknown = await expectAppError(loginWithPassword(testDb.db, { email: randomEmail(), password: PASSWORD }), "UNAUTHORIZED");
    expect(wrong.message).toBe(unknown.message);
  });

  it("signs the user out everywhere when the password is reset", async () => {
    const email = randomEmail();
    await registerAccount(testDb.db, { email, password: PASSWORD, name: "Reset" });
    const login = await loginWithPassword(testDb.db, { email, password: PASSWORD });
    await resetPassword(testDb.db, email, "another good password");
    await expectAppError(rotateRefreshToken(testDb.db, login.refreshToken), "UNAUTHORIZED");
    await expectAppError(loginWithPassword(testDb.db, { email, password: PASSWORD }), "UNAUTHORIZED");
    const fresh = await loginWithPassword(testDb.db, { email, password: "another good password" });
    expect((await verifyAccessToken(fresh.token))!.tokenVersion).toBe(1);
    await expectAppError(resetPassword(testDb.db, randomEmail(), "whatever password"), "NOT_FOUND");
    await expectAppError(resetPassword(testDb.db, email, "short"), "VALIDATION_ERROR");
  });
});
