import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../../db/client";
import { organizations, type Organization } from "../../../db/schema";
import { AppError } from "../../errors";
import { newId, randomBase62 } from "../../ids";
import { parseInput } from "../parse-input";

export const organizationNameSchema = z.string().trim().min(1, "is required").max(100, "must be at most 100 characters");
const slugSchema = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/, "must be lower-case letters, digits and dashes (max 48)");

export const createOrganizationInput = z.strictObject({ name: organizationNameSchema, slug: slugSchema.optional() });

export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return slug || "org";
}

/**
 * Creates an organization. An explicit slug must be free; a derived one gets
 * a short random suffix when taken, so registration never fails on a name.
 */
export async function createOrganization(db: Db, raw: unknown): Promise<Organization> {
  const input = parseInput(createOrganizationInput, raw);
  let slug = input.slug ?? slugify(input.name);
  const [taken] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, slug));
  if (taken) {
    if (input.slug) throw new AppError("CONFLICT", `The slug "${slug}" is taken`, { fields: { slug: ["is taken"] } });
    slug = `${slug}-${randomBase62(6).toLowerCase()}`;
  }
  const [org] = await db.insert(organizations).values({ id: newId("org"), name: input.name, slug }).returning();
  return org!;
}
