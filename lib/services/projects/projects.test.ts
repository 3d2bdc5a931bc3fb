import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addUserWithRole, createOrgWithOwner } from "../../../db/testing/factories";
import { createTestDb, type TestDb } from "../../../db/testing/test-db";
import { auditLog, projects } from "../../../db/schema";
import { expectAppError } from "../../../db/testing/expect-app-error";
import type { ServiceContext } from "../context";
import { createProject } from "./create-project";
import { deleteProject } from "./delete-project";
import { getProject } from "./get-project";
import { listProjects } from "./list-projects";
import { updateProject } from "./update-project";

let testDb: TestDb;
let ctx: ServiceContext;
let otherOrgCtx: ServiceContext;

beforeAll(async () => {
  testDb = await createTestDb();
  ctx = (await createOrgWithOwner(testDb.db)).ctx;
  otherOrgCtx = (await createOrgWithOwner(testDb.db)).ctx;
});
afterAll(() => testDb.close());

async function projectCount(orgId: string) {
  const [row] = await testDb.db.select({ n: count() }).from(projects).where(eq(projects.orgId, orgId));
  return row!.n;
}

describe("projects", () => {
  it("creates a project with default settings and records who did it", async () => {
    const project = await createProject(ctx, { name: "Billing", description: "Billing queue" });
    expect(project.id).toMatch(/^proj_/);
    expect(project.settings).toMatchObject({ language: "en-US", agentChannel: "left", redaction: { enabled: false } });
    const entries = await testDb.db.select().from(auditLog).where(eq(auditLog.targetId, project.id));
    expect(entries.map((e) => e.action)).toEqual(["project.create"]);
    expect(entries[0]!.actorType).toBe("user");
  });

  it.each([
    ["missing name", {}, "name"],
    ["empty name", { name: "   " }, "name"],
    ["too-long name", { name: "x".repeat(101) }, "name"],
    ["wrong type", { name: 42 }, "name"],
    ["unknown field", { name: "A", colour: "red" }, "colour"],
    ["unknown settings field", { name: "A", settings: { languages: "en" } }, "settings.languages"],
    ["bad enum", { name: "A", settings: { agentChannel: "middle" } }, "settings.agentChannel"],
    ["bad nested type", { name: "A", settings: { redaction: { enabled: "yes" } } }, "settings.redaction.enabled"],
  ])("refuses %s with the field named and writes nothing", async (_label, input, field) => {
    const before = await projectCount(ctx.orgId);
    await expectAppError(createProject(ctx, input), "VALIDATION_ERROR", field);
    expect(await projectCount(ctx.orgId)).toBe(before);
  });

  it("refuses a duplicate name in the same organization but allows it in another", async () => {
    await createProject(ctx, { name: "Sales" });
    await expectAppError(createProject(ctx, { name: "Sales" }), "CONFLICT", "name");
    await expect(createProject(otherOrgCtx, { name: "Sales" })).resolves.toMatchObject({ name: "Sales" });
  });

  it("merges a settings patch key by key and audits the change", async () => {
    const project = await createProject(ctx, { name: "Retention" });
    const updated = await updateProject(ctx, project.id, { settings: { redaction: { enabled: true } } });
    expect(updated.settings.redaction).toEqual({ ...project.settings.redaction, enabled: true });
    expect(updated.settings.language).toBe("en-US");
    const [entry] = await testDb.db.select().from(auditLog).where(eq(auditLog.action, "project.update"));
    expect(entry!.changes).toHaveProperty("settings");
  });

  it("refuses an empty patch", async () => {
    const project = await createProject(ctx, { name: "Empty patch" });
    await expectAppError(updateProject(ctx, project.id, {}), "VALIDATION_ERROR");
  });

  it("hides another organization's project behind 404 for read, update and delete", async () => {
    const foreign = await createProject(otherOrgCtx, { name: "Secret" });
    await expectAppError(getProject(ctx, foreign.id), "NOT_FOUND");
    await expectAppError(updateProject(ctx, foreign.id, { name: "Mine now" }), "NOT_FOUND");
    await expectAppError(deleteProject(ctx, foreign.id), "NOT_FOUND");
    expect((await getProject(otherOrgCtx, foreign.id)).name).toBe("Secret");
  });

  it("lets viewers read but not write", async () => {
    const { ctx: viewer } = await addUserWithRole(testDb.db, ctx.orgId, "viewer");
    const project = await createProject(ctx, { name: "Visible" });
    await expect(getProject(viewer, project.id)).resolves.toMatchObject({ name: "Visible" });
    await expectAppError(createProject(viewer, { name: "Nope" }), "FORBIDDEN");
    await expectAppError(updateProject(viewer, project.id, { name: "Nope" }), "FORBIDDEN");
    await expectAppError(deleteProject(viewer, project.id), "FORBIDDEN");
  });

  it("pages, sorts and filters the list within the organization only", async () => {
    const { ctx: fresh } = await createOrgWithOwner(testDb.db);
    for (const name of ["Charlie", "alpha", "Bravo"]) await createProject(fresh, { name });
    const byName = await listProjects(fresh, { page: 1, pageSize: 2, sort: "name", order: "asc" });
    expect(byName.total).toBe(3);
    expect(byName.items.map((p) => p.name)).toEqual(["alpha", "Bravo"]);
    const descending = await listProjects(fresh, { page: 1, pageSize: 100, sort: "name", order: "desc" });
    expect(descending.items.map((p) => p.name)).toEqual(["Charlie", "Bravo", "alpha"]);
    const secondPage = await listProjects(fresh, { page: 2, pageSize: 2, sort: "name", order: "asc" });
    expect(secondPage.items).toHaveLength(1);
    expect(secondPage.total).toBe(3);
    const pastTheEnd = await listProjects(fresh, { page: 5, pageSize: 2, sort: "name", order: "asc" });
    expect(pastTheEnd).toMatchObject({ items: [], total: 3 });
    const filtered = await listProjects(fresh, { page: 1, pageSize: 20, sort: "createdAt", order: "desc", q: "RAV" });
    expect(filtered.items.map((p) => p.name)).toEqual(["Bravo"]);
    const percent = await listProjects(fresh, { page: 1, pageSize: 20, sort: "createdAt", order: "desc", q: "%" });
    expect(percent.total).toBe(0);
  });

  it("deletes a project", async () => {
    const project = await createProject(ctx, { name: "Short-lived" });
    await expect(deleteProject(ctx, project.id)).resolves.toEqual({ id: project.id, deleted: true });
    await expectAppError(getProject(ctx, project.id), "NOT_FOUND");
  });
});
