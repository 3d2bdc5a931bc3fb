import { expect, test } from "@playwright/test";
import { bearer, freshAdminKey } from "./client";

test("past 200 requests a minute a client gets 429 with Retry-After", async ({ request }) => {
  const key = await freshAdminKey(request);
  let last = await request.get("/api/v1/api-keys?pageSize=1", { headers: bearer(key) });
  expect(last.headers()["x-ratelimit-limit"]).toBe("200");
  expect(last.headers()["x-ratelimit-remaining"]).toBe("199");
  for (let i = 1; i < 200; i++) {
    last = await request.get("/api/v1/api-keys?pageSize=1", { headers: bearer(key) });
    expect(last.status()).toBe(200);
  }
  const limited = await request.get("/api/v1/api-keys?pageSize=1", { headers: bearer(key) });
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  expect(limited.headers()["x-ratelimit-remaining"]).toBe("0");
  expect((await limited.json()).error.code).toBe("RATE_LIMITED");
});
