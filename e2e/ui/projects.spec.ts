import { expect, test, type Page } from "@playwright/test";
import { uniqueName } from "../seed";
import { snapshot } from "./helpers";

async function createProject(page: Page, name: string, description = "") {
  await page.goto("/projects");
  await page.getByLabel("Project name").fill(name);
  if (description) await page.getByLabel("Description (optional)").fill(description);
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page).toHaveURL(/\/projects\/proj_[0-9A-Za-z]+$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

test("create a project and edit every setting", async ({ page }, testInfo) => {
  const name = uniqueName("Sales line");
  await createProject(page, name, "Outbound sales calls");

  // A bad value is named next to its field and nothing else is lost.
  await page.getByLabel("Language").fill("english");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Language must be a language tag such as en or en-US.")).toBeVisible();
  await expect(page.getByLabel("Language")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Language")).toHaveValue("english");

  const renamed = `${name} (EU)`;
  await page.getByLabel("Name", { exact: true }).fill(renamed);
  await page.getByLabel("Description").fill("Outbound sales calls in France");
  await page.getByLabel("Language").fill("fr-FR");
  await page.getByLabel("Right channel").check();
  await page.getByLabel("Summaries", { exact: true }).uncheck();
  await page.getByLabel("Redact personal data").check();
  await page.getByLabel("Phone numbers").uncheck();
  await page.getByLabel("Keep the original audio").check();
  await page.getByLabel("Retention (days)").fill("90");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Project settings saved." })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();
  await expect(page.getByLabel("Description")).toHaveValue("Outbound sales calls in France");
  await expect(page.getByLabel("Language")).toHaveValue("fr-FR");
  await expect(page.getByLabel("Right channel")).toBeChecked();
  await expect(page.getByLabel("Summaries", { exact: true })).not.toBeChecked();
  await expect(page.getByLabel("Sentiment")).toBeChecked();
  await expect(page.getByLabel("Redact personal data")).toBeChecked();
  await expect(page.getByLabel("Phone numbers")).not.toBeChecked();
  await expect(page.getByLabel("Email addresses")).toBeChecked();
  await expect(page.getByLabel("Keep the original audio")).toBeChecked();
  await expect(page.getByLabel("Retention (days)")).toHaveValue("90");
  await snapshot(page, testInfo, "project-settings");

  // Emptying retention means "keep until deleted".
  await page.getByLabel("Retention (days)").fill("");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Project settings saved." })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Retention (days)")).toHaveValue("");

  await page.getByRole("link", { name: "← Projects" }).click();
  await expect(page.getByRole("link", { name: renamed })).toBeVisible();
  await snapshot(page, testInfo, "projects");
});

test("creating a project with a name already in use names the field", async ({ page }) => {
  const name = uniqueName("Duplicate");
  await createProject(page, name);
  await page.goto("/projects");
  await page.getByLabel("Project name").fill(name);
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByText("Project name is already used by another project.")).toBeVisible();
  await expect(page.getByLabel("Project name")).toHaveValue(name);

  await page.getByLabel("Project name").fill("");
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByText("Project name is required.")).toBeVisible();
});

test("delete a project after confirming", async ({ page }) => {
  const name = uniqueName("Short-lived");
  await createProject(page, name);
  const url = page.url();

  // Cancelling keeps it.
  await page.getByRole("button", { name: "Delete project" }).click();
  const dialog = page.getByRole("dialog", { name: `Delete ${name}?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole("button", { name: "Delete project" }).click();
  await dialog.getByRole("button", { name: "Delete project" }).click();
  await expect(page).toHaveURL(/\/projects$/);
  await expect(page.getByRole("link", { name })).toHaveCount(0);

  await page.goto(url);
  await expect(page.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
});
