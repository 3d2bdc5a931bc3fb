import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { invitations } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../context";
import { toInvitationDto } from "./invitation-status";
import type { InvitationDto } from "./member-schemas";

/** Pending invitations only: accepted ones are members, the rest are history in the audit log. */
export async function listInvitations(ctx: ServiceContext): Promise<InvitationDto[]> {
  assertCan(ctx, "members:manage");
  const rows = await ctx.db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.orgId, ctx.orgId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    )
    .orderBy(desc(invitations.createdAt))
    .limit(200);
  return rows.map(toInvitationDto);
}
