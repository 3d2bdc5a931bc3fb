import { expect, test, type APIRequestContext } from "@playwright/test";
import { readSeed, uniqueName } from "../seed";
import { snapshot } from "./helpers";

const auth = () => ({ authorization: `Bearer ${readSeed().apiKey}` });

/** A call that arrives with its transcript: no speech-to-text, so it completes in seconds. */
const REFUND_CALL = [
  ["agent", "Thank you for calling Acme, my name is Ana. This call is recorded for quality. How can I help you?"],
  ["customer", "Hi, the blender I ordered arrived broken and I would like my money back."],
  ["agent", "I am sorry to hear that. Could you confirm your order number for me?"],
  ["customer", "Sure, it is four five six seven."],
  ["agent", "Thank you. I can offer you a full refund today, it will reach your card in three days."],
  ["customer", "That is great, thank you so much for the help."],
  ["agent", "You are welcome. Is there anything else I can help with? Have a great day."],
] as const;

async function createCall(request: APIRequestContext, projectId: string, title: string): Promise<string> {
  const segments = REFUND_CALL.map(([speaker, text], i) => ({ speaker, text, startMs: i * 6000, endMs: i * 6000 + 5000 }));
  const response = await request.post("/api/v1/records", {
    headers: auth(),
    data: { projectId, type: "call", title, agentName: "Ana", durationMs: REFUND_CALL.length * 6000, transcript: { segments } },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { data: { id: string } }).data.id;
}

async function waitUntilCompleted(request: APIRequestContext, id: string) {
  await expect
    .poll(async () => ((await (await request.get(`/api/v1/records/${id}`, { headers: auth() })).json()) as { data: { status: string } }).data.status, {
      timeout: 60_000,
      intervals: [250, 500, 1000],
    })
    .toBe("completed");
}

test("edit a project's scorecard: a field error where it belongs, save as version 2, preview on a record, read version 1", async ({ page, request }, testInfo) => {
  test.setTimeout(120_000);
  const project = uniqueName("Scorecard UI");
  const created = await request.post("/api/v1/projects", { headers: auth(), data: { name: project } });
  expect(created.status()).toBe(201);
  const projectId = ((await created.json()) as { data: { id: string } }).data.id;
  const callTitle = uniqueName("Refund call");
  const recordId = await createCall(request, projectId, callTitle);

  // From the project's settings to its scorecard tab.
  await page.goto(`/projects/${projectId}`);
  await page.getByRole("navigation", { name: "Project" }).getByRole("link", { name: "Scorecard" }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${projectId}/scorecard$`));
  await expect(page.getByRole("navigation", { name: "Project" }).getByRole("link", { name: "Scorecard" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("scorecard-version")).toContainText("Version 1");
  await expect(page.getByLabel("Scorecard name")).toHaveValue("Standard call quality");

  // A new criterion starts with sensible defaults and the focus in its name.
  await page.getByRole("button", { name: "Add criterion" }).click();
  const added = page.getByRole("group", { name: /^Criterion 10:/ });
  await expect(added.getByLabel("Name", { exact: true })).toBeFocused();
  await expect(added.getByLabel("Name", { exact: true })).toHaveValue("New criterion 10");
  await expect(added.getByLabel("Check type")).toHaveValue("phrase");
  await expect(added.getByLabel("Weight")).toHaveValue("1");
  await added.getByLabel("Name", { exact: true }).fill("Offers a refund");

  // A custom category: added, used by a criterion (so it cannot be removed), then removed once unused.
  await page.getByLabel("New category").fill("Upselling");
  await page.getByRole("button", { name: "Add category" }).click();
  const categories = page.getByRole("list", { name: "Categories" });
  await expect(categories.getByRole("listitem").filter({ hasText: "upselling" })).toContainText("Not used yet");
  await added.getByLabel("Category").selectOption({ label: "Upselling" });
  await expect(categories.getByRole("listitem").filter({ hasText: "upselling" })).toContainText("Used by 1 criterion");
  await expect(page.getByRole("button", { name: "Remove category Upselling" })).toBeDisabled();
  await added.getByLabel("Category").selectOption({ label: "Problem resolution" });
  await page.getByRole("button", { name: "Remove category Upselling" }).click();
  await expect(categories.getByRole("listitem")).toHaveCount(5);
  await added.getByLabel("Weight").fill("2");
  await added.getByLabel("Advice when it fails (optional)").fill("Offer a refund or a replacement when an order arrives broken.");

  // Saving with no phrases: the service's message appears at the phrases, and what was typed stays.
  await page.getByRole("button", { name: "Save as new version" }).click();
  const refund = page.getByRole("group", { name: "Criterion 10: Offers a refund" });
  await expect(refund.getByText("Phrases needs at least one phrase.")).toBeVisible();
  await expect(refund.getByLabel("Phrases", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(refund.getByLabel("Phrases", { exact: true })).toBeFocused();
  await expect(page.getByRole("alert").filter({ hasText: "Please correct the highlighted fields." })).toBeVisible();
  await expect(refund.getByLabel("Name", { exact: true })).toHaveValue("Offers a refund");
  await snapshot(page, testInfo, "scorecard-error");

  // Reorder: up one place, and the criterion keeps its fields.
  await refund.getByRole("button", { name: "Move criterion 10 up" }).click();
  await expect(page.getByRole("group", { name: "Criterion 9: Offers a refund" })).toBeVisible();

  await page.getByRole("group", { name: "Criterion 9: Offers a refund" }).getByLabel("Phrases", { exact: true }).fill("refund\nmoney back\nreplacement");
  await page.getByRole("button", { name: "Save as new version" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved as version 2." })).toBeVisible();
  await expect(page.getByTestId("scorecard-version")).toContainText("Version 2");
  await expect(page.getByRole("group", { name: "Criterion 9: Offers a refund" }).getByText("offers-a-refund")).toBeVisible();
  const history = page.getByRole("table", { name: "Scorecard versions" });
  await expect(history.getByRole("row")).toHaveCount(3);

  // Preview the saved draft, edited once more, on the record sent above.
  await waitUntilCompleted(request, recordId);
  await page.reload();
  await page.getByLabel("Passing score").fill("80");
  await page.getByLabel("Record", { exact: true }).selectOption(recordId);
  await page.getByRole("button", { name: "Preview score" }).click();
  await expect(page.getByTestId("preview-score")).toHaveText(/^\d+(\.\d)?$/, { timeout: 15_000 });
  const results = page.getByRole("list", { name: "Criteria results" });
  await expect(results.getByRole("listitem").filter({ hasText: "Offers a refund" }).first()).toContainText("Passed");
  await expect(results.getByRole("listitem").filter({ hasText: "Discloses that the call is recorded" }).first()).toContainText("Passed");
  await expect(results.getByRole("listitem").filter({ hasText: "Resolves the issue" }).first()).toContainText("Not evaluated");
  await expect(page.getByRole("status").filter({ hasText: /^Preview ready: score [\d.]+ out of 100, compliance passed\.$/ })).toBeAttached();
  await snapshot(page, testInfo, "scorecard-preview");

  // Required only on longer calls: the 42-second call does not count the miss against the agent.
  const refundDraft = page.getByRole("group", { name: "Criterion 9: Offers a refund" });
  await refundDraft.getByLabel("Phrases", { exact: true }).fill("store credit");
  await refundDraft.getByLabel("The call lasted at least (seconds)").fill("120");
  await page.getByRole("button", { name: "Preview score" }).click();
  const notRequired = results.getByRole("listitem").filter({ hasText: "Offers a refund" }).first();
  await expect(notRequired).toContainText("Not applicable");
  await expect(notRequired).toContainText("Not required: the call lasted 0:42, under 120 s.");

  // Nothing was saved by the preview.
  await expect(page.getByTestId("scorecard-version")).toContainText("Version 2");
  await expect(history.getByRole("row")).toHaveCount(3);

  // Version 1 opens read-only.
  await history.getByRole("link", { name: "View version 1" }).click();
  await expect(page).toHaveURL(/\?version=1$/);
  await expect(page.getByRole("note")).toContainText("You are viewing version 1");
  await expect(page.getByRole("group", { name: /^Criterion 10:/ })).toHaveCount(0);
  await expect(page.getByLabel("Scorecard name")).toBeDisabled();
  await expect(page.getByRole("button", { name: "Save as new version" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Preview score" })).toHaveCount(0);
  await snapshot(page, testInfo, "scorecard-version-1");
  await page.getByRole("link", { name: "Back to the current version" }).click();
  await expect(page.getByRole("group", { name: "Criterion 9: Offers a refund" })).toBeVisible();
});
