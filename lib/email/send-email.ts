import nodemailer, { type Transporter } from "nodemailer";
import { config } from "../config";
import { emailFrom } from "./email-config";

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export class EmailNotConfiguredError extends Error {
  constructor() {
    super("Email is not configured: set SMTP_URL (smtp:// or smtps://) to send email");
    this.name = "EmailNotConfiguredError";
  }
}

let cached: { url: string; transporter: Transporter } | undefined;

function transporter(url: string): Transporter {
  if (cached?.url !== url) {
    cached?.transporter.close();
    // Options in the URL's query (requireTLS=true, tls.rejectUnauthorized=false) are nodemailer's own.
    cached = {
      url,
      transporter: nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }),
    };
  }
  return cached.transporter;
}

/**
 * Sends one message now through SMTP_URL and answers with the server's
 * Message-ID; throws when the server refuses it or cannot be reached. For
 * code already inside a job step (which retries it). Requests queue mail with
 * queueEmail instead, so a slow SMTP server never holds them up.
 */
export async function sendEmail(message: EmailMessage): Promise<{ messageId: string }> {
  const url = config().SMTP_URL;
  if (!url) throw new EmailNotConfiguredError();
  const info = (await transporter(url).sendMail({
    from: emailFrom(),
    to: message.to,
    subject: message.subject,
    text: message.text,
    ...(message.html ? { html: message.html } : {}),
  })) as { messageId: string };
  return { messageId: info.messageId };
}
