import type { APIRequestContext, APIResponse } from "@playwright/test";
import { readSeed, uniqueName } from "../seed";

/** Each spec file gets its own admin key, so their rate-limit buckets stay apart. */
export async function freshAdminKey(request: APIRequestContext): Promise<string> {
  const response = await request.post("/api/v1/api-keys", {
    headers: { authorization: `Bearer ${readSeed().apiKey}` },
    data: { name: uniqueName("e2e key"), role: "admin" },
  });
  if (response.status() !== 201) throw new Error(`could not create a key: ${response.status()} ${await response.text()}`);
  return ((await response.json()) as { data: { key: string } }).data.key;
}

export function bearer(token: string) {
  return { authorization: `Bearer ${token}` };
}

export async function errorOf(response: APIResponse) {
  return ((await response.json()) as { error: { code: string; message: string; details?: { fields?: Record<string, string[]> }; requestId: string } }).error;
}

/**
 * Polls a record until it is completed or failed (or the time runs out) and
 * returns it; the caller asserts which it became.
 */
export async function waitForRecord(request: APIRequestContext, key: string, id: string, timeoutMs = 75_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { data } = (await (await request.get(`/api/v1/records/${id}`, { headers: bearer(key) })).json()) as {
      data: { status: string; [field: string]: unknown };
    };
    if (data.status === "completed" || data.status === "failed" || Date.now() > deadline) return data;
    await new Promise((r) => setTimeout(r, 250));
  }
}
