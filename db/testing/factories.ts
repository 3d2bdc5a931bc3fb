import type { Role } from "../../lib/auth/roles";
import { randomBase62 } from "../../lib/ids";
import { createAccount } from "../../lib/services/accounts/create-account";
import type { ServiceContext } from "../../lib/services/context";
import { addMember } from "../../lib/services/members/add-member";
import { createOrganization } from "../../lib/services/orgs/create-organization";
import type { Db } from "../client";

export const TEST_PASSWORD = "correct horse battery";

export function randomEmail(): string {
  return `user-${randomBase62(8).toLowerCase()}@example.test`;
}

/** A new organization with an owner; returns the owner's service context. */
export async function createOrgWithOwner(db: Db, name = `Org ${randomBase62(6)}`) {
  const org = await createOrganization(db, { name });
  const owner = await createAccount(db, { email: randomEmail(), name: "Owner", password: TEST_PASSWORD });
  await addMember(db, org.id, owner.id, "owner");
  const ctx: ServiceContext = { db, orgId: org.id, actor: { type: "user", userId: owner.id, role: "owner" } };
  return { org, owner, ctx };
}

/** Adds a member with the given role and returns their context in that organization. */
export async function addUserWithRole(db: Db, orgId: string, role: Role) {
  const user = await createAccount(db, { email: randomEmail(), name: `A ${role}`, password: TEST_PASSWORD });
  await addMember(db, orgId, user.id, role);
  const ctx: ServiceContext = { db, orgId, actor: { type: "user", userId: user.id, role } };
  return { user, ctx };
}
