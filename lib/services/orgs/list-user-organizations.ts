import { asc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { memberships, organizations } from "../../../db/schema";
import type { Role } from "../../auth/roles";

export interface UserOrganization {
  id: string;
  name: string;
  slug: string;
  role: Role;
}

/** Oldest membership first: it is the default when a request names no organization. */
export async function listUserOrganizations(db: Db, userId: string): Promise<UserOrganization[]> {
  return db
    .select({ id: organizations.id, name: organizations.name, slug: organizations.slug, role: memberships.role })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.createdAt), asc(memberships.id));
}
