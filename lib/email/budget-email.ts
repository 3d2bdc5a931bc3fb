import { escapeHtml } from "./html";

export interface BudgetEmailInput {
  orgName: string;
  period: string;
  percent: number;
  spent: string;
  budget: string;
  billingUrl: string;
}

/** The organization's monthly spend reached 80 % or all of its budget. */
export function budgetEmail(input: BudgetEmailInput): { subject: string; text: string; html: string } {
  const reached = input.percent >= 100 ? "has reached its budget" : `has used ${input.percent} % of its budget`;
  const consequence =
    input.percent >= 100
      ? "New recordings, transcripts and re-analyses are refused (402 BUDGET_EXCEEDED) until the budget is raised or the next period starts; records already accepted finish."
      : "When the budget is spent, new processing is refused until it is raised or the next period starts.";
  const subject = `${input.orgName} ${reached} for ${input.period}`;
  const lines = [`${input.orgName} ${reached} for ${input.period}: ${input.spent} of ${input.budget}.`, "", consequence, "", `Usage and budget: ${input.billingUrl}`];
  const html = `<!doctype html>
<html lang="en">
  <body style="font-family: system-ui, sans-serif; color: #0f172a; line-height: 1.5">
    <p><strong>${escapeHtml(input.orgName)}</strong> ${escapeHtml(reached)} for ${escapeHtml(input.period)}: ${escapeHtml(input.spent)} of ${escapeHtml(input.budget)}.</p>
    <p>${escapeHtml(consequence)}</p>
    <p><a href="${escapeHtml(input.billingUrl)}">Usage and budget</a></p>
  </body>
</html>
`;
  return { subject, text: lines.join("\n"), html };
}
