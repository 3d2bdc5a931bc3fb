import { escapeHtml } from "./html";

export interface InvitationEmailInput {
  orgName: string;
  inviterName: string | null;
  role: string;
  acceptUrl: string;
  expiresAt: Date;
}

/** The invitation to join an organization: plain text, and a simple HTML version of the same words. */
export function invitationEmail(input: InvitationEmailInput): { subject: string; text: string; html: string } {
  const who = input.inviterName ? `${input.inviterName} invited you` : "You are invited";
  const until = input.expiresAt.toUTCString().replace(/ GMT$/, " UTC");
  const subject = `Join ${input.orgName} on Callscope`;
  const asRole = `${/^[aeiou]/i.test(input.role) ? "an" : "a"} ${input.role}`;
  const text = [
    `${who} to join ${input.orgName} on Callscope as ${asRole}.`,
    "",
    "Accept the invitation here:",
    input.acceptUrl,
    "",
    `The link works until ${until}. If you did not expect this email, you can ignore it.`,
  ].join("\n");
  const html = `<!doctype html>
<html lang="en">
  <body style="font-family: system-ui, sans-serif; color: #0f172a; line-height: 1.5">
    <p>${escapeHtml(who)} to join <strong>${escapeHtml(input.orgName)}</strong> on Callscope as ${escapeHtml(asRole)}.</p>
    <p><a href="${escapeHtml(input.acceptUrl)}" style="display: inline-block; padding: 8px 16px; background: #4338ca; color: #ffffff; border-radius: 6px; text-decoration: none">Accept the invitation</a></p>
    <p style="font-size: 14px; color: #475569">Or open this link: <a href="${escapeHtml(input.acceptUrl)}">${escapeHtml(input.acceptUrl)}</a><br>
    It works until ${escapeHtml(until)}. If you did not expect this email, you can ignore it.</p>
  </body>
</html>
`;
  return { subject, text, html };
}
