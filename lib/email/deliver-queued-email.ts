import { and, eq, sql } from "drizzle-orm";
import { NonRetriableError } from "inngest";
import type { Db } from "../../db/client";
import { emailMessages } from "../../db/schema";
import { openSecret, SealedSecretError } from "../crypto/sealed-secrets";
import { emailSealContext } from "./queue-email";
import { EmailNotConfiguredError, sendEmail } from "./send-email";

/**
 * Sends a queued message (the send-email job's step). A failure is counted
 * and rethrown for the engine to retry; once sent, the sealed content is
 * dropped and the server's Message-ID kept.
 */
export async function deliverQueuedEmail(db: Db, ref: { orgId: string; emailId: string }): Promise<{ sent: boolean; messageId?: string }> {
  const [row] = await db
    .select()
    .from(emailMessages)
    .where(and(eq(emailMessages.id, ref.emailId), eq(emailMessages.orgId, ref.orgId)))
    .limit(1);
  if (!row || row.status !== "pending" || !row.contentSealed) return { sent: false };
  let messageId: string;
  try {
    const content = JSON.parse(openSecret(row.contentSealed, emailSealContext(row.orgId, row.id))) as { subject: string; text: string; html: string | null };
    ({ messageId } = await sendEmail({ to: row.to, subject: content.subject, text: content.text, html: content.html ?? undefined }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db
      .update(emailMessages)
      .set({ attempts: sql`${emailMessages.attempts} + 1`, lastError: message, updatedAt: new Date() })
      .where(eq(emailMessages.id, row.id));
    // Neither comes right by waiting: SMTP_URL was removed, or the sealing key changed.
    if (error instanceof EmailNotConfiguredError || error instanceof SealedSecretError) throw new NonRetriableError(message, { cause: error });
    throw error;
  }
  await db
    .update(emailMessages)
    .set({ status: "sent", attempts: sql`${emailMessages.attempts} + 1`, messageId, lastError: null, contentSealed: null, sentAt: new Date(), updatedAt: new Date() })
    .where(eq(emailMessages.id, row.id));
  return { sent: true, messageId };
}
