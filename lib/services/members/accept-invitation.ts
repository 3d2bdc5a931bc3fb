import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../../db/client";
import { invitations, memberships, users } from "../../../db/schema";
import { hashPassword, passwordSchema, verifyPassword } from "../../auth/passwords";
import { AppError, validationError } from "../../errors";
import { newId } from "../../ids";
import { recordAudit } from "../audit/record-audit";
import { parseInput } from "../parse-input";
import { findMembership } from "./find-membership";
import { getInvitationByToken } from "./get-invitation-by-token";

export const acceptInvitationInput = z.strictObject({
  token: z.string().min(1, "is required"),
  /** Needed only when the email has no account yet. */
  name: z.string().trim().min(1, "is required").max(100).optional(),
  password: passwordSchema,
});

/**
 * Accepting joins the organization. A person new to Callscope sets a name and
 * password here; someone with an account proves it with their password.
 */
export async function acceptInvitation(db: Db, raw: unknown): Promise<{ userId: string; orgId: string; email: string }> {
  const input = parseInput(acceptInvitationInput, raw);
  const view = await getInvitationByToken(db, input.token);
  if (!view) throw new AppError("NOT_FOUND", "This invitation link is not valid");
  if (view.status !== "pending") {
    throw new AppError("CONFLICT", `This invitation has been ${view.status}; ask for a new one`);
  }
  const { invitation } = view;

  return db.transaction(async (tx) => {
    let [user] = await tx.select().from(users).where(eq(users.email, invitation.email)).limit(1);
    if (user) {
      if (!(await verifyPassword(user.passwordHash, input.password))) {
        throw validationError({ password: ["does not match the existing account for this email"] });
      }
    } else {
      if (!input.name) throw validationError({ name: ["is required to create your account"] });
      [user] = await tx
        .insert(users)
        .values({
          id: newId("user"),
          email: invitation.email,
          name: input.name,
          passwordHash: await hashPassword(input.password),
        })
        .returning();
    }
    const userId = user!.id;
    if (!(await findMembership(tx, invitation.orgId, userId))) {
      await tx
        .insert(memberships)
        .values({ id: newId("membership"), orgId: invitation.orgId, userId, role: invitation.role });
    }
    await tx.update(invitations).set({ acceptedAt: new Date() }).where(eq(invitations.id, invitation.id));
    await recordAudit(
      tx,
      { orgId: invitation.orgId, actor: { type: "user", userId, role: invitation.role } },
      { action: "member.join", targetType: "user", targetId: userId, changes: { role: invitation.role } },
    );
    return { userId, orgId: invitation.orgId, email: invitation.email };
  });
}
