import { and, eq, isNull } from "drizzle-orm";
import { invitations, memberships, users } from "../../../db/schema";
import { wakeJobEngine } from "../../../inngest/engine";
import type { QueuedEmail } from "../../email/queue-email";
import { outranksOrEquals } from "../../auth/roles";
import { generateSecret, INVITATION_TOKEN_PREFIX, sha256Hex } from "../../auth/secrets";
import { config } from "../../config";
import { AppError, forbidden } from "../../errors";
import { newId } from "../../ids";
import { recordAudit } from "../audit/record-audit";
import { actorUserId, assertCan, type ServiceContext } from "../context";
import { parseInput } from "../parse-input";
import { toInvitationDto } from "./invitation-status";
import { queueInvitationEmail } from "./queue-invitation-email";
import { inviteMemberInput, type InvitationDto } from "./member-schemas";

export function invitationUrl(token: string): string {
  return `${config().appUrl}/invite/${token}`;
}

/**
 * Creates an invitation and returns its acceptance link (shown once: only a
 * hash of the token is stored), and emails the link when SMTP_URL is set
 * (`emailStatus`; otherwise the person who invites shares it). Inviting the
 * same email again replaces the pending invitation, so only the newest link works.
 */
export async function inviteMember(
  ctx: ServiceContext,
  raw: unknown,
): Promise<InvitationDto & { acceptUrl: string; emailStatus: QueuedEmail["status"] }> {
  assertCan(ctx, "members:manage");
  const input = parseInput(inviteMemberInput, raw);
  if (!outranksOrEquals(ctx.actor.role, input.role)) {
    throw forbidden(`Your role cannot invite someone as ${input.role}`);
  }
  const token = generateSecret(INVITATION_TOKEN_PREFIX);
  const expiresAt = new Date(Date.now() + config().INVITATION_TTL_DAYS * 86_400_000);

  const row = await ctx.db.transaction(async (tx) => {
    const [existingMember] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.orgId, ctx.orgId), eq(users.email, input.email)))
      .limit(1);
    if (existingMember) {
      throw new AppError("CONFLICT", `${input.email} is already a member of this organization`, {
        fields: { email: ["is already a member"] },
      });
    }
    await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(invitations.orgId, ctx.orgId),
          eq(invitations.email, input.email),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      );
    const [created] = await tx
      .insert(invitations)
      .values({
        id: newId("invitation"),
        orgId: ctx.orgId,
        email: input.email,
        role: input.role,
        tokenHash: sha256Hex(token),
        invitedBy: actorUserId(ctx.actor),
        expiresAt,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: "member.invite",
      targetType: "invitation",
      targetId: created!.id,
      changes: { email: input.email, role: input.role },
    });
    // Queued with the invitation: the email goes out only if the invitation commits.
    const email = await queueInvitationEmail(tx, ctx, created!, invitationUrl(token));
    return { created: created!, emailStatus: email.status };
  });
  if (row.emailStatus === "queued") await wakeJobEngine();
  return { ...toInvitationDto(row.created), acceptUrl: invitationUrl(token), emailStatus: row.emailStatus };
}
