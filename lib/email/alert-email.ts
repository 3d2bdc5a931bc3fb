import { escapeHtml } from "./html";

export interface AlertEmailInput {
  orgName: string;
  ruleName: string;
  message: string;
  recordUrl: string;
  incidentsUrl: string;
  createdAt: Date;
}

/** An alert rule fired: what happened, and links to the record and to the incidents to acknowledge it. */
export function alertEmail(input: AlertEmailInput): { subject: string; text: string; html: string } {
  const when = input.createdAt.toUTCString().replace(/ GMT$/, " UTC");
  const subject = `Alert: ${input.ruleName}`;
  const text = [
    `The alert rule “${input.ruleName}” fired in ${input.orgName} on ${when}.`,
    "",
    input.message,
    "",
    `Open the record: ${input.recordUrl}`,
    `Acknowledge or resolve it: ${input.incidentsUrl}`,
  ].join("\n");
  const html = `<!doctype html>
<html lang="en">
  <body style="font-family: system-ui, sans-serif; color: #0f172a; line-height: 1.5">
    <p>The alert rule <strong>${escapeHtml(input.ruleName)}</strong> fired in ${escapeHtml(input.orgName)} on ${escapeHtml(when)}.</p>
    <p style="padding: 8px 12px; background: #fef2f2; border-left: 4px solid #b91c1c">${escapeHtml(input.message)}</p>
    <p><a href="${escapeHtml(input.recordUrl)}">Open the record</a> · <a href="${escapeHtml(input.incidentsUrl)}">Acknowledge or resolve it</a></p>
  </body>
</html>
`;
  return { subject, text, html };
}
