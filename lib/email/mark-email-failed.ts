import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { emailMessages } from "../../db/schema";

/**
 * After the last retry: the message is failed and its sealed content dropped
 * (an invitation can be sent again by inviting again; its link was also shown
 * to whoever invited).
 */
export async function markEmailFailed(db: Db, ref: { orgId: string; emailId: string }, message: string): Promise<void> {
  await db
    .update(emailMessages)
    .set({ status: "failed", lastError: message, contentSealed: null, updatedAt: new Date() })
    .where(and(eq(emailMessages.id, ref.emailId), eq(emailMessages.orgId, ref.orgId), eq(emailMessages.status, "pending")));
}
