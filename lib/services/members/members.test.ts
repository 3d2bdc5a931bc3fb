import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAppError } from "../../../db/testing/expect-app-error";
import { addUserWithRole, createOrgWithOwner, randomEmail, TEST_PASSWORD } from "../../../db/testing/factories";
import { createTestDb, type TestDb } from "../../../db/testing/test-db";
import { invitations } from "../../../db/schema";
import { verifyCredentials } from "../accounts/verify-credentials";
import type { ServiceContext } from "../context";
import { listUserOrganizations } from "../orgs/list-user-organizations";
import { acceptInvitation } from "./accept-invitation";
import { changeMemberRole } from "./change-member-role";
import { getInvitationByToken } from "./get-invitation-by-token";
import { inviteMember } from "./invite-member";
import { listInvitations } from "./list-invitations";
import { listMembers } from "./list-members";
import { removeMember } from "./remove-member";
import { revokeInvitation } from "./revoke-invitation";

let testDb: TestDb;
let owner: ServiceContext;
let ownerId: string;

beforeAll(async () => {
  testDb = await createTestDb();
  const created = await createOrgWithOwner(testDb.db);
  owner = created.ctx;
  ownerId = created.owner.id;
});
afterAll(() => testDb.close());

const tokenOf = (acceptUrl: string) => acceptUrl.split("/invite/")[1]!;

describe("invitations", () => {
  it("invites, stores only a hash of the token, and lets a new person join with a password", async () => {
    const email = randomEmail();
    const invite = await inviteMember(owner, { email: email.toUpperCase(), role: "reviewer" });
    expect(invite.email).toBe(email);
    expect(invite.acceptUrl).toMatch(/\/invite\/csi_[0-9A-Za-z]{32}$/);
    const [stored] = await testDb.db.select().from(invitations).where(eq(invitations.id, invite.id));
    expect(stored!.tokenHash).not.toContain(tokenOf(invite.acceptUrl));

    const view = await getInvitationByToken(testDb.db, tokenOf(invite.acceptUrl));
    expect(view).toMatchObject({ status: "pending", accountExists: false });

    await expectAppError(acceptInvitation(testDb.db, { token: tokenOf(invite.acceptUrl), password: TEST_PASSWORD }), "VALIDATION_ERROR", "name");
    const joined = await acceptInvitation(testDb.db, { token: tokenOf(invite.acceptUrl), name: "Rita", password: TEST_PASSWORD });
    expect((await listUserOrganizations(testDb.db, joined.userId)).map((o) => [o.id, o.role])).toEqual([[owner.orgId, "reviewer"]]);
    expect(await verifyCredentials(testDb.db, email, TEST_PASSWORD)).not.toBeNull();

    // A used link does not work twice.
    await expectAppError(acceptInvitation(testDb.db, { token: tokenOf(invite.acceptUrl), name: "Rita", password: TEST_PASSWORD }), "CONFLICT");
  });

  it("asks an existing account for its own password", async () => {
    const other = await createOrgWithOwner(testDb.db);
    const invite = await inviteMember(owner, { email: other.owner.email, role: "viewer" });
    await expectAppError(
      acceptInvitation(testDb.db, { token: tokenOf(invite.acceptUrl), password: "wrong password!" }),
      "VALIDATION_ERROR",
      "password",
    );
    await acceptInvitation(testDb.db, { token: tokenOf(invite.acceptUrl), password: TEST_PASSWORD });
    expect((await listUserOrganizations(testDb.db, other.owner.id)).map((o) => o.id)).toContain(owner.orgId);
  });

  it("replaces an earlier pending invitation for the same email, and revokes", async () => {
    const email = randomEmail();
    const first = await inviteMember(owner, { email, role: "viewer" });
    const second = await inviteMember(owner, { email, role: "viewer" });
    expect((await getInvitationByToken(testDb.db, tokenOf(first.acceptUrl)))!.status).toBe("revoked");
    expect((await listInvitations(owner)).map((i) => i.id)).toContain(second.id);
    await revokeInvitation(owner, second.id);
    expect((await listInvitations(owner)).map((i) => i.id)).not.toContain(second.id);
    await expectAppError(revokeInvitation(owner, second.id), "NOT_FOUND");
  });

  it("refuses to invite an existing member, a bad email, an unknown role or an unknown field", async () => {
    const { user } = await addUserWithRole(testDb.db, owner.orgId, "viewer");
    await expectAppError(inviteMember(owner, { email: user.email }), "CONFLICT", "email");
    await expectAppError(inviteMember(owner, { email: "not-an-email" }), "VALIDATION_ERROR", "email");
    await expectAppError(inviteMember(owner, { email: randomEmail(), role: "superuser" }), "VALIDATION_ERROR", "role");
    await expectAppError(inviteMember(owner, { email: randomEmail(), team: "x" }), "VALIDATION_ERROR", "team");
  });

  it("does not let anyone invite above their own role, nor reviewers invite at all", async () => {
    const { ctx: admin } = await addUserWithRole(testDb.db, owner.orgId, "admin");
    const { ctx: reviewer } = await addUserWithRole(testDb.db, owner.orgId, "reviewer");
    await expectAppError(inviteMember(admin, { email: randomEmail(), role: "owner" }), "FORBIDDEN");
    await expect(inviteMember(admin, { email: randomEmail(), role: "admin" })).resolves.toBeTruthy();
    await expectAppError(inviteMember(reviewer, { email: randomEmail(), role: "viewer" }), "FORBIDDEN");
  });

  it("treats malformed and unknown tokens as no invitation", async () => {
    expect(await getInvitationByToken(testDb.db, "csi_nope")).toBeNull();
    expect(await getInvitationByToken(testDb.db, `csi_${"a".repeat(32)}`)).toBeNull();
  });
});

describe("roles and removal", () => {
  it("changes roles within the rules", async () => {
    const { user, ctx: member } = await addUserWithRole(testDb.db, owner.orgId, "viewer");
    const { ctx: admin, user: adminUser } = await addUserWithRole(testDb.db, owner.orgId, "admin");
    await expect(changeMemberRole(admin, user.id, { role: "supervisor" })).resolves.toEqual({ id: user.id, role: "supervisor" });
    await expectAppError(changeMemberRole(admin, user.id, { role: "owner" }), "FORBIDDEN");
    await expectAppError(changeMemberRole(admin, ownerId, { role: "viewer" }), "FORBIDDEN");
    await expectAppError(changeMemberRole(admin, adminUser.id, { role: "owner" }), "FORBIDDEN");
    await expectAppError(changeMemberRole(member, ownerId, { role: "viewer" }), "FORBIDDEN");
    await expectAppError(changeMemberRole(admin, user.id, { role: "chief" }), "VALIDATION_ERROR", "role");
  });

  it("keeps at least one owner", async () => {
    const { ctx: soleOwner, owner: soleOwnerUser, org } = await createOrgWithOwner(testDb.db);
    const { user: second } = await addUserWithRole(testDb.db, org.id, "owner");
    await changeMemberRole(soleOwner, second.id, { role: "admin" });
    await expectAppError(removeMember(soleOwner, soleOwnerUser.id), "CONFLICT");
    const { ctx: admin } = await addUserWithRole(testDb.db, org.id, "admin");
    await expectAppError(removeMember(admin, soleOwnerUser.id), "FORBIDDEN");
  });

  it("removes a member, lets a member leave, and answers 404 for strangers", async () => {
    const { user } = await addUserWithRole(testDb.db, owner.orgId, "viewer");
    await expect(removeMember(owner, user.id)).resolves.toEqual({ id: user.id, removed: true });
    expect((await listUserOrganizations(testDb.db, user.id)).length).toBe(0);
    const { user: leaver, ctx: leaverCtx } = await addUserWithRole(testDb.db, owner.orgId, "viewer");
    await expect(removeMember(leaverCtx, leaver.id)).resolves.toMatchObject({ removed: true });
    const stranger = await createOrgWithOwner(testDb.db);
    await expectAppError(removeMember(owner, stranger.owner.id), "NOT_FOUND");
    await expectAppError(changeMemberRole(owner, stranger.owner.id, { role: "viewer" }), "NOT_FOUND");
  });

  it("lists members of this organization only, with a role filter", async () => {
    const { ctx: fresh, org } = await createOrgWithOwner(testDb.db);
    await addUserWithRole(testDb.db, org.id, "reviewer");
    const all = await listMembers(fresh, { page: 1, pageSize: 20, sort: "joinedAt", order: "asc" });
    expect(all.total).toBe(2);
    expect(all.items[0]!.role).toBe("owner");
    const reviewers = await listMembers(fresh, { page: 1, pageSize: 20, sort: "email", order: "asc", role: "reviewer" });
    expect(reviewers.items.map((m) => m.role)).toEqual(["reviewer"]);
  });
});
