import type { Db } from "../../../db/client";
import type { AlertRuleRow } from "../../../db/schema";
import { memberEmailsWithRoles } from "../members/member-emails";

/**
 * Who a rule's email action writes to: its own list when it has one,
 * otherwise the organization's owners and admins as they are at sending time
 * (so a new admin gets alerts without editing every rule). For the job that
 * delivers `alert/triggered`.
 */
export async function alertEmailRecipients(db: Db, orgId: string, rule: Pick<AlertRuleRow, "emailRecipients">): Promise<string[]> {
  if (rule.emailRecipients?.length) return rule.emailRecipients;
  return memberEmailsWithRoles(db, orgId, ["owner", "admin"]);
}
