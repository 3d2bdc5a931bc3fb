import type { Db } from "../../db/client";
import { emailMessages } from "../../db/schema";
import { sendJobEvents } from "../../inngest/engine";
import { EVENTS } from "../../inngest/events";
import { sealSecret } from "../crypto/sealed-secrets";
import { newId } from "../ids";
import { emailEnabled } from "./email-config";
import type { EmailMessage } from "./send-email";

export type QueuedEmail = { status: "queued"; id: string } | { status: "not_configured" };

export const emailSealContext = (orgId: string, emailId: string) => `email:${orgId}:${emailId}`;

/**
 * Stores a message and queues the job that sends it (retried with backoff),
 * in the caller's transaction when given one. The subject and bodies are
 * sealed: they may carry a link that works as a password. Without SMTP_URL
 * nothing is stored and the answer says so, so the caller can tell the person.
 */
export async function queueEmail(db: Db, input: EmailMessage & { orgId: string; category: string }): Promise<QueuedEmail> {
  if (!emailEnabled()) return { status: "not_configured" };
  const id = newId("email");
  const content = JSON.stringify({ subject: input.subject, text: input.text, html: input.html ?? null });
  await db.insert(emailMessages).values({
    id,
    orgId: input.orgId,
    category: input.category,
    to: input.to,
    contentSealed: sealSecret(content, emailSealContext(input.orgId, id)),
  });
  await sendJobEvents([{ id: `email:${id}`, name: EVENTS.emailQueued.name, data: { orgId: input.orgId, emailId: id } }], { db });
  return { status: "queued", id };
}
