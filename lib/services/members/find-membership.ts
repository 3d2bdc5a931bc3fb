import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { memberships, type Membership } from "../../../db/schema";
import { notFound } from "../../errors";

export async function findMembership(db: Db, orgId: string, userId: string): Promise<Membership | undefined> {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)))
    .limit(1);
  return row;
}

export async function requireMembership(db: Db, orgId: string, userId: string): Promise<Membership> {
  const row = await findMembership(db, orgId, userId);
  if (!row) throw notFound("Member");
  return row;
}

export async function countOwners(db: Db, orgId: string): Promise<number> {
  const rows = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.role, "owner")));
  return rows.length;
}
