import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as ingestRoute from "../../../app/api/v1/records/ingest/route";
import { addUserWithRole, createOrgWithOwner } from "../../../db/testing/factories";
import { expectAppError } from "../../../db/testing/expect-app-error";
import { createTestDb, type TestDb } from "../../../db/testing/test-db";
import { ingestSettings, jobRuns, records } from "../../../db/schema";
import { sendJson, startTestServer, type TestServer } from "../../../test-fixtures/http-server";
import { apiDeps } from "../../api/handler";
import { resetConfigForTests } from "../../config";
import { getStorage, resetStorageForTests } from "../../storage";
import { createApiKey } from "../api-keys/create-api-key";
import type { ServiceContext } from "../context";
import { createProject } from "../projects/create-project";
import { recordObjectPrefix } from "../records/delete-record";
import { getIngestSettings } from "./get-ingest-settings";
import { signIngestBody } from "./ingest-signature";
import { rotateIngestSecret } from "./rotate-ingest-secret";
import { updateIngestSettings } from "./update-ingest-settings";

/** A short 8 kHz mono WAV: a valid recording as far as the ingest endpoint can tell. */
function wavBytes(seconds = 0.5): Buffer {
  const samples = Math.round(8000 * seconds);
  const header = Buffer.alloc(44);
  header.write("RIFF", 0);
  header.writeUInt32LE(36 + samples * 2, 4);
  header.write("WAVEfmt ", 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(16000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write("data", 36);
  header.writeUInt32LE(samples * 2, 40);
  const pcm = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i++) pcm.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / 8000)), i * 2);
  return Buffer.concat([header, pcm]);
}

let testDb: TestDb;
let owner: ServiceContext;
let orgId: string;
let projectId: string;
let secret: string;
let files: TestServer;
let apiKey: string;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "callscope-ingest-"));
const originalDeps = { ...apiDeps };
const WAV = wavBytes();

/** Bitrix24's inbound webhook, as the fake portal serves it. */
const BITRIX_HOOK_PATH = "/rest/7/hookcode123/";
const bitrixCalls: Record<string, { CALL_RECORD_URL?: string }> = {};

beforeAll(async () => {
  files = await startTestServer((req, res) => {
    const p = req.url.pathname;
    if (p === "/call.wav") return void res.writeHead(200, { "content-type": "audio/wav" }).end(WAV);
    if (p === "/octet.bin") return void res.writeHead(200, { "content-type": "application/octet-stream" }).end(WAV);
    if (p === "/page.html") return void res.writeHead(200, { "content-type": "audio/wav" }).end("<html>not audio</html>".repeat(10));
    if (p === "/big.wav") return void res.writeHead(200, { "content-type": "audio/wav" }).end(Buffer.concat([WAV, Buffer.alloc(1_200_000)]));
    if (p === "/slow.wav") return; // never answers
    if (p === `${BITRIX_HOOK_PATH}voximplant.statistic.get.json`) {
      const entry = bitrixCalls[req.url.searchParams.get("FILTER[CALL_ID]") ?? ""];
      return sendJson(res, 200, { result: entry ? [{ CALL_ID: "x", ...entry }] : [], total: entry ? 1 : 0 });
    }
    if (p === `${BITRIX_HOOK_PATH}user.get.json`) {
      return sendJson(res, 200, { result: [{ ID: req.url.searchParams.get("ID"), NAME: "Olga", LAST_NAME: "Petrova" }] });
    }
    if (p.startsWith("/rest/")) return sendJson(res, 401, { error: "INVALID_CREDENTIALS", error_description: "Invalid request credentials" });
    res.writeHead(404).end("nothing here");
  });
  vi.stubEnv("DATA_DIR", dataDir);
  vi.stubEnv("INGEST_ALLOW_PRIVATE_URLS", "true");
  resetConfigForTests();
  resetStorageForTests();
  testDb = await createTestDb();
  apiDeps.getDb = async () => testDb.db;
  apiDeps.lookupSession = async () => null;
  const org = await createOrgWithOwner(testDb.db);
  owner = org.ctx;
  orgId = owner.orgId;
  projectId = (await createProject(owner, { name: "Inbound" })).id;
  secret = (await rotateIngestSecret(owner)).secret;
  apiKey = (await createApiKey(owner, { name: "PBX" })).key;
});
afterAll(async () => {
  Object.assign(apiDeps, originalDeps);
  await files.close();
  await testDb.close();
  vi.unstubAllEnvs();
  resetConfigForTests();
  resetStorageForTests();
  fs.rmSync(dataDir, { recursive: true, force: true });
});
afterEach(() => {
  vi.stubEnv("INGEST_ALLOW_PRIVATE_URLS", "true");
  vi.stubEnv("INGEST_DOWNLOAD_TIMEOUT_SECONDS", "120");
  vi.stubEnv("MAX_UPLOAD_MB", "500");
  resetConfigForTests();
});

const noParams = { params: Promise.resolve({}) };

function deliver(body: string, headers: Record<string, string>, query = `?orgId=${orgId}`) {
  return ingestRoute.POST(
    new Request(`http://callscope.test/api/v1/records/ingest${query}`, { method: "POST", body, headers }),
    noParams,
  );
}

function signed(payload: unknown, key = secret, extra: Record<string, string> = {}) {
  const body = JSON.stringify(payload);
  return deliver(body, { "content-type": "application/json", ...signIngestBody(key, body), ...extra });
}

async function json(response: Response) {
  return (await response.json()) as { data: Record<string, unknown>; error?: { code: string; message: string; details?: Record<string, unknown> } };
}

async function recordCount() {
  return (await testDb.db.select({ id: records.id }).from(records).where(eq(records.orgId, orgId))).length;
}

async function storedObjects() {
  const dir = path.join(dataDir, "objects", "records");
  return fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith("original")).length : 0;
}

function downloadsOf(pathname: string) {
  return files.requests.filter((r) => r.url.pathname === pathname).length;
}

describe("ingest settings", () => {
  it("shows a new secret once, keeps it sealed, and only lets admins manage it", async () => {
    const rotated = await rotateIngestSecret(owner);
    expect(rotated.secret).toMatch(/^cis_[0-9A-Za-z]{32}$/);
    const settings = await getIngestSettings(owner);
    expect(settings.secret).toEqual({ configured: true, prefix: rotated.secret.slice(0, 12), createdAt: rotated.createdAt });
    const [row] = await testDb.db.select().from(ingestSettings).where(eq(ingestSettings.orgId, orgId));
    expect(JSON.stringify(row)).not.toContain(rotated.secret.slice(4));
    secret = rotated.secret;

    const supervisor = await addUserWithRole(testDb.db, orgId, "supervisor");
    await expectAppError(getIngestSettings(supervisor.ctx), "FORBIDDEN");
    await expectAppError(rotateIngestSecret(supervisor.ctx), "FORBIDDEN");
  });

  it("validates the default project and the Bitrix24 connection", async () => {
    const other = await createOrgWithOwner(testDb.db);
    const foreignProject = await createProject(other.ctx, { name: "Theirs" });
    await expectAppError(updateIngestSettings(owner, { defaultProjectId: foreignProject.id }), "NOT_FOUND");
    await expectAppError(
      updateIngestSettings(owner, { bitrix24: { applicationToken: "tok12345", webhookUrl: "ftp://portal.example/rest/1/x/" } }),
      "VALIDATION_ERROR",
      "bitrix24.webhookUrl",
    );
    await expectAppError(
      updateIngestSettings(owner, { bitrix24: { applicationToken: "tok12345", webhookUrl: "https://portal.example/crm/" } }),
      "VALIDATION_ERROR",
      "bitrix24.webhookUrl",
    );
    const updated = await updateIngestSettings(owner, {
      bitrix24: { applicationToken: "tok12345", webhookUrl: "https://portal.example.com/rest/1/abc/" },
    });
    expect(updated.bitrix24).toEqual({ connected: true, portal: "portal.example.com" });
    expect((await updateIngestSettings(owner, { bitrix24: null })).bitrix24).toEqual({ connected: false, portal: null });
  });
});

describe("POST /records/ingest, generic format", () => {
  it("downloads the recording, answers with the pending record and queues the pipeline; the same externalId again is the same record", async () => {
    const payload = {
      projectId,
      recordingUrl: `${files.url}/octet.bin`,
      externalId: "pbx-1001",
      agentName: "Ana",
      customerPhone: "+15551234567",
      direction: "inbound",
      custom: { queue: "billing" },
    };
    const response = await signed(payload);
    expect(response.status).toBe(201);
    const { data: record } = await json(response);
    expect(record).toMatchObject({
      source: "ingest",
      status: "pending",
      type: "call",
      externalId: "pbx-1001",
      agentName: "Ana",
      direction: "inbound",
      metadata: { queue: "billing" },
      hasAudio: true,
      originalFilename: "octet.bin",
    });
    const [row] = await testDb.db.select().from(records).where(eq(records.id, String(record.id)));
    // Sniffed from the bytes, not the server's octet-stream.
    expect(row).toMatchObject({ audioContentType: "audio/wav", audioSizeBytes: WAV.length, createdBy: null });
    const stored = await getStorage().stat(`${recordObjectPrefix(String(record.id))}original`);
    expect(stored?.size).toBe(WAV.length);
    expect(await storedObjects()).toBeGreaterThan(0);
    const runs = await testDb.db.select().from(jobRuns).where(eq(jobRuns.eventId, `uploaded:${record.id}`));
    expect(runs).toHaveLength(1);

    const before = downloadsOf("/octet.bin");
    const again = await signed(payload);
    expect(again.status).toBe(200);
    expect((await json(again)).data.id).toBe(record.id);
    expect(downloadsOf("/octet.bin")).toBe(before);
  });

  it("accepts the timestamped signature and refuses a stale one", async () => {
    const body = JSON.stringify({ projectId, recordingUrl: `${files.url}/call.wav` });
    const now = Math.floor(Date.now() / 1000);
    const fresh = await deliver(body, { "content-type": "application/json", ...withoutV1(signIngestBody(secret, body, now)) });
    expect(fresh.status).toBe(201);
    const stale = await deliver(body, { "content-type": "application/json", ...withoutV1(signIngestBody(secret, body, now - 3600)) });
    expect(stale.status).toBe(401);
    expect((await json(stale)).error?.message).toMatch(/Timestamp/);
  });

  it("refuses a bad signature, an unsigned body, or an unknown organization with 401, and stores nothing", async () => {
    const records0 = await recordCount();
    const objects0 = await storedObjects();
    const downloads0 = downloadsOf("/call.wav");
    const payload = { projectId, recordingUrl: `${files.url}/call.wav`, externalId: "forged" };
    const body = JSON.stringify(payload);

    const forged = await signed(payload, "cis_not-the-secret");
    expect(forged.status).toBe(401);
    const tampered = await deliver(body.replace("forged", "forgeD"), { "content-type": "application/json", ...signIngestBody(secret, body) });
    expect(tampered.status).toBe(401);
    expect((await deliver(body, { "content-type": "application/json" })).status).toBe(401);
    expect((await deliver(body, { "content-type": "application/json", ...signIngestBody(secret, body) }, "")).status).toBe(401);
    const unknownOrg = await deliver(body, { "content-type": "application/json", ...signIngestBody(secret, body) }, "?orgId=org_doesnotexist12345");
    expect(unknownOrg.status).toBe(401);
    // Not even a malformed body gets past 401 without a signature.
    expect((await deliver("{not json", { "content-type": "application/json" })).status).toBe(401);

    expect(await recordCount()).toBe(records0);
    expect(await storedObjects()).toBe(objects0);
    expect(downloadsOf("/call.wav")).toBe(downloads0);
  });

  it("takes an API key instead of a signature", async () => {
    const body = JSON.stringify({ projectId, recordingUrl: `${files.url}/call.wav` });
    const response = await deliver(body, { "content-type": "application/json", authorization: `Bearer ${apiKey}` }, "");
    expect(response.status).toBe(201);
  });

  it("uses ?projectId= or the organization's default project, and names a missing one", async () => {
    const payload = { recordingUrl: `${files.url}/call.wav` };
    const missing = await signed(payload);
    expect(missing.status).toBe(400);
    expect((await json(missing)).error?.details?.fields).toHaveProperty("projectId");

    const viaQuery = await deliver(JSON.stringify(payload), { "content-type": "application/json", ...signIngestBody(secret, JSON.stringify(payload)) }, `?orgId=${orgId}&projectId=${projectId}`);
    expect(viaQuery.status).toBe(201);

    await updateIngestSettings(owner, { defaultProjectId: projectId });
    const viaDefault = await signed(payload);
    expect(viaDefault.status).toBe(201);
    expect((await json(viaDefault)).data.projectId).toBe(projectId);
    await updateIngestSettings(owner, { defaultProjectId: null });

    const other = await createOrgWithOwner(testDb.db);
    const foreign = await createProject(other.ctx, { name: "Foreign" });
    expect((await signed({ ...payload, projectId: foreign.id })).status).toBe(404);
    const noUrl = await signed({ projectId });
    expect(noUrl.status).toBe(400);
    expect((await json(noUrl)).error?.details?.fields).toHaveProperty("recordingUrl");
  });

  it.each([
    ["a private address while the operator has not allowed them", "/call.wav", { INGEST_ALLOW_PRIVATE_URLS: "false" }, 400, "PRIVATE_ADDRESS"],
    ["a server that never answers", "/slow.wav", { INGEST_DOWNLOAD_TIMEOUT_SECONDS: "1" }, 504, "TIMEOUT"],
    ["a recording over the size limit", "/big.wav", { MAX_UPLOAD_MB: "1" }, 413, "TOO_LARGE"],
    ["a URL that answers 404", "/missing.wav", {}, 422, "HTTP_ERROR"],
  ])("refuses %s with a reason and stores nothing", async (_case, file, env, status, reason) => {
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    resetConfigForTests();
    const records0 = await recordCount();
    const response = await signed({ projectId, recordingUrl: `${files.url}${file}` });
    expect(response.status).toBe(status);
    const { error } = await json(response);
    expect(error?.details).toMatchObject({ field: "recordingUrl", reason });
    expect(error?.message.length).toBeGreaterThan(20);
    expect(await recordCount()).toBe(records0);
    expect(await storedObjects()).toBe(await storedObjectsOfRecords());
  });

  it("refuses a file that is not audio (415) and a URL that is not http(s) (400), storing nothing", async () => {
    const records0 = await recordCount();
    const notAudio = await signed({ projectId, recordingUrl: `${files.url}/page.html` });
    expect(notAudio.status).toBe(415);
    const ftp = await signed({ projectId, recordingUrl: "ftp://files.example.com/call.wav" });
    expect(ftp.status).toBe(400);
    expect(await recordCount()).toBe(records0);
    expect(await storedObjects()).toBe(await storedObjectsOfRecords());
  });
});

describe("POST /records/ingest, Bitrix24 call-end event", () => {
  const TOKEN = "bx-app-token-42";
  beforeAll(async () => {
    await updateIngestSettings(owner, {
      defaultProjectId: projectId,
      bitrix24: { applicationToken: TOKEN, webhookUrl: `${files.url}${BITRIX_HOOK_PATH}` },
    });
  });

  function bitrixEvent(fields: Record<string, string>, token = TOKEN) {
    const form = new URLSearchParams({ event: "ONVOXIMPLANTCALLEND", "auth[domain]": "callscope-demo.bitrix24.com", "auth[application_token]": token, ts: "1764300000" });
    for (const [name, value] of Object.entries(fields)) form.set(`data[${name}]`, value);
    return deliver(form.toString(), { "content-type": "application/x-www-form-urlencoded" });
  }

  it("finds the recording through the portal, names the agent, and de-duplicates by CALL_ID", async () => {
    bitrixCalls["externalCall.5f1d"] = { CALL_RECORD_URL: `${files.url}/call.wav` };
    const fields = { CALL_ID: "externalCall.5f1d", CALL_TYPE: "2", PHONE_NUMBER: "+15557654321", PORTAL_USER_ID: "12", CALL_DURATION: "95", CALL_FAILED_CODE: "200", CRM_ACTIVITY_ID: "881" };
    const response = await bitrixEvent(fields);
    expect(response.status).toBe(201);
    const { data: record } = await json(response);
    expect(record).toMatchObject({
      projectId,
      source: "ingest",
      externalId: "bitrix24:externalCall.5f1d",
      direction: "inbound",
      agentName: "Olga Petrova",
      customerPhone: "+15557654321",
      metadata: { bitrix24: { callId: "externalCall.5f1d", portalUserId: "12", durationSeconds: 95, crmActivityId: "881", portal: "callscope-demo.bitrix24.com" } },
    });
    const again = await bitrixEvent(fields);
    expect(again.status).toBe(200);
    expect((await json(again)).data.id).toBe(record.id);
  });

  it("ignores a missed call, refuses a wrong token, another event, and a call without a recording", async () => {
    const missed = await bitrixEvent({ CALL_ID: "missed.1", CALL_FAILED_CODE: "304", CALL_FAILED_REASON: "Missed call" });
    expect(missed.status).toBe(200);
    expect((await json(missed)).data).toMatchObject({ ignored: true, reason: expect.stringContaining("304") });

    const records0 = await recordCount();
    expect((await bitrixEvent({ CALL_ID: "x.1", CALL_FAILED_CODE: "200" }, "wrong-token")).status).toBe(401);
    const otherEvent = await deliver(
      new URLSearchParams({ event: "ONCRMLEADADD", "auth[application_token]": TOKEN }).toString(),
      { "content-type": "application/x-www-form-urlencoded" },
    );
    expect(otherEvent.status).toBe(400);
    const noRecording = await bitrixEvent({ CALL_ID: "norec.1", CALL_FAILED_CODE: "200" });
    expect(noRecording.status).toBe(422);
    expect((await json(noRecording)).error?.message).toMatch(/no recording for call norec\.1/);
    expect(await recordCount()).toBe(records0);
  });

  it("reports Bitrix24's own refusal when the inbound webhook is wrong", async () => {
    await updateIngestSettings(owner, { bitrix24: { applicationToken: TOKEN, webhookUrl: `${files.url}/rest/7/revoked/` } });
    const response = await bitrixEvent({ CALL_ID: "any.1", CALL_FAILED_CODE: "200" });
    expect(response.status).toBe(422);
    expect((await json(response)).error?.message).toMatch(/Invalid request credentials/);
    await updateIngestSettings(owner, { bitrix24: { applicationToken: TOKEN, webhookUrl: `${files.url}${BITRIX_HOOK_PATH}` } });
  });
});

function withoutV1(headers: Record<string, string>) {
  const { "X-Signature": _v1, ...rest } = headers;
  return rest;
}

/** Objects belonging to records that exist: anything more is a leftover of a refused delivery. */
async function storedObjectsOfRecords() {
  const rows = await testDb.db.select({ id: records.id, key: records.audioKey }).from(records);
  return rows.filter((r) => r.key && fs.existsSync(path.join(dataDir, "objects", r.key))).length;
}
