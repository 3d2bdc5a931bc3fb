import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { signIngestBody } from "../../lib/services/ingest/ingest-signature";
import { startTestServer, type TestServer } from "../../test-fixtures/http-server";
import { makeTestCalls, type TestCalls } from "../../test-fixtures/test-calls";
import { readSeed, uniqueName } from "../seed";
import { bearer, errorOf, freshAdminKey, waitForRecord } from "./client";

let key: string;
let projectId: string;
let secret: string;
let calls: TestCalls;
let recordings: TestServer;

test.beforeAll(async ({ request }) => {
  test.setTimeout(120_000);
  calls = await makeTestCalls();
  const wav = fs.readFileSync(calls.stereoWav);
  // Stands in for a PBX's recording store.
  recordings = await startTestServer((req, res) => {
    if (req.url.pathname === "/recordings/call-7781.wav") res.writeHead(200, { "content-type": "audio/x-wav" }).end(wav);
    else res.writeHead(404).end();
  });
  key = await freshAdminKey(request);
  projectId = (await (await request.post("/api/v1/projects", { headers: bearer(key), data: { name: uniqueName("Ingest") } })).json()).data.id;
  const rotated = await request.post("/api/v1/ingest/secret", { headers: bearer(key) });
  expect(rotated.status()).toBe(201);
  secret = (await rotated.json()).data.secret;
});
test.afterAll(async () => {
  await recordings?.close();
  await calls?.cleanup();
});

test("a signed delivery is downloaded, transcribed, and delivered again is the same record", async ({ request }) => {
  test.setTimeout(180_000);
  const { organizationId } = readSeed();
  const externalId = uniqueName("pbx-call").replace(/\s/g, "-");
  const body = JSON.stringify({
    projectId,
    recordingUrl: `${recordings.url}/recordings/call-7781.wav`,
    externalId,
    agentName: "Ana",
    direction: "inbound",
  });
  const deliver = (signature: Record<string, string>) =>
    request.post(`/api/v1/records/ingest?orgId=${organizationId}`, {
      headers: { "content-type": "application/json", ...signature },
      data: body,
    });

  const response = await deliver(signIngestBody(secret, body, Math.floor(Date.now() / 1000)));
  expect(response.status()).toBe(201);
  const { data: record } = await response.json();
  expect(record).toMatchObject({ source: "ingest", status: "pending", externalId, originalFilename: "call-7781.wav" });

  const headers = bearer(key);
  expect((await waitForRecord(request, key, record.id)).status).toBe("completed");
  const { data: transcript } = await (await request.get(`/api/v1/records/${record.id}/transcript`, { headers })).json();
  expect(new Set(transcript.segments.map((s: { speaker: string }) => s.speaker))).toEqual(new Set(["agent", "customer"]));

  const again = await deliver(signIngestBody(secret, body));
  expect(again.status()).toBe(200);
  expect((await again.json()).data.id).toBe(record.id);
  expect(recordings.requests.filter((r) => r.url.pathname === "/recordings/call-7781.wav")).toHaveLength(1);

  const forged = await deliver(signIngestBody("cis_wrongwrongwrongwrongwrongwrong00", body));
  expect(forged.status()).toBe(401);
  expect((await errorOf(forged)).code).toBe("UNAUTHORIZED");
});
