import { expect, test } from "@playwright/test";
import { readSeed, uniqueName } from "../seed";
import { snapshot } from "./helpers";

/** A call that goes badly from start to end: the default scorecard scores it far below 60. */
const POOR_CALL = [
  { speaker: "agent", startMs: 0, endMs: 3000, text: "Yeah. What do you want?" },
  { speaker: "customer", startMs: 3500, endMs: 9000, text: "My internet has been down for three days and I am really angry about it. This is terrible service." },
  { speaker: "agent", startMs: 9500, endMs: 12000, text: "Not my problem. Call back later." },
  { speaker: "customer", startMs: 12500, endMs: 16000, text: "This is ridiculous, I want to cancel my subscription. You are useless." },
  { speaker: "agent", startMs: 16500, endMs: 18000, text: "Whatever." },
];

let projectId: string;
let projectName: string;
const headers = () => ({ authorization: `Bearer ${readSeed().apiKey}` });

test.beforeAll(async ({ request }) => {
  // A project of this spec's own, so its rule sees only this spec's calls.
  projectName = uniqueName("Alerts UI");
  const project = await request.post("/api/v1/projects", { headers: headers(), data: { name: projectName } });
  expect(project.status()).toBe(201);
  projectId = (await project.json()).data.id;
});

test("create a rule, see a poor call raise an incident, acknowledge and resolve it", async ({ page, request }, testInfo) => {
  test.setTimeout(90_000);
  const ruleName = uniqueName("Low scores");
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Alerts" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Alerts" })).toBeVisible();
  await page.getByRole("link", { name: "New rule" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New alert rule" })).toBeVisible();

  await page.getByLabel("Rule name").fill(ruleName);
  await page.getByLabel("Project").selectOption(projectId);
  // The operator and value follow the field: a keyword only offers "contains" and asks for a phrase.
  await page.getByLabel("Field").selectOption("keyword");
  await expect(page.getByLabel("Operator").locator("option")).toHaveText(["contains"]);
  await expect(page.getByLabel("Phrase")).toBeVisible();
  await expect(page.getByLabel("Said by")).toBeVisible();
  await page.getByLabel("Field").selectOption("qualityScore");
  await expect(page.getByLabel("Operator").locator("option")).toHaveCount(6);
  await page.getByLabel("Operator").selectOption("lt");

  // A value that is not a number is named at its field, and what was typed stays.
  await page.getByLabel("Value").fill("sixty");
  await page.getByLabel("Only after several matches").check();
  await page.getByLabel("Number of matches").fill("1");
  await page.getByRole("button", { name: "Create rule" }).click();
  await expect(page.getByText("Value must be a number.")).toBeVisible();
  await expect(page.getByLabel("Value")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Number of matches")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Rule name")).toHaveValue(ruleName);

  await page.getByLabel("Value").fill("60");
  await page.getByLabel("Only after several matches").uncheck();
  await page.getByLabel("Email", { exact: true }).check();
  await page.getByLabel("Email recipients").fill("qa-lead@example.com");
  await snapshot(page, testInfo, "alert-rule-form");
  await page.getByRole("button", { name: "Create rule" }).click();

  await expect(page).toHaveURL(/\/alerts$/);
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: ruleName, exact: true }) });
  await expect(row).toContainText("Quality score is below 60");
  await expect(row).toContainText(projectName);
  await expect(row.getByRole("switch", { name: `Enabled: ${ruleName}` })).toHaveAttribute("aria-checked", "true");
  await snapshot(page, testInfo, "alert-rules");

  // A poor call arrives through the API and is analysed by the embedded runner.
  const title = uniqueName("Poor call");
  const created = await request.post("/api/v1/records", {
    headers: headers(),
    data: { projectId, type: "call", title, agentName: "Sam Poor", transcript: { segments: POOR_CALL } },
  });
  expect(created.status()).toBe(201);

  await page.getByRole("navigation", { name: "Alerts" }).getByRole("link", { name: "Incidents" }).click();
  await page.getByLabel("Status").selectOption("open");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/status=open/);
  const incident = page.getByRole("row").filter({ has: page.getByRole("link", { name: title, exact: true }) });
  // Analysis and alert evaluation run in the background: reload until the incident is there.
  await expect(async () => {
    await page.reload();
    await expect(incident).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 45_000 });
  await expect(incident).toContainText(ruleName);
  await expect(incident).toContainText(/Quality score [\d.]+ is below 60/);
  await expect(incident).toContainText("Open");
  await snapshot(page, testInfo, "alert-incidents");

  // Acknowledged, it leaves the "open" list: work from the list of every status.
  await page.getByRole("link", { name: "Clear" }).click();
  await expect(page).toHaveURL(/\/alerts\/incidents$/);
  await incident.getByRole("button", { name: "Acknowledge" }).click();
  await expect(incident.getByText("Acknowledged", { exact: true })).toBeVisible();
  await incident.getByRole("button", { name: "Resolve" }).click();
  await expect(incident.getByText("Resolved", { exact: true })).toBeVisible();
  await expect(incident.getByRole("button", { name: "Resolve" })).toHaveCount(0);

  // The incident links to its record.
  await incident.getByRole("link", { name: title, exact: true }).click();
  await expect(page).toHaveURL(/\/records\/rec_/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // The rule's page lists what it raised and edits it with the same form.
  await page.goto("/alerts");
  await page.getByRole("link", { name: ruleName, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: ruleName })).toBeVisible();
  const recent = page.getByRole("region", { name: "Recent incidents" });
  await expect(recent.getByRole("link", { name: title, exact: true })).toBeVisible();
  await expect(page.getByLabel("Value")).toHaveValue("60");
  await expect(page.getByLabel("Email recipients")).toHaveValue("qa-lead@example.com");
  await page.getByLabel("Value").fill("50");
  await page.getByRole("button", { name: "Save rule" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Rule saved." })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Value")).toHaveValue("50");
  await snapshot(page, testInfo, "alert-rule-page");

  // Switching the rule off from the list sticks.
  await page.goto("/alerts");
  const toggle = page.getByRole("switch", { name: `Enabled: ${ruleName}` });
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-checked", "false");
  await page.reload();
  await expect(page.getByRole("switch", { name: `Enabled: ${ruleName}` })).toHaveAttribute("aria-checked", "false");

  // Deleted, the rule leaves the list; its incident stays, under the rule's name.
  await page.getByRole("link", { name: ruleName, exact: true }).click();
  await page.getByRole("button", { name: "Delete rule" }).click();
  await page.getByRole("dialog", { name: `Delete ${ruleName}?` }).getByRole("button", { name: "Delete rule" }).click();
  await expect(page).toHaveURL(/\/alerts$/);
  await expect(page.getByRole("link", { name: ruleName, exact: true })).toHaveCount(0);
  await page.goto("/alerts/incidents");
  await expect(page.getByRole("row").filter({ has: page.getByRole("link", { name: title, exact: true }) })).toContainText(`${ruleName} (deleted rule)`);
});
