import { config } from "../config";
import { log } from "../log";

let reportedMissing = false;

/**
 * Whether email can be sent (SMTP_URL is set). The first time it is not, say
 * so once in the log: invitations then show their link to be shared by hand.
 */
export function emailEnabled(): boolean {
  if (config().SMTP_URL) return true;
  if (!reportedMissing) {
    reportedMissing = true;
    log.warn("email is off: SMTP_URL is not set, so invitations and alerts are not emailed (docs/email.md)");
  }
  return false;
}

/** EMAIL_FROM, or a no-reply address at APP_URL's host. */
export function emailFrom(): string {
  const cfg = config();
  return cfg.EMAIL_FROM ?? `Callscope <no-reply@${new URL(cfg.appUrl).hostname}>`;
}
