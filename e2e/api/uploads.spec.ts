import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { makeTestCalls, type TestCalls } from "../../test-fixtures/test-calls";
import { uniqueName } from "../seed";
import { bearer, errorOf, freshAdminKey, waitForRecord } from "./client";

let key: string;
let projectId: string;
let calls: TestCalls;
test.beforeAll(async ({ request }) => {
  test.setTimeout(120_000);
  calls = await makeTestCalls();
  key = await freshAdminKey(request);
  const created = await request.post("/api/v1/projects", { headers: bearer(key), data: { name: uniqueName("Uploads") } });
  projectId = (await created.json()).data.id;
});
test.afterAll(async () => {
  await calls?.cleanup();
});

function upload(file: string, metadata: Record<string, unknown> = {}) {
  return {
    projectId,
    metadata: JSON.stringify(metadata),
    file: { name: path.basename(file), mimeType: "application/octet-stream", buffer: fs.readFileSync(file) },
  };
}

test("an uploaded stereo call becomes a transcript with agent and customer turns, and its audio streams with Range", async ({
  request,
}) => {
  test.setTimeout(180_000);
  const headers = bearer(key);
  const response = await request.post("/api/v1/records/upload", {
    headers,
    multipart: upload(calls.mp3, { agentName: "Ana", customerPhone: "+15551234567" }),
  });
  expect(response.status()).toBe(201);
  const { data: record } = await response.json();
  expect(record).toMatchObject({ status: "pending", type: "call", source: "upload", hasAudio: true });

  expect((await waitForRecord(request, key, record.id)).status).toBe("completed");
  const { data: transcript } = await (await request.get(`/api/v1/records/${record.id}/transcript`, { headers })).json();
  expect(new Set(transcript.segments.map((s: { speaker: string }) => s.speaker))).toEqual(new Set(["agent", "customer"]));

  const whole = await request.get(`/api/v1/records/${record.id}/audio`, { headers });
  expect(whole.status()).toBe(200);
  expect(whole.headers()["content-type"]).toBe("audio/mpeg");
  expect(whole.headers()["accept-ranges"]).toBe("bytes");
  const size = (await whole.body()).length;
  const part = await request.get(`/api/v1/records/${record.id}/audio`, { headers: { ...headers, range: "bytes=100-199" } });
  expect(part.status()).toBe(206);
  expect(part.headers()["content-range"]).toBe(`bytes 100-199/${size}`);
  expect((await part.body()).length).toBe(100);
  const outside = await request.get(`/api/v1/records/${record.id}/audio`, { headers: { ...headers, range: `bytes=${size + 10}-` } });
  expect(outside.status()).toBe(416);
});

test("a file that is not audio is a 415 and creates nothing", async ({ request }) => {
  const headers = bearer(key);
  const before = (await (await request.get(`/api/v1/records?projectId=${projectId}`, { headers })).json()).meta.total;
  const response = await request.post("/api/v1/records/upload", { headers, multipart: upload(calls.notAudio) });
  expect(response.status()).toBe(415);
  expect((await errorOf(response)).code).toBe("UNSUPPORTED_MEDIA_TYPE");
  const after = (await (await request.get(`/api/v1/records?projectId=${projectId}`, { headers })).json()).meta.total;
  expect(after).toBe(before);
});

test("an upload to an unknown project is a 404", async ({ request }) => {
  const response = await request.post("/api/v1/records/upload", {
    headers: bearer(key),
    multipart: { ...upload(calls.stereoWav), projectId: "proj_doesnotexist00000" },
  });
  expect(response.status()).toBe(404);
});
