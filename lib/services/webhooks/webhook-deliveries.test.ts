import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { webhookDeliveries } from "../../../db/schema";
import { expectAppError } from "../../../db/testing/expect-app-error";
import { addUserWithRole, createOrgWithOwner } from "../../../db/testing/factories";
import { createTestDb, type TestDb } from "../../../db/testing/test-db";
import type { StepTools } from "../../../inngest/define-job";
import { jobDeps } from "../../../inngest/deps";
import { analyzeRecord } from "../../../inngest/functions/analyze-record";
import { processRecording } from "../../../inngest/functions/process-recording";
import { startWebhookReceiver, verifyWebhook, type WebhookReceiver } from "../../../test-fixtures/webhook-receiver";
import { SUPPORT_CALL } from "../../analysis/local/support-call.fixture";
import { resetConfigForTests } from "../../config";
import { resetStorageForTests } from "../../storage";
import { listAnalyses } from "../analyses/list-analyses";
import type { ServiceContext } from "../context";
import { createProject } from "../projects/create-project";
import { createRecord } from "../records/create-record";
import { submitReview } from "../reviews/reviews";
import { createWebhookEndpoint } from "./create-webhook-endpoint";
import type { WebhookEventType } from "./event-types";
import { listWebhookDeliveries } from "./list-webhook-deliveries";
import { publishWebhookEvent } from "./publish-event";
import { resendWebhookDelivery } from "./resend-webhook-delivery";
import { rotateWebhookSecret } from "./rotate-webhook-secret";
import { sendTestWebhook } from "./send-test-webhook";
import { updateWebhookEndpoint } from "./update-webhook-endpoint";
import { jobRunner } from "../../../test-fixtures/job-test-env";

let testDb: TestDb;
const receivers: WebhookReceiver[] = [];
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "callscope-webhooks-"));

const SETTINGS = { WEBHOOK_ALLOW_PRIVATE_URLS: "true", WEBHOOK_RETRY_BASE_SECONDS: "0.005", WEBHOOK_TIMEOUT_SECONDS: "1", DATA_DIR: dataDir };

function applySettings() {
  for (const [name, value] of Object.entries(SETTINGS)) vi.stubEnv(name, value);
  resetConfigForTests();
}

beforeAll(async () => {
  applySettings();
  resetStorageForTests();
  testDb = await createTestDb();
  jobDeps.getDb = async () => testDb.db;
});
afterEach(() => applySettings());
afterAll(async () => {
  await Promise.all(receivers.map((r) => r.close()));
  await testDb.close();
  vi.unstubAllEnvs();
  resetConfigForTests();
  resetStorageForTests();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const runner = () => jobRunner(testDb.db);
const runJobs = () => runner().runUntilIdle(60_000);
const page = { page: 1, pageSize: 50 };

/** A new organization per test, so one test's events never reach another's receiver. */
async function newOrg() {
  const { ctx } = await createOrgWithOwner(testDb.db);
  const projectId = (await createProject(ctx, { name: "Support" })).id;
  return { ctx, projectId };
}

async function receiverFor(ctx: ServiceContext, events: WebhookEventType[]) {
  const receiver = await startWebhookReceiver();
  receivers.push(receiver);
  const endpoint = await createWebhookEndpoint(ctx, { url: receiver.url, events });
  receiver.secret = endpoint.secret;
  return { receiver, endpoint };
}

async function deliveriesOf(ctx: ServiceContext, endpointId: string) {
  return (await listWebhookDeliveries(ctx, endpointId, page)).items;
}

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error("waitFor timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

const directSteps: StepTools = { run: async (_id, fn) => fn(), sendEvent: async () => {}, sleep: async () => {} };

describe("webhook deliveries", () => {
  it("sends a completed record as record.completed and analysis.completed, signed, without transcript or customer details", async () => {
    const { ctx, projectId } = await newOrg();
    const { receiver, endpoint } = await receiverFor(ctx, ["record.completed", "analysis.completed"]);
    const phone = "+1 415 555 0199";
    const { record } = await createRecord(ctx, {
      projectId,
      type: "call",
      agentName: "Sarah",
      title: "Refund for Mr Jones",
      customerPhone: phone,
      externalId: "pbx-123",
      transcript: { segments: SUPPORT_CALL },
    });
    await runJobs();

    expect(receiver.received.every((r) => r.verdict === "valid")).toBe(true);
    const byType = new Map(receiver.valid().map((r) => [r.event!.type, r]));
    expect([...byType.keys()].sort()).toEqual(["analysis.completed", "record.completed"]);

    const completed = byType.get("record.completed")!;
    expect(completed.event).toMatchObject({
      id: expect.stringMatching(/^evt_/),
      organizationId: ctx.orgId,
      data: { recordId: record.id, projectId, status: "completed", type: "call", source: "api", externalId: "pbx-123", qualityScore: expect.any(Number), analysisId: expect.stringMatching(/^ana_/) },
    });
    expect(completed.headers).toMatchObject({
      "content-type": "application/json",
      "user-agent": "Callscope-Webhooks/1.0",
      "x-callscope-event": "record.completed",
      "x-callscope-delivery": expect.stringMatching(/^dlv_/),
    });
    const analysis = byType.get("analysis.completed")!.event!.data;
    const [stored] = (await listAnalyses(ctx, { page: 1, pageSize: 5, sort: "createdAt", order: "desc", recordId: record.id })).items;
    expect(analysis).toMatchObject({ analysisId: stored!.id, recordId: record.id, qualityScore: stored!.qualityScore, complianceStatus: stored!.complianceStatus });
    expect((analysis.criteria as { id: string; result: string }[]).find((c) => c.id === "greeting")).toMatchObject({ result: "passed" });

    for (const { body } of receiver.valid()) {
      expect(body).not.toContain("415");
      expect(body).not.toContain("Mr Jones");
      expect(body).not.toContain("Sarah");
      expect(body).not.toContain(SUPPORT_CALL[0]!.text.slice(0, 30));
      expect(body).not.toContain("evidence");
    }

    const logged = await deliveriesOf(ctx, endpoint.id);
    expect(logged).toHaveLength(2);
    for (const delivery of logged) {
      expect(delivery).toMatchObject({ status: "succeeded", attempts: 1, lastResponseCode: 200, lastError: null, nextAttemptAt: null, deliveredAt: expect.any(String) });
      expect(delivery.durationMs).toEqual(expect.any(Number));
      expect(receiver.valid().map((r) => r.headers["x-callscope-delivery"])).toContain(delivery.id);
    }
  });

  it("retries a receiver that answers 500 until it accepts, with the same body each time", async () => {
    const { ctx } = await newOrg();
    const { receiver, endpoint } = await receiverFor(ctx, ["record.completed"]);
    receiver.answer = (n) => (n < 2 ? { status: 500, body: "database down" } : { status: 204 });
    const queued = await sendTestWebhook(ctx, endpoint.id);
    expect(queued).toMatchObject({ status: "pending", attempts: 0, eventType: "webhook.test" });
    await runJobs();

    const [delivery] = await deliveriesOf(ctx, endpoint.id);
    expect(delivery).toMatchObject({ id: queued.id, status: "succeeded", attempts: 3, lastResponseCode: 204, lastError: null });
    expect(receiver.valid()).toHaveLength(3);
    expect(new Set(receiver.valid().map((r) => r.body)).size).toBe(1);
  });

  it("marks a delivery failed after the last attempt, and a resend sends the same event again", async () => {
    const { ctx } = await newOrg();
    const { receiver, endpoint } = await receiverFor(ctx, ["record.completed"]);
    receiver.answer = () => ({ status: 500, body: "boom" });
    const queued = await sendTestWebhook(ctx, endpoint.id);
    await runJobs();

    const [failed] = await deliveriesOf(ctx, endpoint.id);
    expect(failed).toMatchObject({ id: queued.id, status: "failed", attempts: 10, maxAttempts: 10, lastResponseCode: 500, lastResponseBody: "boom", nextAttemptAt: null, deliveredAt: null });
    expect(failed!.lastError).toMatch(/HTTP 500/);
    expect(receiver.valid()).toHaveLength(10);
    expect((await listWebhookDeliveries(ctx, endpoint.id, { ...page, status: "failed" })).total).toBe(1);

    receiver.answer = () => ({ status: 200 });
    const resent = await resendWebhookDelivery(ctx, endpoint.id, failed!.id);
    expect(resent).toMatchObject({ status: "pending", resendOf: failed!.id, eventId: failed!.eventId, attempts: 0 });
    await runJobs();
    const after = await deliveriesOf(ctx, endpoint.id);
    expect(after.find((d) => d.id === resent.id)).toMatchObject({ status: "succeeded", attempts: 1 });
    expect(after.find((d) => d.id === failed!.id)).toMatchObject({ status: "failed", attempts: 10 });
    expect(receiver.valid().at(-1)!.body).toBe(receiver.valid()[0]!.body);
  });

  it("cuts off a receiver that does not answer and retries it, while other deliveries go ahead", async () => {
    const { ctx } = await newOrg();
    const slow = await receiverFor(ctx, ["record.failed"]);
    const fast = await receiverFor(ctx, ["record.failed"]);
    // The second attempt answers slowly (within the timeout), so the log can be read between the two.
    slow.receiver.answer = (n) => (n === 0 ? "hang" : { status: 200, delayMs: 400 });
    const { deliveryIds } = await publishWebhookEvent(testDb.db, { orgId: ctx.orgId, type: "record.failed", data: { recordId: "rec_x" } });
    expect(deliveryIds).toHaveLength(2);
    const running = runJobs();
    const afterFirst = await waitFor(async () => (await deliveriesOf(ctx, slow.endpoint.id)).find((d) => d.attempts === 1));
    expect(afterFirst).toMatchObject({ status: "pending", lastResponseCode: null, nextAttemptAt: expect.any(String) });
    expect(afterFirst.lastError).toMatch(/did not answer within 1 s/);
    expect(afterFirst.durationMs).toBeGreaterThanOrEqual(1000);
    await running;

    const [slowDelivery] = await deliveriesOf(ctx, slow.endpoint.id);
    expect(slowDelivery).toMatchObject({ status: "succeeded", attempts: 2, lastError: null });
    expect((await deliveriesOf(ctx, fast.endpoint.id))[0]).toMatchObject({ status: "succeeded", attempts: 1 });
    // The fast receiver did not wait for the slow one's timeout.
    expect(fast.receiver.valid()[0]!.receivedAt - slow.receiver.valid()[0]!.receivedAt).toBeLessThan(900);
  });

  it("refuses at delivery time a receiver on a private address once the operator no longer allows it", async () => {
    const { ctx } = await newOrg();
    const { receiver, endpoint } = await receiverFor(ctx, ["record.completed"]);
    vi.stubEnv("WEBHOOK_ALLOW_PRIVATE_URLS", "false");
    resetConfigForTests();
    await sendTestWebhook(ctx, endpoint.id);
    await runJobs();
    const [delivery] = await deliveriesOf(ctx, endpoint.id);
    expect(delivery).toMatchObject({ status: "failed", attempts: 1, lastResponseCode: null });
    expect(delivery!.lastError).toMatch(/loopback address.*WEBHOOK_ALLOW_PRIVATE_URLS/);
    expect(receiver.received).toHaveLength(0);
  });

  it("signs with the new secret after a rotation", async () => {
    const { ctx } = await newOrg();
    const { receiver, endpoint } = await receiverFor(ctx, ["record.completed"]);
    const oldSecret = receiver.secret;
    receiver.secret = (await rotateWebhookSecret(ctx, endpoint.id)).secret;
    await sendTestWebhook(ctx, endpoint.id);
    await runJobs();
    const [request] = receiver.valid();
    expect(request).toBeDefined();
    expect(verifyWebhook(oldSecret, request!.body, request!.headers, Date.now())).toBe("bad-signature");
  });

  it("lets the receiver refuse a replay: an old timestamp fails the check", async () => {
    const { ctx } = await newOrg();
    const { receiver, endpoint } = await receiverFor(ctx, ["record.completed"]);
    await sendTestWebhook(ctx, endpoint.id);
    await runJobs();
    const [request] = receiver.valid();
    expect(verifyWebhook(receiver.secret, request!.body, request!.headers, Date.now())).toBe("valid");
    expect(verifyWebhook(receiver.secret, request!.body, request!.headers, Date.now() + 6 * 60_000)).toBe("stale");
    // A body changed on the way does not verify.
    expect(verifyWebhook(receiver.secret, request!.body.replace("webhook.test", "record.failed"), request!.headers, Date.now())).toBe("bad-signature");
  });

  it("sends nothing to a disabled endpoint: no new deliveries, queued ones fail unsent, and resend waits for it", async () => {
    const { ctx } = await newOrg();
    const { receiver, endpoint } = await receiverFor(ctx, ["record.failed"]);
    const first = await publishWebhookEvent(testDb.db, { orgId: ctx.orgId, type: "record.failed", data: { recordId: "rec_1" } });
    await updateWebhookEndpoint(ctx, endpoint.id, { enabled: false });
    const second = await publishWebhookEvent(testDb.db, { orgId: ctx.orgId, type: "record.failed", data: { recordId: "rec_2" } });
    expect(second.deliveryIds).toEqual([]);
    await runJobs();
    const [delivery] = await deliveriesOf(ctx, endpoint.id);
    expect(delivery).toMatchObject({ id: first.deliveryIds[0], status: "failed", attempts: 0 });
    expect(delivery!.lastError).toMatch(/disabled/);
    expect(receiver.received).toHaveLength(0);
    await expectAppError(resendWebhookDelivery(ctx, endpoint.id, delivery!.id), "CONFLICT");
    await expectAppError(sendTestWebhook(ctx, endpoint.id), "CONFLICT");
  });

  it("publishes one occurrence once, however often its publisher runs", async () => {
    const { ctx } = await newOrg();
    const { endpoint } = await receiverFor(ctx, ["analysis.completed"]);
    const event = { orgId: ctx.orgId, type: "analysis.completed" as const, data: { analysisId: "ana_1" }, dedupeKey: "ana_1" };
    const once = await publishWebhookEvent(testDb.db, event);
    const again = await publishWebhookEvent(testDb.db, event);
    expect(again.eventId).toBe(once.eventId);
    expect(again.deliveryIds).toEqual([]);
    await publishWebhookEvent(testDb.db, { ...event, dedupeKey: "ana_2" });
    // Events nobody subscribed to are not delivered.
    await publishWebhookEvent(testDb.db, { ...event, type: "record.failed" });
    const rows = await testDb.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpoint.id));
    expect(rows.map((r) => r.eventType)).toEqual(["analysis.completed", "analysis.completed"]);
    await runJobs();
  });

  it("announces records that fail in either stage as record.failed, once per failure", async () => {
    const { ctx, projectId } = await newOrg();
    const { receiver } = await receiverFor(ctx, ["record.failed"]);
    const { record } = await createRecord(ctx, { projectId, type: "chat", messages: [{ speaker: "customer", text: "Hello, my order is late." }] });
    await runJobs();

    const event = { name: "record/uploaded", data: { orgId: ctx.orgId, recordId: record.id }, id: "uploaded:run-1" };
    await processRecording.onFailure!({ event, error: new Error("ffmpeg is not installed"), step: directSteps });
    await processRecording.onFailure!({ event, error: new Error("ffmpeg is not installed"), step: directSteps });
    await analyzeRecord.onFailure!({ event: { ...event, name: "record/transcript-ready", id: "ready:run-2" }, error: new Error("LLM timed out"), step: directSteps });
    await runJobs();

    const failures = receiver.valid().map((r) => r.event!.data);
    expect(failures).toHaveLength(2);
    expect(failures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ recordId: record.id, status: "failed", stage: "transcription", error: "ffmpeg is not installed" }),
        expect.objectContaining({ recordId: record.id, status: "failed", stage: "analysis", error: expect.stringMatching(/^Analysis failed: LLM timed out/) }),
      ]),
    );
  });

  it("announces submitted reviews, not drafts, and keeps resends to owners and admins", async () => {
    const { ctx, projectId } = await newOrg();
    const reviewer = (await addUserWithRole(testDb.db, ctx.orgId, "reviewer")).ctx;
    const { receiver, endpoint } = await receiverFor(ctx, ["review.submitted"]);
    const { record } = await createRecord(ctx, { projectId, type: "call", transcript: { segments: SUPPORT_CALL } });
    await runJobs();
    const [analysis] = (await listAnalyses(ctx, { page: 1, pageSize: 5, sort: "createdAt", order: "desc", recordId: record.id })).items;
    const { getAnalysis } = await import("../analyses/get-analysis");
    const full = await getAnalysis(ctx, analysis!.id);
    const answers = full.criteria.map((c) => ({ criterionId: c.id, result: c.result === "not_evaluated" ? "not_applicable" : c.result }));
    await submitReview(reviewer, analysis!.id, { answers: answers.slice(0, 1), status: "draft" });
    const review = await submitReview(reviewer, analysis!.id, { answers, comment: "Called the customer back at +1 415 555 0199" });
    await runJobs();

    expect(receiver.valid()).toHaveLength(1);
    const [request] = receiver.valid();
    expect(request!.event).toMatchObject({
      type: "review.submitted",
      data: { reviewId: review.id, analysisId: analysis!.id, recordId: record.id, reviewerId: review.reviewerId, qualityScore: review.qualityScore, agreement: review.agreement },
    });
    expect(request!.body).not.toContain("555 0199");

    const [delivery] = await deliveriesOf(ctx, endpoint.id);
    await expectAppError(resendWebhookDelivery(reviewer, endpoint.id, delivery!.id), "FORBIDDEN");
    const stranger = (await newOrg()).ctx;
    await expectAppError(resendWebhookDelivery(stranger, endpoint.id, delivery!.id), "NOT_FOUND");
    await expectAppError(resendWebhookDelivery(ctx, endpoint.id, "dlv_missing00000000"), "NOT_FOUND");
  });
});
