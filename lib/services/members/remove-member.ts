import { eq } from "drizzle-orm";
import { memberships } from "../../../db/schema";
import { outranksOrEquals } from "../../auth/roles";
import { AppError, forbidden } from "../../errors";
import { recordAudit } from "../audit/record-audit";
import { actorUserId, assertCan, type ServiceContext } from "../context";
import { countOwners, requireMembership } from "./find-membership";

/** Removes the membership only; the person keeps their account and other organizations. */
export async function removeMember(ctx: ServiceContext, userId: string): Promise<{ id: string; removed: true }> {
  const leavingThemselves = ctx.actor.type === "user" && actorUserId(ctx.actor) === userId;
  if (!leavingThemselves) assertCan(ctx, "members:manage");
  return ctx.db.transaction(async (tx) => {
    const membership = await requireMembership(tx, ctx.orgId, userId);
    if (!leavingThemselves && !outranksOrEquals(ctx.actor.role, membership.role)) {
      throw forbidden(`Your role cannot remove a ${membership.role}`);
    }
    if (membership.role === "owner" && (await countOwners(tx, ctx.orgId)) <= 1) {
      throw new AppError("CONFLICT", "The last owner cannot be removed; make someone else owner first");
    }
    await tx.delete(memberships).where(eq(memberships.id, membership.id));
    await recordAudit(tx, ctx, {
      action: leavingThemselves ? "member.leave" : "member.remove",
      targetType: "user",
      targetId: userId,
      changes: { role: membership.role },
    });
    return { id: userId, removed: true as const };
  });
}
