import { describe, expect, it } from "vitest";
import { checkDownloadToken, signDownloadToken } from "./download-token";

const ref = { exportId: "exp_aaaaaaaaaaaaaaaaaaaa", orgId: "org_bbbbbbbbbbbbbbbbbbbb" };
const now = new Date("2026-03-05T10:00:00Z");
const inAnHour = new Date(now.getTime() + 3_600_000);

describe("export download tokens", () => {
  it("accept their own export until they expire", () => {
    const token = signDownloadToken({ ...ref, expiresAt: inAnHour });
    expect(token).toMatch(/^\d+\.[A-Za-z0-9_-]{43}$/);
    expect(checkDownloadToken(token, ref, now)).toBe("valid");
    expect(checkDownloadToken(token, ref, new Date(inAnHour.getTime() + 1000))).toBe("expired");
  });

  it("refuse another export or organization, an altered expiry or signature, and junk", () => {
    const token = signDownloadToken({ ...ref, expiresAt: inAnHour });
    expect(checkDownloadToken(token, { ...ref, exportId: "exp_cccccccccccccccccccc" }, now)).toBe("invalid");
    expect(checkDownloadToken(token, { ...ref, orgId: "org_cccccccccccccccccccc" }, now)).toBe("invalid");
    const [seconds, mac] = token.split(".") as [string, string];
    expect(checkDownloadToken(`${Number(seconds) + 86_400}.${mac}`, ref, now)).toBe("invalid");
    expect(checkDownloadToken(`${seconds}.${mac.slice(0, -1)}${mac.endsWith("A") ? "B" : "A"}`, ref, now)).toBe("invalid");
    for (const junk of ["", "abc", `${seconds}.`, `x.${mac}`, `${seconds}.${mac}.extra`]) expect(checkDownloadToken(junk, ref, now)).toBe("invalid");
  });
});
