import type { z } from "zod";
import type { Db } from "../../../db/client";
import { memberships } from "../../../db/schema";
import { isUniqueViolation } from "../../db/errors";
import { AppError } from "../../errors";
import { newId } from "../../ids";
import { recordAudit } from "../audit/record-audit";
import { createOrganization } from "../orgs/create-organization";
import { parseInput } from "../parse-input";
import { registerInput, type registerDto } from "./account-schemas";
import { createUserRow } from "./create-user";

/** Self-service sign-up: a user and their own organization, which they own. */
export async function registerAccount(db: Db, raw: unknown): Promise<z.infer<typeof registerDto>> {
  const input = parseInput(registerInput, raw);
  try {
    return await db.transaction(async (tx) => {
      const user = await createUserRow(tx, input);
      const org = await createOrganization(tx, { name: input.organizationName ?? `${input.name}'s organization` });
      await tx.insert(memberships).values({ id: newId("membership"), orgId: org.id, userId: user.id, role: "owner" });
      await recordAudit(
        tx,
        { orgId: org.id, actor: { type: "user", userId: user.id, role: "owner" } },
        { action: "organization.create", targetType: "organization", targetId: org.id, changes: { name: org.name } },
      );
      return {
        user: { id: user.id, email: user.email, name: user.name, createdAt: user.createdAt.toISOString() },
        organization: { id: org.id, name: org.name, slug: org.slug, role: "owner" as const },
      };
    });
  } catch (error) {
    // Two sign-ups with one email at the same moment: the unique index decides.
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", "An account with this email already exists", {
        fields: { email: ["is already registered"] },
      });
    }
    throw error;
  }
}
