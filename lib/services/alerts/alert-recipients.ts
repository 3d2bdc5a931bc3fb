import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { memberships, users, type AlertRuleRow } from "../../../db/schema";

/**
 * Who a rule's email action writes to: its own list when it has one,
 * otherwise the organization's owners and admins as they are at sending time
 * (so a new admin gets alerts without editing every rule). For the job that
 * delivers `alert/triggered`.
 */
export async function alertEmailRecipients(db: Db, orgId: string, rule: Pick<AlertRuleRow, "emailRecipients">): Promise<string[]> {
  if (rule.emailRecipients?.length) return rule.emailRecipients;
  const rows = await db
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), inArray(memberships.role, ["owner", "admin"])))
    .orderBy(asc(users.email));
  return rows.map((r) => r.email);
}
