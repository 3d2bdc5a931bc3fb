import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./config";

const env = (values: Record<string, string>) => values as unknown as NodeJS.ProcessEnv;

describe("configuration", () => {
  it("runs embedded with nothing set", () => {
    const cfg = parseConfig(env({}));
    expect(cfg.DATABASE_URL).toBeUndefined();
    expect(cfg.pgliteDir).toMatch(/\.data\/db$/);
    expect(cfg.RATE_LIMIT_PER_MINUTE).toBe(200);
    expect(cfg.appUrl).toBe("http://localhost:3000");
  });

  it("names each bad variable", () => {
    expect(() => parseConfig(env({ DATABASE_URL: "mysql://x", PORT: "eighty", AUTH_SECRET: "short" }))).toThrow(
      ConfigError,
    );
    try {
      parseConfig(env({ DATABASE_URL: "mysql://x", PORT: "eighty", AUTH_SECRET: "short" }));
    } catch (error) {
      const message = (error as Error).message;
      for (const name of ["DATABASE_URL", "PORT", "AUTH_SECRET"]) expect(message).toContain(name);
    }
  });

  it("derives links from APP_URL without a trailing slash", () => {
    expect(parseConfig(env({ APP_URL: "https://qa.example.com/" })).appUrl).toBe("https://qa.example.com");
  });
});
