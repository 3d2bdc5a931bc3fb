import { afterEach, describe, expect, it } from "vitest";
import { resetConfigForTests } from "../config";
import { openSecret, sealSecret, SealedSecretError } from "./sealed-secrets";

afterEach(() => {
  delete process.env.SECRETS_KEY;
  resetConfigForTests();
});

describe("sealed secrets", () => {
  it("opens what it sealed, and seals the same text differently each time", () => {
    const a = sealSecret("cis_topsecret", "ingest:org_1");
    const b = sealSecret("cis_topsecret", "ingest:org_1");
    expect(a).not.toBe(b);
    expect(a).not.toContain("topsecret");
    expect(openSecret(a, "ingest:org_1")).toBe("cis_topsecret");
    expect(openSecret(b, "ingest:org_1")).toBe("cis_topsecret");
  });

  it("refuses a value sealed for another context (a row copied to another organization)", () => {
    const sealed = sealSecret("cis_topsecret", "ingest:org_1");
    expect(() => openSecret(sealed, "ingest:org_2")).toThrow(SealedSecretError);
  });

  it("refuses a tampered value", () => {
    const sealed = sealSecret("cis_topsecret", "ctx");
    const [v, iv, body] = sealed.split(".");
    const flipped = Buffer.from(body!, "base64url");
    flipped[0] = flipped[0]! ^ 1;
    expect(() => openSecret(`${v}.${iv}.${flipped.toString("base64url")}`, "ctx")).toThrow(SealedSecretError);
    expect(() => openSecret("not sealed", "ctx")).toThrow(SealedSecretError);
  });

  it("cannot open values after the key changes, and says what to do", () => {
    const sealed = sealSecret("cis_topsecret", "ctx");
    process.env.SECRETS_KEY = "a-completely-different-key-of-32-chars!!";
    resetConfigForTests();
    expect(() => openSecret(sealed, "ctx")).toThrow(/SECRETS_KEY or AUTH_SECRET changed/);
  });
});
