import { eq, or } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { organizations, type Organization } from "../../../db/schema";

/** Operators type either; the CLI accepts both. */
export async function findOrganizationByIdOrSlug(db: Db, idOrSlug: string): Promise<Organization | undefined> {
  const [org] = await db
    .select()
    .from(organizations)
    .where(or(eq(organizations.id, idOrSlug), eq(organizations.slug, idOrSlug)))
    .limit(1);
  return org;
}
