import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alertRules, auditLog, users } from "../../../db/schema";
import { expectAppError } from "../../../db/testing/expect-app-error";
import { addUserWithRole, createOrgWithOwner } from "../../../db/testing/factories";
import { createTestDb, type TestDb } from "../../../db/testing/test-db";
import type { ServiceContext } from "../context";
import { createProject } from "../projects/create-project";
import { alertEmailRecipients } from "./alert-recipients";
import { createAlertRule } from "./create-alert-rule";
import { deleteAlertRule } from "./delete-alert-rule";
import { getAlertRule } from "./get-alert-rule";
import { listAlertRules } from "./list-alert-rules";
import { updateAlertRule } from "./update-alert-rule";

let testDb: TestDb;
let owner: ServiceContext;
let projectId: string;

beforeAll(async () => {
  testDb = await createTestDb();
  owner = (await createOrgWithOwner(testDb.db)).ctx;
  projectId = (await createProject(owner, { name: "Billing" })).id;
});
afterAll(async () => {
  await testDb.close();
});

const listQuery = { page: 1, pageSize: 100, sort: "createdAt" as const, order: "desc" as const };
const lowScore = { field: "qualityScore", operator: "lt", value: 60 };

async function ruleCount(ctx: ServiceContext): Promise<number> {
  return (await testDb.db.select({ id: alertRules.id }).from(alertRules).where(eq(alertRules.orgId, ctx.orgId))).length;
}

describe("alert rules", () => {
  it("creates the AICA body as it is, with defaults for what it leaves out, and audits it", async () => {
    const rule = await createAlertRule(owner, {
      name: "Low Quality Alert",
      projectId,
      condition: lowScore,
      actions: ["webhook", "email"],
      enabled: true,
    });
    expect(rule).toMatchObject({
      id: expect.stringMatching(/^alr_/),
      name: "Low Quality Alert",
      projectId,
      condition: lowScore,
      window: null,
      actions: ["webhook", "email"],
      emailRecipients: null,
      enabled: true,
      summary: "Quality score is below 60",
      createdBy: owner.actor.type === "user" ? owner.actor.userId : null,
    });
    const minimal = await createAlertRule(owner, { name: "Any failed compliance", condition: { field: "complianceStatus", operator: "eq", value: "failed" } });
    expect(minimal).toMatchObject({ projectId: null, actions: [], enabled: true });
    expect(await getAlertRule(owner, rule.id)).toEqual(rule);
    const [entry] = await testDb.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, owner.orgId), eq(auditLog.action, "alert_rule.create"), eq(auditLog.targetId, rule.id)));
    expect(entry!.changes).toMatchObject({ name: "Low Quality Alert", condition: lowScore });
  });

  it("takes a window, email recipients and every kind of condition", async () => {
    const rule = await createAlertRule(owner, {
      name: "Three low scores a day",
      condition: lowScore,
      window: { count: 3, within: { amount: 1, unit: "days" }, per: "agent" },
      actions: ["email"],
      emailRecipients: [" Team.Lead@Example.com ", "qa@example.com"],
    });
    expect(rule).toMatchObject({
      window: { count: 3, within: { amount: 1, unit: "days" }, per: "agent" },
      emailRecipients: ["team.lead@example.com", "qa@example.com"],
      summary: "Quality score is below 60 (3 matches for one agent within 1 day)",
    });
    for (const condition of [
      { field: "customerSentiment", operator: "eq", value: "negative" },
      { field: "customerSentimentScore", operator: "lte", value: -0.4 },
      { field: "criterion", criterionId: "recording-disclosure", operator: "eq", value: "failed" },
      { field: "keyword", operator: "contains", value: "cancel my subscription", speaker: "customer" },
      { field: "durationSeconds", operator: "gt", value: 900 },
    ]) {
      expect((await createAlertRule(owner, { name: `Rule on ${condition.field}`, condition })).condition).toEqual(condition);
    }
  });

  it("emails the rule's recipients, or else the organization's owners and admins", async () => {
    const { ctx, owner: person } = await createOrgWithOwner(testDb.db);
    const admin = await addUserWithRole(testDb.db, ctx.orgId, "admin");
    await addUserWithRole(testDb.db, ctx.orgId, "supervisor");
    const adminEmail = (await testDb.db.select({ email: users.email }).from(users).where(eq(users.id, admin.user.id)))[0]!.email;
    expect(await alertEmailRecipients(testDb.db, ctx.orgId, { emailRecipients: null })).toEqual([person.email, adminEmail].sort());
    expect(await alertEmailRecipients(testDb.db, ctx.orgId, { emailRecipients: ["qa@example.com"] })).toEqual(["qa@example.com"]);
  });

  const bad: [string, Record<string, unknown>, string][] = [
    ["an unknown field", { condition: { field: "mood", operator: "eq", value: "bad" } }, "condition.field"],
    ["an unknown operator", { condition: { field: "qualityScore", operator: "below", value: 60 } }, "condition.operator"],
    ["an operator the field does not allow", { condition: { field: "complianceStatus", operator: "gt", value: "failed" } }, "condition.operator"],
    ["a value of the wrong type", { condition: { field: "qualityScore", operator: "lt", value: "sixty" } }, "condition.value"],
    ["a label value of the wrong type", { condition: { field: "customerSentiment", operator: "eq", value: -1 } }, "condition.value"],
    ["no condition", { condition: undefined }, "condition"],
    ["an extra condition key", { condition: { ...lowScore, criterionId: "greeting" } }, "condition.criterionId"],
    ["a window of one", { window: { count: 1, within: { amount: 1, unit: "days" }, per: "agent" } }, "window.count"],
    ["a window over 30 days", { window: { count: 3, within: { amount: 31, unit: "days" }, per: "agent" } }, "window.within.amount"],
    ["a window in weeks", { window: { count: 3, within: { amount: 1, unit: "weeks" }, per: "agent" } }, "window.within.unit"],
    ["a window per team", { window: { count: 3, within: { amount: 1, unit: "days" }, per: "team" } }, "window.per"],
    ["an unknown action", { actions: ["sms"] }, "actions.0"],
    ["a repeated action", { actions: ["email", "email"] }, "actions"],
    ["a bad recipient", { emailRecipients: ["not an address"] }, "emailRecipients.0"],
    ["an empty name", { name: "  " }, "name"],
    ["enabled as text", { enabled: "yes" }, "enabled"],
    ["an unknown key", { severity: "high" }, "severity"],
  ];
  for (const [label, patch, field] of bad) {
    it(`refuses ${label} with a 400 naming ${field}, writing nothing`, async () => {
      const before = await ruleCount(owner);
      await expectAppError(createAlertRule(owner, { name: "Refused", condition: lowScore, ...patch }), "VALIDATION_ERROR", field);
      expect(await ruleCount(owner)).toBe(before);
    });
  }

  it("refuses another organization's project as not found", async () => {
    const other = await createOrgWithOwner(testDb.db);
    const theirs = await createProject(other.ctx, { name: "Theirs" });
    await expectAppError(createAlertRule(owner, { name: "Sneaky", projectId: theirs.id, condition: lowScore }), "NOT_FOUND");
    await expectAppError(createAlertRule(owner, { name: "Sneaky", projectId: "proj_doesnotexist000000", condition: lowScore }), "NOT_FOUND");
  });

  it("updates what is sent, replaces a condition whole, removes a window with null, and disables", async () => {
    const rule = await createAlertRule(owner, {
      name: "Editable",
      condition: lowScore,
      window: { count: 2, within: { amount: 6, unit: "hours" }, per: "project" },
    });
    const [before] = await testDb.db.select({ countFrom: alertRules.countFrom }).from(alertRules).where(eq(alertRules.id, rule.id));

    const renamed = await updateAlertRule(owner, rule.id, { name: "Renamed", enabled: false });
    expect(renamed).toMatchObject({ name: "Renamed", enabled: false, condition: lowScore, window: { count: 2 } });
    const [unchanged] = await testDb.db.select({ countFrom: alertRules.countFrom }).from(alertRules).where(eq(alertRules.id, rule.id));
    expect(unchanged!.countFrom).toEqual(before!.countFrom);

    const changed = await updateAlertRule(owner, rule.id, { condition: { field: "keyword", operator: "contains", value: "refund" }, window: null, projectId });
    expect(changed).toMatchObject({ condition: { field: "keyword", value: "refund" }, window: null, projectId, enabled: false });
    // What the rule counts changed, so window counts start again from now.
    const [after] = await testDb.db.select({ countFrom: alertRules.countFrom }).from(alertRules).where(eq(alertRules.id, rule.id));
    expect(after!.countFrom.getTime()).toBeGreaterThan(before!.countFrom.getTime());

    expect((await updateAlertRule(owner, rule.id, { projectId: null })).projectId).toBeNull();
    await expectAppError(updateAlertRule(owner, rule.id, {}), "VALIDATION_ERROR", "_");
    await expectAppError(updateAlertRule(owner, rule.id, { condition: { field: "qualityScore", operator: "contains", value: 1 } }), "VALIDATION_ERROR", "condition.operator");
    await expectAppError(updateAlertRule(owner, "alr_missing0000000000000", { enabled: true }), "NOT_FOUND");
    const [entry] = await testDb.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "alert_rule.update"), eq(auditLog.targetId, rule.id)));
    expect(entry!.changes).toMatchObject({ name: { from: "Editable", to: "Renamed" }, enabled: { from: true, to: false } });
  });

  it("lists rules a page at a time, by project (with the organization-wide ones) and by enabled", async () => {
    const { ctx } = await createOrgWithOwner(testDb.db);
    const mine = (await createProject(ctx, { name: "Mine" })).id;
    const other = (await createProject(ctx, { name: "Other" })).id;
    const a = await createAlertRule(ctx, { name: "alpha", projectId: mine, condition: lowScore });
    const b = await createAlertRule(ctx, { name: "Bravo", condition: lowScore, enabled: false });
    const c = await createAlertRule(ctx, { name: "charlie", projectId: other, condition: lowScore });
    const byName = await listAlertRules(ctx, { ...listQuery, sort: "name", order: "asc" });
    expect(byName.items.map((r) => r.id)).toEqual([a.id, b.id, c.id]);
    expect(byName.total).toBe(3);
    expect((await listAlertRules(ctx, { ...listQuery, projectId: mine })).items.map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
    expect((await listAlertRules(ctx, { ...listQuery, enabled: false })).items.map((r) => r.id)).toEqual([b.id]);
    const second = await listAlertRules(ctx, { ...listQuery, page: 2, pageSize: 2 });
    expect(second).toMatchObject({ total: 3, items: [expect.objectContaining({ id: a.id })] });
    expect(await listAlertRules(ctx, { ...listQuery, page: 9, pageSize: 2 })).toMatchObject({ total: 3, items: [] });
  });

  it("deletes a rule; another organization's rules are not found", async () => {
    const rule = await createAlertRule(owner, { name: "Short-lived", condition: lowScore });
    const other = await createOrgWithOwner(testDb.db);
    await expectAppError(getAlertRule(other.ctx, rule.id), "NOT_FOUND");
    await expectAppError(updateAlertRule(other.ctx, rule.id, { enabled: false }), "NOT_FOUND");
    await expectAppError(deleteAlertRule(other.ctx, rule.id), "NOT_FOUND");
    expect((await listAlertRules(other.ctx, listQuery)).total).toBe(0);

    expect(await deleteAlertRule(owner, rule.id)).toEqual({ id: rule.id, deleted: true });
    await expectAppError(getAlertRule(owner, rule.id), "NOT_FOUND");
    await expectAppError(deleteAlertRule(owner, rule.id), "NOT_FOUND");
  });

  it("lets supervisors manage rules, reviewers read them, and keeps viewers out", async () => {
    const rule = await createAlertRule(owner, { name: "Visible", condition: lowScore });
    const supervisor = await addUserWithRole(testDb.db, owner.orgId, "supervisor");
    const reviewer = await addUserWithRole(testDb.db, owner.orgId, "reviewer");
    const viewer = await addUserWithRole(testDb.db, owner.orgId, "viewer");

    const theirs = await createAlertRule(supervisor.ctx, { name: "Supervisor's", condition: lowScore });
    expect((await updateAlertRule(supervisor.ctx, theirs.id, { enabled: false })).enabled).toBe(false);
    await deleteAlertRule(supervisor.ctx, theirs.id);

    expect((await getAlertRule(reviewer.ctx, rule.id)).id).toBe(rule.id);
    expect((await listAlertRules(reviewer.ctx, listQuery)).total).toBeGreaterThan(0);
    await expectAppError(createAlertRule(reviewer.ctx, { name: "No", condition: lowScore }), "FORBIDDEN");
    await expectAppError(updateAlertRule(reviewer.ctx, rule.id, { enabled: false }), "FORBIDDEN");
    await expectAppError(deleteAlertRule(reviewer.ctx, rule.id), "FORBIDDEN");

    await expectAppError(getAlertRule(viewer.ctx, rule.id), "FORBIDDEN");
    await expectAppError(listAlertRules(viewer.ctx, listQuery), "FORBIDDEN");
    expect((await getAlertRule(owner, rule.id)).enabled).toBe(true);
  });
});
