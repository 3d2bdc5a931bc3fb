import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alertIncidents, alertMatches, analyses } from "../../../db/schema";
import { expectAppError } from "../../../db/testing/expect-app-error";
import { createOrgWithOwner } from "../../../db/testing/factories";
import type { TestDb } from "../../../db/testing/test-db";
import type { JobEvent } from "../../../inngest/define-job";
import { sendJobEvents } from "../../../inngest/engine";
import { EVENTS } from "../../../inngest/events";
import { formatNumber } from "../../alerts/describe";
import { POOR_CALL } from "../../alerts/poor-call.fixture";
import { SUPPORT_CALL } from "../../analysis/local/support-call.fixture";
import { reanalyzeRecord } from "../analyses/reanalyze-record";
import type { ServiceContext } from "../context";
import { createProject } from "../projects/create-project";
import { updateProject } from "../projects/update-project";
import { createRecord } from "../records/create-record";
import { deleteRecord } from "../records/delete-record";
import { getRecord } from "../records/get-record";
import { createAlertRule } from "./create-alert-rule";
import { deleteAlertRule } from "./delete-alert-rule";
import { evaluateAlertsForAnalysis } from "./evaluate-alerts";
import { getIncident } from "./get-incident";
import { listIncidents, listRuleIncidents } from "./list-incidents";
import { updateAlertRule } from "./update-alert-rule";
import { type JobTestEnv, jobRunner, openJobTestEnv } from "../../../test-fixtures/job-test-env";

let testDb: TestDb;
let owner: ServiceContext;
let env: JobTestEnv;

beforeAll(async () => {
  // Deleting a record clears its objects: keep them in a directory of this test's own.
    env = await openJobTestEnv("alerts");
  testDb = env.testDb;
  owner = (await createOrgWithOwner(testDb.db)).ctx;
});
afterAll(async () => {
  await env.close();
});

const runner = () => jobRunner(testDb.db);
const listQuery = { page: 1, pageSize: 100, sort: "createdAt" as const, order: "desc" as const };
const lowScore = { field: "qualityScore", operator: "lt", value: 60 } as const;
const perAgentDaily = { count: 3, within: { amount: 1, unit: "days" }, per: "agent" } as const;

async function newProject(name: string, ctx = owner): Promise<string> {
  return (await createProject(ctx, { name: `${name} ${Math.random().toString(36).slice(2, 8)}` })).id;
}

/** Sends a call with its transcript and runs the pipeline (analysis, then alerts) to the end. */
async function analysedCall(projectId: string, options: { agentName?: string | null; segments?: typeof POOR_CALL; ctx?: ServiceContext } = {}) {
  const ctx = options.ctx ?? owner;
  const agentName = options.agentName === undefined ? "Sam" : options.agentName;
  const { record } = await createRecord(ctx, {
    projectId,
    type: "call",
    ...(agentName === null ? {} : { agentName }),
    transcript: { segments: options.segments ?? POOR_CALL },
  });
  await runner().runUntilIdle();
  expect((await getRecord(ctx, record.id)).status).toBe("completed");
  return record.id;
}

async function analysisOf(recordId: string): Promise<string> {
  const [row] = await testDb.db.select({ id: analyses.id }).from(analyses).where(eq(analyses.recordId, recordId));
  return row!.id;
}

async function incidentsOf(ruleId: string) {
  return (await listRuleIncidents(owner, ruleId, listQuery)).items;
}

describe("alerts in the pipeline", () => {
  it("raises exactly one incident for a low-scoring call, linked to its record, and never a second", async () => {
    const projectId = await newProject("Low scores");
    const rule = await createAlertRule(owner, { name: "Low Quality Alert", projectId, condition: lowScore, actions: ["webhook", "email"] });
    const recordId = await analysedCall(projectId, { agentName: "Sam Poor" });
    const { qualityScore } = await getRecord(owner, recordId);
    expect(qualityScore).toBeLessThan(60);

    const [incident] = await incidentsOf(rule.id);
    expect(await incidentsOf(rule.id)).toHaveLength(1);
    expect(incident).toMatchObject({
      id: expect.stringMatching(/^inc_/),
      ruleId: rule.id,
      ruleName: "Low Quality Alert",
      recordId,
      analysisId: await analysisOf(recordId),
      projectId,
      agentName: "Sam Poor",
      status: "open",
      matchedValue: qualityScore,
      message: `Quality score ${formatNumber(qualityScore!)} is below 60`,
      matchedRecordIds: [recordId],
    });

    // A retried step evaluates the same analysis again: nothing new.
    const again = await evaluateAlertsForAnalysis(testDb.db, { orgId: owner.orgId, analysisId: incident!.analysisId! });
    expect(again).toEqual({ matched: 1, newMatches: 0, incidentIds: [] });

    // Re-analysis is a new analysis of the same record: still the same one incident.
    await reanalyzeRecord(owner, incident!.analysisId!, {});
    await runner().runUntilIdle();
    const [, second] = await testDb.db.select({ id: analyses.id, status: analyses.status }).from(analyses).where(eq(analyses.recordId, recordId)).orderBy(analyses.createdAt);
    expect(second).toMatchObject({ status: "completed" });
    // And so is the pipeline running again for the record (its transcript is analysed afresh).
    await sendJobEvents([{ id: `transcript-ready:${recordId}:again`, name: EVENTS.transcriptReady.name, data: { orgId: owner.orgId, recordId } }], {
      db: testDb.db,
    });
    await runner().runUntilIdle();
    expect(await testDb.db.select({ id: analyses.id }).from(analyses).where(eq(analyses.recordId, recordId))).toHaveLength(3);
    expect(await incidentsOf(rule.id)).toHaveLength(1);
    const matches = await testDb.db.select().from(alertMatches).where(eq(alertMatches.ruleId, rule.id));
    expect(matches).toHaveLength(1);

    // A good call in the same project raises nothing.
    await analysedCall(projectId, { segments: SUPPORT_CALL });
    expect(await incidentsOf(rule.id)).toHaveLength(1);
  });

  it("refuses a second incident in the database itself, and evaluates concurrent retries once", async () => {
    const projectId = await newProject("Concurrent");
    const rule = await createAlertRule(owner, { name: "Low", projectId, condition: lowScore, enabled: false });
    const recordId = await analysedCall(projectId);
    await updateAlertRule(owner, rule.id, { enabled: true });
    const ref = { orgId: owner.orgId, analysisId: await analysisOf(recordId) };
    const results = await Promise.all([evaluateAlertsForAnalysis(testDb.db, ref), evaluateAlertsForAnalysis(testDb.db, ref), evaluateAlertsForAnalysis(testDb.db, ref)]);
    expect(results.flatMap((r) => r.incidentIds)).toHaveLength(1);
    expect(await incidentsOf(rule.id)).toHaveLength(1);
    // Written around the code, a duplicate still cannot get in.
    const [existing] = await testDb.db.select().from(alertIncidents).where(eq(alertIncidents.ruleId, rule.id));
    await expect(testDb.db.insert(alertIncidents).values({ ...existing!, id: "inc_duplicate00000000000" })).rejects.toThrow();
  });

  it("queues alert/triggered for each new incident in the same transaction as the incident", async () => {
    const projectId = await newProject("Events");
    const first = await createAlertRule(owner, { name: "Low", projectId, condition: lowScore, enabled: false });
    const second = await createAlertRule(owner, { name: "Failed compliance", projectId, condition: { field: "complianceStatus", operator: "eq", value: "failed" }, enabled: false });
    const recordId = await analysedCall(projectId);
    await updateAlertRule(owner, first.id, { enabled: true });
    await updateAlertRule(owner, second.id, { enabled: true });

    const sent: { events: JobEvent[]; inTransaction: boolean }[] = [];
    const result = await evaluateAlertsForAnalysis(
      testDb.db,
      { orgId: owner.orgId, analysisId: await analysisOf(recordId) },
      {
        sendEvents: async (events, opts) => {
          sent.push({ events, inTransaction: Boolean(opts?.db) && opts!.db !== testDb.db });
          await sendJobEvents(events, opts);
        },
      },
    );
    expect(result.incidentIds).toHaveLength(2);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.inTransaction).toBe(true);
    const byRule = new Map((await listIncidents(owner, { ...listQuery, recordId })).items.map((i) => [i.ruleId, i.id]));
    expect(sent[0]!.events.sort((a, b) => String(a.id).localeCompare(String(b.id)))).toEqual(
      [first.id, second.id]
        .map((ruleId) => ({
          id: `alert-triggered:${byRule.get(ruleId)}`,
          name: EVENTS.alertTriggered.name,
          data: { orgId: owner.orgId, incidentId: byRule.get(ruleId), ruleId },
        }))
        .sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(EVENTS.alertTriggered.schema.safeParse(sent[0]!.events[0]!.data).success).toBe(true);

    // If the events cannot be queued, the incident is not written either, and the retry raises it.
    const third = await createAlertRule(owner, { name: "Low again", projectId, condition: lowScore, enabled: false });
    await updateAlertRule(owner, third.id, { enabled: true });
    const ref = { orgId: owner.orgId, analysisId: await analysisOf(recordId) };
    const failing = evaluateAlertsForAnalysis(testDb.db, ref, {
      sendEvents: async () => {
        throw new Error("queue is down");
      },
    });
    await expect(failing).rejects.toThrow("queue is down");
    expect(await incidentsOf(third.id)).toEqual([]);
    expect(await testDb.db.select().from(alertMatches).where(eq(alertMatches.ruleId, third.id))).toEqual([]);
    expect((await evaluateAlertsForAnalysis(testDb.db, ref)).incidentIds).toHaveLength(1);
    expect(await incidentsOf(third.id)).toHaveLength(1);
  });

  it("fires a keyword rule on the words said, by the speaker asked for", async () => {
    const projectId = await newProject("Keywords");
    const customer = await createAlertRule(owner, {
      name: "Churn risk",
      projectId,
      condition: { field: "keyword", operator: "contains", value: "cancelling my subscriptions", speaker: "customer" },
    });
    const agent = await createAlertRule(owner, { name: "Agent churn talk", projectId, condition: { field: "keyword", operator: "contains", value: "cancel", speaker: "agent" } });
    const recordId = await analysedCall(projectId);
    expect(await incidentsOf(customer.id)).toEqual([
      expect.objectContaining({ recordId, matchedValue: "cancel my subscription", message: "The customer said “cancel my subscription” at 0:13" }),
    ]);
    expect(await incidentsOf(agent.id)).toEqual([]);
  });

  it("raises a windowed incident on the 3rd match for one agent, not for 3 different agents, then counts afresh", async () => {
    const projectId = await newProject("Windows");
    const rule = await createAlertRule(owner, { name: "Three low scores a day", projectId, condition: lowScore, window: perAgentDaily });

    await analysedCall(projectId, { agentName: "Ana" });
    await analysedCall(projectId, { agentName: "Ben" });
    await analysedCall(projectId, { agentName: "Cleo" });
    // No agent name: it cannot count for any one agent.
    await analysedCall(projectId, { agentName: null });
    expect(await incidentsOf(rule.id)).toEqual([]);

    const second = await analysedCall(projectId, { agentName: "ana " });
    expect(await incidentsOf(rule.id)).toEqual([]);
    const third = await analysedCall(projectId, { agentName: "Ana" });
    const incidents = await incidentsOf(rule.id);
    expect(incidents).toHaveLength(1);
    const firstAna = incidents[0]!.matchedRecordIds[0]!;
    expect(incidents[0]).toMatchObject({
      recordId: third,
      agentName: "Ana",
      matchedRecordIds: [firstAna, second, third],
      message: expect.stringMatching(/^3 matches for agent Ana within 1 day; latest: Quality score [\d.]+ is below 60$/),
    });

    // The three are used up: the 4th and 5th low score of Ana start a new count.
    await analysedCall(projectId, { agentName: "Ana" });
    await analysedCall(projectId, { agentName: "Ana" });
    expect(await incidentsOf(rule.id)).toHaveLength(1);
    await analysedCall(projectId, { agentName: "Ana" });
    expect(await incidentsOf(rule.id)).toHaveLength(2);
  });

  it("counts matches of one group that arrive at the same moment one after the other, so the Nth fires once", async () => {
    const projectId = await newProject("Simultaneous");
    const rule = await createAlertRule(owner, {
      name: "Two in the project",
      projectId,
      condition: lowScore,
      window: { count: 2, within: { amount: 1, unit: "hours" }, per: "project" },
      enabled: false,
    });
    const ids = [await analysedCall(projectId, { agentName: "Ana" }), await analysedCall(projectId, { agentName: "Ben" })];
    await updateAlertRule(owner, rule.id, { enabled: true });
    const refs = await Promise.all(ids.map(async (id) => ({ orgId: owner.orgId, analysisId: await analysisOf(id) })));
    const results = await Promise.all(refs.map((ref) => evaluateAlertsForAnalysis(testDb.db, ref)));
    expect(results.flatMap((r) => r.incidentIds)).toHaveLength(1);
    const [incident] = await incidentsOf(rule.id);
    expect([...incident!.matchedRecordIds].sort()).toEqual([...ids].sort());
  });

  it("counts a window only within its period", async () => {
    const projectId = await newProject("Period");
    const rule = await createAlertRule(owner, {
      name: "Two an hour",
      projectId,
      condition: lowScore,
      window: { count: 2, within: { amount: 1, unit: "hours" }, per: "project" },
      enabled: false,
    });
    const ids = [await analysedCall(projectId), await analysedCall(projectId), await analysedCall(projectId)];
    await updateAlertRule(owner, rule.id, { enabled: true });
    const start = Date.now() + 1000;
    const at = (minutes: number) => new Date(start + minutes * 60_000);
    const evaluate = async (recordId: string, minutes: number) =>
      evaluateAlertsForAnalysis(testDb.db, { orgId: owner.orgId, analysisId: await analysisOf(recordId) }, { now: at(minutes) });

    expect((await evaluate(ids[0]!, 0)).incidentIds).toEqual([]);
    // Two hours later the first match has left the window.
    expect((await evaluate(ids[1]!, 120)).incidentIds).toEqual([]);
    const third = await evaluate(ids[2]!, 150);
    expect(third.incidentIds).toHaveLength(1);
    expect((await getIncident(owner, third.incidentIds[0]!)).matchedRecordIds).toEqual([ids[1], ids[2]]);
  });

  it("leaves disabled rules and other projects' rules alone, and applies organization-wide rules everywhere", async () => {
    const { ctx } = await createOrgWithOwner(testDb.db);
    const watched = await newProject("Watched", ctx);
    const other = await newProject("Other", ctx);
    const scoped = await createAlertRule(ctx, { name: "Watched only", projectId: watched, condition: lowScore });
    const everywhere = await createAlertRule(ctx, { name: "Everywhere", condition: { field: "customerSentiment", operator: "eq", value: "negative" } });
    const disabled = await createAlertRule(ctx, { name: "Off", condition: lowScore, enabled: false });

    const inOther = await analysedCall(other, { ctx });
    const ruleIds = async (recordId: string) => (await listIncidents(ctx, { ...listQuery, recordId })).items.map((i) => i.ruleId).sort();
    expect(await ruleIds(inOther)).toEqual([everywhere.id]);
    const inWatched = await analysedCall(watched, { ctx });
    expect(await ruleIds(inWatched)).toEqual([scoped.id, everywhere.id].sort());

    // Enabled again, the rule applies to what is analysed from then on.
    await updateAlertRule(ctx, disabled.id, { enabled: true });
    const later = await analysedCall(other, { ctx });
    expect(await ruleIds(later)).toEqual([everywhere.id, disabled.id].sort());
    // A project that hides sentiment stores none, so the sentiment rule has nothing to test.
    const quiet = await newProject("Quiet", ctx);
    await updateProject(ctx, quiet, { settings: { sentiment: { enabled: false } } });
    expect(await ruleIds(await analysedCall(quiet, { ctx }))).toEqual([disabled.id]);
  });

  it("keeps a deleted rule's incidents as history, and removes a deleted record's", async () => {
    const projectId = await newProject("History");
    const rule = await createAlertRule(owner, { name: "Doomed rule", projectId, condition: lowScore });
    const recordId = await analysedCall(projectId);
    const [incident] = await incidentsOf(rule.id);

    await deleteAlertRule(owner, rule.id);
    expect(await getIncident(owner, incident!.id)).toMatchObject({ ruleId: null, ruleName: "Doomed rule", recordId, message: incident!.message });
    await expectAppError(listRuleIncidents(owner, rule.id, listQuery), "NOT_FOUND");
    expect(await testDb.db.select().from(alertMatches).where(eq(alertMatches.ruleId, rule.id))).toEqual([]);

    await deleteRecord(owner, recordId);
    await expectAppError(getIncident(owner, incident!.id), "NOT_FOUND");
    expect(await testDb.db.select().from(alertIncidents).where(and(eq(alertIncidents.orgId, owner.orgId), eq(alertIncidents.recordId, recordId)))).toEqual([]);
  });

  it("skips an analysis that is not completed or not the organization's", async () => {
    const other = await createOrgWithOwner(testDb.db);
    const projectId = await newProject("Skip");
    await createAlertRule(owner, { name: "Low", projectId, condition: lowScore });
    const recordId = await analysedCall(projectId);
    const analysisId = await analysisOf(recordId);
    expect(await evaluateAlertsForAnalysis(testDb.db, { orgId: other.ctx.orgId, analysisId })).toMatchObject({ skipped: "analysis-not-completed", incidentIds: [] });
    expect(await evaluateAlertsForAnalysis(testDb.db, { orgId: owner.orgId, analysisId: "ana_missing0000000000000" })).toMatchObject({ skipped: "analysis-not-completed" });
  });
});
