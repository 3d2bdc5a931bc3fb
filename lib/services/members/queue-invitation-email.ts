import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { organizations, users, type Invitation } from "../../../db/schema";
import { invitationEmail } from "../../email/invitation-email";
import { queueEmail, type QueuedEmail } from "../../email/queue-email";
import { actorUserId, type ServiceContext } from "../context";

/** Emails the acceptance link to the person invited (sent by a job; nothing without SMTP_URL). */
export async function queueInvitationEmail(tx: Db, ctx: ServiceContext, invitation: Invitation, acceptUrl: string): Promise<QueuedEmail> {
  const [org] = await tx.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, ctx.orgId)).limit(1);
  const inviterId = actorUserId(ctx.actor);
  const [inviter] = inviterId ? await tx.select({ name: users.name }).from(users).where(eq(users.id, inviterId)).limit(1) : [];
  const message = invitationEmail({
    orgName: org?.name ?? "an organization",
    inviterName: inviter?.name ?? null,
    role: invitation.role,
    acceptUrl,
    expiresAt: invitation.expiresAt,
  });
  return queueEmail(tx, { orgId: ctx.orgId, category: "invitation", to: invitation.email, ...message });
}
