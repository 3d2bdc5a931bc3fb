import { afterEach, describe, expect, it, vi } from "vitest";
import { resetConfigForTests } from "../config";
import { looksLikeJwt, signAccessToken, verifyAccessToken } from "./access-tokens";

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
  resetConfigForTests();
});

describe("access tokens", () => {
  it("round-trips the user and token version", async () => {
    const { token, expiresIn } = await signAccessToken({ userId: "usr_abc", tokenVersion: 3 });
    expect(looksLikeJwt(token)).toBe(true);
    expect(expiresIn).toBe(3600);
    expect(await verifyAccessToken(token)).toEqual({ userId: "usr_abc", tokenVersion: 3 });
  });

  it("refuses a token once it has expired", async () => {
    const { token } = await signAccessToken({ userId: "usr_abc", tokenVersion: 0 });
    vi.useFakeTimers();
    vi.setSystemTime(Date.now() + 3601 * 1000);
    expect(await verifyAccessToken(token)).toBeNull();
  });

  it("refuses a token signed with another secret or altered", async () => {
    const { token } = await signAccessToken({ userId: "usr_abc", tokenVersion: 0 });
    vi.stubEnv("AUTH_SECRET", "a-completely-different-secret-0123456789");
    resetConfigForTests();
    expect(await verifyAccessToken(token)).toBeNull();
    vi.unstubAllEnvs();
    resetConfigForTests();
    const [header, , signature] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ sub: "usr_admin", ver: 0, typ: "access" })).toString("base64url");
    expect(await verifyAccessToken(`${header}.${forged}.${signature}`)).toBeNull();
  });
});
