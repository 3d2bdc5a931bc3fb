import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { alertIncidents } from "../../../db/schema";
import { addUserWithRole, createOrgWithOwner } from "../../../db/testing/factories";
import { createTestDb, type TestDb } from "../../../db/testing/test-db";
import { jobDeps } from "../../../inngest/deps";
import { sendJobEvents } from "../../../inngest/engine";
import { EVENTS } from "../../../inngest/events";
import { decodeQuotedPrintable, startSmtpServer, type TestSmtpServer } from "../../../test-fixtures/smtp-server";
import { startWebhookReceiver, type WebhookReceiver } from "../../../test-fixtures/webhook-receiver";
import { POOR_CALL } from "../../alerts/poor-call.fixture";
import { resetConfigForTests } from "../../config";
import { resetStorageForTests } from "../../storage";
import { reanalyzeRecord } from "../analyses/reanalyze-record";
import { listAnalyses } from "../analyses/list-analyses";
import type { ServiceContext } from "../context";
import { createProject } from "../projects/create-project";
import { createRecord } from "../records/create-record";
import { createWebhookEndpoint } from "../webhooks/create-webhook-endpoint";
import type { WebhookEventType } from "../webhooks/event-types";
import { createAlertRule } from "./create-alert-rule";
import { jobRunner } from "../../../test-fixtures/job-test-env";

/**
 * What an incident sets off, end to end: a poor call is analysed, the rule
 * raises an incident, and its actions reach a real webhook receiver (which
 * checks the signatures) and a real SMTP server.
 */
let testDb: TestDb;
let smtp: TestSmtpServer;
const receivers: WebhookReceiver[] = [];
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "callscope-alert-actions-"));

beforeAll(async () => {
  smtp = await startSmtpServer({ user: "callscope", pass: "smtp-secret" });
  vi.stubEnv("DATA_DIR", dataDir);
  vi.stubEnv("WEBHOOK_ALLOW_PRIVATE_URLS", "true");
  vi.stubEnv("WEBHOOK_RETRY_BASE_SECONDS", "0.005");
  vi.stubEnv("SMTP_URL", smtp.url());
  vi.stubEnv("EMAIL_FROM", "Callscope QA <qa@callscope.test>");
  vi.stubEnv("APP_URL", "https://qa.callscope.test");
  resetConfigForTests();
  resetStorageForTests();
  testDb = await createTestDb();
  jobDeps.getDb = async () => testDb.db;
});
afterAll(async () => {
  await Promise.all(receivers.map((r) => r.close()));
  await smtp.close();
  await testDb.close();
  vi.unstubAllEnvs();
  resetConfigForTests();
  resetStorageForTests();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const runJobs = () => jobRunner(testDb.db).runUntilIdle(60_000);
const mailTo = (address: string) => smtp.messages.filter((m) => m.to.includes(address));

async function receiverFor(ctx: ServiceContext, events: WebhookEventType[]) {
  const receiver = await startWebhookReceiver();
  receivers.push(receiver);
  receiver.secret = (await createWebhookEndpoint(ctx, { url: receiver.url, events })).secret;
  return receiver;
}

async function poorCall(ctx: ServiceContext, projectId: string) {
  const { record } = await createRecord(ctx, { projectId, type: "call", agentName: "Rude Rob", transcript: { segments: POOR_CALL } });
  await runJobs();
  return record.id;
}

describe("an incident's actions", () => {
  it("send a signed alert.triggered webhook and an email, once each, however often the record is analysed", async () => {
    const { ctx } = await createOrgWithOwner(testDb.db);
    const projectId = (await createProject(ctx, { name: "Support" })).id;
    const receiver = await receiverFor(ctx, ["alert.triggered"]);
    const rule = await createAlertRule(ctx, {
      name: "Low quality",
      projectId,
      condition: { field: "qualityScore", operator: "lt", value: 60 },
      actions: ["webhook", "email"],
      emailRecipients: ["lead@example.test"],
    });
    const recordId = await poorCall(ctx, projectId);

    const incidents = await testDb.db.select().from(alertIncidents).where(eq(alertIncidents.ruleId, rule.id));
    expect(incidents).toHaveLength(1);
    const incident = incidents[0]!;

    // Only valid() requests passed the receiver's signature and timestamp checks.
    const alerts = receiver.valid().filter((r) => r.event?.type === "alert.triggered");
    expect(receiver.received.filter((r) => r.verdict !== "valid")).toEqual([]);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.event!.data).toMatchObject({
      incidentId: incident.id,
      ruleId: rule.id,
      ruleName: "Low quality",
      recordId,
      projectId,
      status: "open",
      condition: { field: "qualityScore", operator: "lt" },
      matchedValue: incident.matchedValue,
    });
    // Never the agent's name or the words of the call.
    expect(alerts[0]!.body).not.toContain("Rude Rob");

    const mails = mailTo("lead@example.test");
    expect(mails).toHaveLength(1);
    const text = decodeQuotedPrintable(mails[0]!.raw);
    expect(text).toContain("Subject: Alert: Low quality");
    expect(text).toContain(incident.message);
    expect(text).toContain(`https://qa.callscope.test/records/${recordId}`);

    // Analysed again: no new incident, so nothing is sent again.
    const [analysis] = (await listAnalyses(ctx, { page: 1, pageSize: 5, recordId, sort: "createdAt", order: "desc" })).items;
    await reanalyzeRecord(ctx, analysis!.id, {});
    await runJobs();
    expect(receiver.valid().filter((r) => r.event?.type === "alert.triggered")).toHaveLength(1);
    expect(mailTo("lead@example.test")).toHaveLength(1);
  });

  it("follow the rule: no actions send nothing; email without recipients goes to the owners and admins", async () => {
    const { ctx, owner } = await createOrgWithOwner(testDb.db);
    const admin = await addUserWithRole(testDb.db, ctx.orgId, "admin");
    const supervisor = await addUserWithRole(testDb.db, ctx.orgId, "supervisor");
    const projectId = (await createProject(ctx, { name: "Support" })).id;
    const receiver = await receiverFor(ctx, ["alert.triggered"]);
    await createAlertRule(ctx, { name: "Listed only", projectId, condition: { field: "complianceStatus", operator: "eq", value: "failed" } });
    await createAlertRule(ctx, { name: "Tell the admins", projectId, condition: { field: "qualityScore", operator: "lt", value: 60 }, actions: ["email"] });
    await poorCall(ctx, projectId);

    expect(await testDb.db.select().from(alertIncidents).where(eq(alertIncidents.orgId, ctx.orgId))).toHaveLength(2);
    expect(receiver.received).toEqual([]);
    expect(mailTo(owner.email).map((m) => decodeQuotedPrintable(m.raw))).toEqual([expect.stringContaining("Subject: Alert: Tell the admins")]);
    expect(mailTo(admin.user.email)).toHaveLength(1);
    expect(mailTo(supervisor.user.email)).toHaveLength(0);
  });
});

describe("a budget threshold", () => {
  it("tells the webhooks and the people who see billing", async () => {
    const { ctx, owner } = await createOrgWithOwner(testDb.db);
    const supervisor = await addUserWithRole(testDb.db, ctx.orgId, "supervisor");
    const receiver = await receiverFor(ctx, ["budget.threshold"]);
    const data = { orgId: ctx.orgId, period: "2026-11", percent: 80 as const, spent: 40.5, budget: 50, currency: "USD" };
    // Billing sends each threshold once per period (budget_alerts); the job's step makes delivery once too.
    await sendJobEvents([{ id: `budget-threshold:${ctx.orgId}:2026-11:80`, name: EVENTS.budgetThreshold.name, data }], { db: testDb.db });
    await runJobs();
    await runJobs();

    const notices = receiver.valid().filter((r) => r.event?.type === "budget.threshold");
    expect(notices).toHaveLength(1);
    expect(notices[0]!.event!.data).toEqual({ period: "2026-11", percent: 80, spent: 40.5, budget: 50, currency: "USD" });
    const mails = mailTo(owner.email);
    expect(mails).toHaveLength(1);
    const text = decodeQuotedPrintable(mails[0]!.raw);
    expect(text).toContain("has used 80 % of its budget for 2026-11: $40.50 of $50.00");
    expect(text).toContain("https://qa.callscope.test/settings/billing");
    expect(mailTo(supervisor.user.email)).toHaveLength(0);
  });
});
