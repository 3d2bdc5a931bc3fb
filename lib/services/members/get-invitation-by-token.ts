import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { invitations, organizations, users, type Invitation } from "../../../db/schema";
import { sha256Hex } from "../../auth/secrets";
import { invitationStatus } from "./invitation-status";

export interface InvitationView {
  invitation: Invitation;
  organizationName: string;
  status: ReturnType<typeof invitationStatus>;
  /** Whether the invited email already has a Callscope account (then they confirm with its password). */
  accountExists: boolean;
}

/** What the acceptance page shows. Unknown tokens give null, never an error with details. */
export async function getInvitationByToken(db: Db, token: string): Promise<InvitationView | null> {
  if (!/^csi_[0-9A-Za-z]{32}$/.test(token)) return null;
  const [row] = await db
    .select({ invitation: invitations, organizationName: organizations.name })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.orgId))
    .where(eq(invitations.tokenHash, sha256Hex(token)))
    .limit(1);
  if (!row) return null;
  const [account] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, row.invitation.email))
    .limit(1);
  return {
    invitation: row.invitation,
    organizationName: row.organizationName,
    status: invitationStatus(row.invitation),
    accountExists: Boolean(account),
  };
}
