import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../../db/schema";
import { expectAppError } from "../../../db/testing/expect-app-error";
import { addUserWithRole, createOrgWithOwner } from "../../../db/testing/factories";
import { createTestDb, type TestDb } from "../../../db/testing/test-db";
import { jobDeps } from "../../../inngest/deps";
import { allJobs } from "../../../inngest/functions";
import { LocalRunner } from "../../../inngest/local-runner";
import { POOR_CALL } from "../../alerts/poor-call.fixture";
import type { ServiceContext } from "../context";
import { createProject } from "../projects/create-project";
import { createRecord } from "../records/create-record";
import { acknowledgeIncident } from "./acknowledge-incident";
import { createAlertRule } from "./create-alert-rule";
import { getIncident } from "./get-incident";
import { listIncidents, listRuleIncidents } from "./list-incidents";
import { resolveIncident } from "./resolve-incident";

let testDb: TestDb;
let owner: ServiceContext;
let projectId: string;
let lowRuleId: string;
let complianceRuleId: string;

beforeAll(async () => {
  testDb = await createTestDb();
  jobDeps.getDb = async () => testDb.db;
  owner = (await createOrgWithOwner(testDb.db)).ctx;
  projectId = (await createProject(owner, { name: "Incidents" })).id;
  lowRuleId = (await createAlertRule(owner, { name: "Low score", projectId, condition: { field: "qualityScore", operator: "lt", value: 60 } })).id;
  complianceRuleId = (await createAlertRule(owner, { name: "Compliance", projectId, condition: { field: "complianceStatus", operator: "eq", value: "failed" } })).id;
});
afterAll(async () => {
  await testDb.close();
});

const listQuery = { page: 1, pageSize: 100, sort: "createdAt" as const, order: "desc" as const };

/** A poor call through the pipeline: it raises one incident per rule. */
async function poorCall(title: string): Promise<string> {
  const { record } = await createRecord(owner, { projectId, type: "call", title, agentName: "Sam", transcript: { segments: POOR_CALL } });
  await new LocalRunner({ db: testDb.db, jobs: allJobs, concurrency: 2, concurrencyPerOrg: 2 }).runUntilIdle();
  return record.id;
}

async function incidentFor(recordId: string, ruleId = lowRuleId) {
  const [incident] = (await listIncidents(owner, { ...listQuery, recordId, ruleId })).items;
  return incident!;
}

function userId(ctx: ServiceContext): string {
  return ctx.actor.type === "user" ? ctx.actor.userId : "";
}

describe("incidents", () => {
  it("acknowledges, then resolves, recording who and when, idempotently and in the audit log", async () => {
    const supervisor = await addUserWithRole(testDb.db, owner.orgId, "supervisor");
    const incident = await incidentFor(await poorCall("Acknowledged then resolved"));
    expect(incident).toMatchObject({ status: "open", recordTitle: "Acknowledged then resolved", acknowledgedAt: null, resolvedAt: null });

    const acknowledged = await acknowledgeIncident(supervisor.ctx, incident.id);
    expect(acknowledged).toMatchObject({ status: "acknowledged", acknowledgedBy: userId(supervisor.ctx), acknowledgedAt: expect.any(String), recordTitle: "Acknowledged then resolved" });
    // Again: nothing changes, not even the time.
    expect(await acknowledgeIncident(owner, incident.id)).toEqual(acknowledged);

    const resolved = await resolveIncident(owner, incident.id);
    expect(resolved).toMatchObject({ status: "resolved", acknowledgedBy: userId(supervisor.ctx), resolvedBy: userId(owner), resolvedAt: expect.any(String) });
    expect(await resolveIncident(supervisor.ctx, incident.id)).toEqual(resolved);
    // A resolved incident cannot go back to acknowledged.
    await expectAppError(acknowledgeIncident(owner, incident.id), "CONFLICT");
    expect(await getIncident(owner, incident.id)).toEqual(resolved);

    const entries = await testDb.db
      .select({ action: auditLog.action, actorId: auditLog.actorId, changes: auditLog.changes })
      .from(auditLog)
      .where(and(eq(auditLog.orgId, owner.orgId), eq(auditLog.targetId, incident.id)))
      .orderBy(auditLog.createdAt);
    expect(entries).toEqual([
      { action: "incident.acknowledge", actorId: userId(supervisor.ctx), changes: { status: { from: "open", to: "acknowledged" } } },
      { action: "incident.resolve", actorId: userId(owner), changes: { status: { from: "acknowledged", to: "resolved" } } },
    ]);
  });

  it("resolves an open incident straight away", async () => {
    const incident = await incidentFor(await poorCall("Resolved at once"));
    expect(await resolveIncident(owner, incident.id)).toMatchObject({ status: "resolved", acknowledgedAt: null, resolvedBy: userId(owner) });
  });

  it("lists incidents by status, rule, project, record and date, a page at a time", async () => {
    const recordId = await poorCall("Filtered");
    const low = await incidentFor(recordId);
    const compliance = await incidentFor(recordId, complianceRuleId);
    await acknowledgeIncident(owner, compliance.id);

    const forRecord = await listIncidents(owner, { ...listQuery, recordId });
    expect(forRecord.items.map((i) => i.id).sort()).toEqual([low.id, compliance.id].sort());
    expect((await listIncidents(owner, { ...listQuery, recordId, status: "acknowledged" })).items.map((i) => i.id)).toEqual([compliance.id]);
    expect((await listIncidents(owner, { ...listQuery, recordId, status: "open" })).items.map((i) => i.id)).toEqual([low.id]);
    const byRule = await listRuleIncidents(owner, lowRuleId, listQuery);
    expect(byRule.items.every((i) => i.ruleId === lowRuleId)).toBe(true);
    expect(byRule.items.map((i) => i.id)).toContain(low.id);
    expect((await listIncidents(owner, { ...listQuery, projectId })).total).toBeGreaterThanOrEqual(2);
    expect((await listIncidents(owner, { ...listQuery, projectId: "proj_elsewhere0000000000" })).total).toBe(0);
    expect((await listIncidents(owner, { ...listQuery, recordId, to: new Date(Date.now() - 3_600_000) })).total).toBe(0);
    expect((await listIncidents(owner, { ...listQuery, recordId, from: new Date(Date.now() - 3_600_000) })).total).toBe(2);

    const all = await listIncidents(owner, listQuery);
    const pageTwo = await listIncidents(owner, { ...listQuery, page: 2, pageSize: 1 });
    expect(pageTwo).toMatchObject({ total: all.total, items: [expect.objectContaining({ id: all.items[1]!.id })] });
    const oldestFirst = await listIncidents(owner, { ...listQuery, order: "asc" });
    expect(oldestFirst.items.map((i) => i.id)).toEqual([...all.items].reverse().map((i) => i.id));
  });

  it("lets reviewers read incidents but only supervisors and above act on them; viewers see none", async () => {
    const incident = await incidentFor(await poorCall("Permissions"));
    const reviewer = await addUserWithRole(testDb.db, owner.orgId, "reviewer");
    const viewer = await addUserWithRole(testDb.db, owner.orgId, "viewer");

    expect((await getIncident(reviewer.ctx, incident.id)).id).toBe(incident.id);
    expect((await listIncidents(reviewer.ctx, listQuery)).total).toBeGreaterThan(0);
    await expectAppError(acknowledgeIncident(reviewer.ctx, incident.id), "FORBIDDEN");
    await expectAppError(resolveIncident(reviewer.ctx, incident.id), "FORBIDDEN");

    await expectAppError(getIncident(viewer.ctx, incident.id), "FORBIDDEN");
    await expectAppError(listIncidents(viewer.ctx, listQuery), "FORBIDDEN");
    await expectAppError(resolveIncident(viewer.ctx, incident.id), "FORBIDDEN");
    expect((await getIncident(owner, incident.id)).status).toBe("open");
  });

  it("answers 404 for another organization's incidents and rules", async () => {
    const incident = await incidentFor(await poorCall("Private"));
    const other = await createOrgWithOwner(testDb.db);
    await expectAppError(getIncident(other.ctx, incident.id), "NOT_FOUND");
    await expectAppError(acknowledgeIncident(other.ctx, incident.id), "NOT_FOUND");
    await expectAppError(resolveIncident(other.ctx, incident.id), "NOT_FOUND");
    await expectAppError(listRuleIncidents(other.ctx, lowRuleId, listQuery), "NOT_FOUND");
    expect((await listIncidents(other.ctx, { ...listQuery, ruleId: lowRuleId })).total).toBe(0);
    expect((await getIncident(owner, incident.id)).status).toBe("open");
  });
});
