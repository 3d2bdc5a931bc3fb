import { and, eq, isNull } from "drizzle-orm";
import { invitations } from "../../../db/schema";
import { notFound } from "../../errors";
import { recordAudit } from "../audit/record-audit";
import { assertCan, type ServiceContext } from "../context";
import { toInvitationDto } from "./invitation-status";
import type { InvitationDto } from "./member-schemas";

export async function revokeInvitation(ctx: ServiceContext, id: string): Promise<InvitationDto> {
  assertCan(ctx, "members:manage");
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(invitations.id, id),
          eq(invitations.orgId, ctx.orgId),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      )
      .returning();
    if (!row) throw notFound("Pending invitation");
    await recordAudit(tx, ctx, {
      action: "member.invitation_revoke",
      targetType: "invitation",
      targetId: id,
      changes: { email: row.email },
    });
    return toInvitationDto(row);
  });
}
