import { InngestTestEngine } from "@inngest/test";
import { eq } from "drizzle-orm";
import { Inngest } from "inngest";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { webhookDeliveries } from "../../db/schema";
import { createOrgWithOwner } from "../../db/testing/factories";
import { createTestDb, type TestDb } from "../../db/testing/test-db";
import { resetConfigForTests } from "../../lib/config";
import type { ServiceContext } from "../../lib/services/context";
import { createWebhookEndpoint } from "../../lib/services/webhooks/create-webhook-endpoint";
import { listWebhookDeliveries } from "../../lib/services/webhooks/list-webhook-deliveries";
import { sendTestWebhook } from "../../lib/services/webhooks/send-test-webhook";
import { startWebhookReceiver, type WebhookReceiver } from "../../test-fixtures/webhook-receiver";
import { jobDeps } from "../deps";
import { EVENTS } from "../events";
import { toInngestFunction } from "../to-inngest-function";
import { deliverWebhook } from "./deliver-webhook";

/**
 * deliver-webhook as production runs it on Inngest: registered with Inngest
 * and executed by its test engine, against a real database and a real
 * receiver. The embedded runner's path is covered in
 * lib/services/webhooks/webhook-deliveries.test.ts.
 */
// Any event not mocked would go to a closed loopback port, never to the internet.
const client = new Inngest({ id: "callscope-test", eventKey: "test-key", baseUrl: "http://127.0.0.1:9" });

let testDb: TestDb;
let owner: ServiceContext;
let receiver: WebhookReceiver;
let endpointId: string;

beforeAll(async () => {
  vi.stubEnv("WEBHOOK_ALLOW_PRIVATE_URLS", "true");
  vi.stubEnv("WEBHOOK_RETRY_BASE_SECONDS", "30");
  resetConfigForTests();
  testDb = await createTestDb();
  jobDeps.getDb = async () => testDb.db;
  owner = (await createOrgWithOwner(testDb.db)).ctx;
  receiver = await startWebhookReceiver();
  const endpoint = await createWebhookEndpoint(owner, { url: receiver.url, events: ["record.completed"] });
  receiver.secret = endpoint.secret;
  endpointId = endpoint.id;
});
afterAll(async () => {
  await receiver.close();
  await testDb.close();
  vi.unstubAllEnvs();
  resetConfigForTests();
});

const engineFor = (deliveryId: string) =>
  new InngestTestEngine({
    function: toInngestFunction(client, deliverWebhook),
    events: [{ name: EVENTS.webhookDeliveryQueued.name, data: { orgId: owner.orgId, deliveryId } }],
  });

async function deliveryById(id: string) {
  return (await listWebhookDeliveries(owner, endpointId, { page: 1, pageSize: 100 })).items.find((d) => d.id === id)!;
}

describe("deliver-webhook on Inngest", () => {
  it("posts the signed event and logs the success", async () => {
    receiver.answer = () => ({ status: 200, body: "thanks" });
    const queued = await sendTestWebhook(owner, endpointId);
    const { result, error } = await engineFor(queued.id).execute();
    expect(error).toBeUndefined();
    expect(result).toEqual({ outcome: "succeeded", code: 200 });
    expect(receiver.valid().at(-1)!.headers["x-callscope-delivery"]).toBe(queued.id);
    expect(await deliveryById(queued.id)).toMatchObject({ status: "succeeded", attempts: 1, lastResponseBody: "thanks" });
  });

  it("asks Inngest to retry a failed attempt at the time it logged", async () => {
    receiver.answer = () => ({ status: 503 });
    const queued = await sendTestWebhook(owner, endpointId);
    const { step } = await engineFor(queued.id).executeStep("deliver");
    // A StepError carrying RetryAfterError: Inngest schedules the step's next attempt for then.
    expect(step).toMatchObject({ op: "StepError", name: "deliver", error: { name: "RetryAfterError", message: "Attempt 1 of 10: The receiver answered HTTP 503." } });
    const logged = await deliveryById(queued.id);
    expect(logged).toMatchObject({ status: "pending", attempts: 1, lastResponseCode: 503 });
    // WEBHOOK_RETRY_BASE_SECONDS after the attempt.
    const delay = new Date(logged.nextAttemptAt!).getTime() - new Date(logged.lastAttemptAt!).getTime();
    expect(delay).toBe(30_000);
  });

  it("tells Inngest not to retry after the last attempt, with the delivery already failed", async () => {
    receiver.answer = () => ({ status: 500, body: "still broken" });
    const queued = await sendTestWebhook(owner, endpointId);
    await testDb.db.update(webhookDeliveries).set({ attempts: 9 }).where(eq(webhookDeliveries.id, queued.id));
    const { step } = await engineFor(queued.id).executeStep("deliver");
    // StepFailed, not StepError: Inngest does not retry the step.
    expect(step).toMatchObject({ op: "StepFailed", error: { name: "NonRetriableError", message: "Attempt 10 of 10: The receiver answered HTTP 500." } });
    expect(await deliveryById(queued.id)).toMatchObject({ status: "failed", attempts: 10, lastResponseBody: "still broken", nextAttemptAt: null });
  });

  it("fails a delivery the engine gave up on for another reason, through the job's failure handler", async () => {
    const queued = await sendTestWebhook(owner, endpointId);
    await deliverWebhook.onFailure!({
      event: { name: EVENTS.webhookDeliveryQueued.name, data: { orgId: owner.orgId, deliveryId: queued.id }, id: "" },
      error: new Error("connection to the database was lost"),
      step: { run: async (_id, fn) => fn(), sendEvent: async () => {}, sleep: async () => {} },
    });
    expect(await deliveryById(queued.id)).toMatchObject({ status: "failed", lastError: "connection to the database was lost" });
  });
});
