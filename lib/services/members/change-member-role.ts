import { eq } from "drizzle-orm";
import { memberships } from "../../../db/schema";
import { outranksOrEquals } from "../../auth/roles";
import { AppError, forbidden } from "../../errors";
import { recordAudit } from "../audit/record-audit";
import { actorUserId, assertCan, type ServiceContext } from "../context";
import { parseInput } from "../parse-input";
import { countOwners, requireMembership } from "./find-membership";
import { changeRoleInput } from "./member-schemas";

export async function changeMemberRole(ctx: ServiceContext, userId: string, raw: unknown) {
  assertCan(ctx, "members:manage");
  const { role } = parseInput(changeRoleInput, raw);
  return ctx.db.transaction(async (tx) => {
    const membership = await requireMembership(tx, ctx.orgId, userId);
    if (actorUserId(ctx.actor) === userId && ctx.actor.type === "user") {
      throw forbidden("You cannot change your own role; ask another admin");
    }
    // Nobody can hand out or take away more authority than they hold.
    if (!outranksOrEquals(ctx.actor.role, membership.role) || !outranksOrEquals(ctx.actor.role, role)) {
      throw forbidden(`Your role cannot change a ${membership.role} to ${role}`);
    }
    if (membership.role === "owner" && role !== "owner" && (await countOwners(tx, ctx.orgId)) <= 1) {
      throw new AppError("CONFLICT", "An organization needs at least one owner; make someone else owner first");
    }
    const [updated] = await tx
      .update(memberships)
      .set({ role, updatedAt: new Date() })
      .where(eq(memberships.id, membership.id))
      .returning();
    await recordAudit(tx, ctx, {
      action: "member.role_change",
      targetType: "user",
      targetId: userId,
      changes: { role: { from: membership.role, to: role } },
    });
    return { id: userId, role: updated!.role };
  });
}
