import type { Db } from "../../../db/client";
import { memberships } from "../../../db/schema";
import type { Role } from "../../auth/roles";
import { AppError } from "../../errors";
import { newId } from "../../ids";
import { recordAudit } from "../audit/record-audit";
import { findMembership } from "./find-membership";

/** Operator path (CLI, demo seed): put an existing user in an organization directly. */
export async function addMember(db: Db, orgId: string, userId: string, role: Role): Promise<void> {
  await db.transaction(async (tx) => {
    if (await findMembership(tx, orgId, userId)) {
      throw new AppError("CONFLICT", "The user is already a member of this organization");
    }
    await tx.insert(memberships).values({ id: newId("membership"), orgId, userId, role });
    await recordAudit(
      tx,
      { orgId, actor: { type: "system", role: "owner" } },
      { action: "member.add", targetType: "user", targetId: userId, changes: { role } },
    );
  });
}
