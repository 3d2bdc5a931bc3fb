import { InngestTestEngine } from "@inngest/test";
import { eq } from "drizzle-orm";
import { Inngest } from "inngest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyses } from "../../db/schema";
import { createOrgWithOwner } from "../../db/testing/factories";
import { createTestDb, type TestDb } from "../../db/testing/test-db";
import { POOR_CALL } from "../../lib/alerts/poor-call.fixture";
import { createAlertRule } from "../../lib/services/alerts/create-alert-rule";
import { listRuleIncidents } from "../../lib/services/alerts/list-incidents";
import type { ServiceContext } from "../../lib/services/context";
import { createProject } from "../../lib/services/projects/create-project";
import { createRecord } from "../../lib/services/records/create-record";
import { jobDeps } from "../deps";
import { EVENTS } from "../events";
import { LocalRunner } from "../local-runner";
import { toInngestFunction } from "../to-inngest-function";
import { analyzeRecord } from "./analyze-record";
import { evaluateAlerts } from "./evaluate-alerts";

/**
 * evaluate-alerts as production runs it on Inngest: registered with the
 * client and executed by its test engine against a real database. The
 * embedded runner's path is covered in lib/services/alerts/evaluate-alerts.test.ts.
 */
// Any event not mocked would go to a closed loopback port, never to the internet.
const client = new Inngest({ id: "callscope-test", eventKey: "test-key", baseUrl: "http://127.0.0.1:9" });

let testDb: TestDb;
let owner: ServiceContext;
let projectId: string;
let ruleId: string;

beforeAll(async () => {
  testDb = await createTestDb();
  jobDeps.getDb = async () => testDb.db;
  owner = (await createOrgWithOwner(testDb.db)).ctx;
  projectId = (await createProject(owner, { name: "Support" })).id;
  ruleId = (await createAlertRule(owner, { name: "Low Quality Alert", projectId, condition: { field: "qualityScore", operator: "lt", value: 60 } })).id;
});
afterAll(async () => {
  await testDb.close();
});

/** A poor call analysed by the embedded runner with only analyze-record, so alerts are left for Inngest. */
async function analysedPoorCall(): Promise<{ recordId: string; analysisId: string }> {
  const { record } = await createRecord(owner, { projectId, type: "call", agentName: "Sam", transcript: { segments: POOR_CALL } });
  await new LocalRunner({ db: testDb.db, jobs: [analyzeRecord], concurrency: 1, concurrencyPerOrg: 1 }).runUntilIdle();
  const [analysis] = await testDb.db.select({ id: analyses.id }).from(analyses).where(eq(analyses.recordId, record.id));
  return { recordId: record.id, analysisId: analysis!.id };
}

function engineFor(data: Record<string, unknown>) {
  // A new engine per run: the engine keeps step state between executions.
  return new InngestTestEngine({ function: toInngestFunction(client, evaluateAlerts), events: [{ name: EVENTS.analysisCompleted.name, data }] });
}

describe("evaluate-alerts on Inngest", () => {
  it("raises the incident for a low-scoring call once, however often the event comes", async () => {
    const { recordId, analysisId } = await analysedPoorCall();
    expect((await listRuleIncidents(owner, ruleId, { page: 1, pageSize: 10, sort: "createdAt", order: "desc" })).items).toEqual([]);

    const first = await engineFor({ orgId: owner.orgId, analysisId, recordId }).execute();
    expect(first.error).toBeUndefined();
    expect(first.result).toEqual({ matched: 1, newMatches: 1, incidentIds: [expect.stringMatching(/^inc_/)] });
    expect(first.ctx.step.run).toHaveBeenCalledWith("evaluate-rules", expect.any(Function));
    const incidents = (await listRuleIncidents(owner, ruleId, { page: 1, pageSize: 10, sort: "createdAt", order: "desc" })).items;
    expect(incidents).toEqual([expect.objectContaining({ id: (first.result as { incidentIds: string[] }).incidentIds[0], recordId, analysisId, status: "open" })]);

    const again = await engineFor({ orgId: owner.orgId, analysisId, recordId }).execute();
    expect(again.result).toEqual({ matched: 1, newMatches: 0, incidentIds: [] });
    expect((await listRuleIncidents(owner, ruleId, { page: 1, pageSize: 10, sort: "createdAt", order: "desc" })).total).toBe(1);
  });

  it("refuses an event without its ids, without retrying", async () => {
    const { error } = await engineFor({ orgId: owner.orgId }).execute();
    expect(error).toBeDefined();
    expect(String((error as Error).message ?? error)).toMatch(/invalid data/);
  });
});
