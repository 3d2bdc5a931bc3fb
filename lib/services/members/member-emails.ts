import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { memberships, users } from "../../../db/schema";
import type { Role } from "../../auth/roles";

/** The email addresses of the organization's members with these roles, sorted: who notices go to. */
export async function memberEmailsWithRoles(db: Db, orgId: string, roles: readonly Role[]): Promise<string[]> {
  const rows = await db
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), inArray(memberships.role, [...roles])))
    .orderBy(asc(users.email));
  return rows.map((r) => r.email);
}
