import { expect, test } from "@playwright/test";
import { uniqueName } from "../seed";
import { SIGNED_OUT, snapshot } from "./helpers";

test("create an API key, use it, revoke it", async ({ page, playwright }, testInfo) => {
  const name = uniqueName("Recorder");
  await page.goto("/settings/api-keys");
  await page.getByLabel("Key name").fill(name);
  await page.getByLabel("Role").selectOption("viewer");
  await page.getByRole("button", { name: "Create key" }).click();

  const secretField = page.getByLabel(`Secret key for “${name}”`);
  await expect(secretField).toBeVisible();
  const key = await secretField.inputValue();
  expect(key).toMatch(/^csk_[0-9A-Za-z]{32}$/);
  await expect(page.getByText("It will not be shown again.")).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText(key.slice(0, 12));
  await expect(row).toContainText("active");
  await expect(row).not.toContainText(key);
  await snapshot(page, testInfo, "api-keys");

  // Only the key authenticates this client: no dashboard cookies.
  const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL, storageState: SIGNED_OUT });
  try {
    const headers = { Authorization: `Bearer ${key}` };
    const ok = await api.get("/api/v1/projects", { headers });
    expect(ok.status()).toBe(200);

    // Leaving the page forgets the secret for good.
    await page.reload();
    await expect(page.getByLabel(`Secret key for “${name}”`)).toHaveCount(0);
    await expect(row).not.toContainText("Never");

    await page.getByRole("button", { name: `Revoke ${name}` }).click();
    await page.getByRole("dialog", { name: `Revoke “${name}”?` }).getByRole("button", { name: "Revoke key" }).click();
    await expect(row).toContainText("revoked");
    await expect(row.getByRole("button", { name: `Revoke ${name}` })).toHaveCount(0);

    const refused = await api.get("/api/v1/projects", { headers });
    expect(refused.status()).toBe(401);
  } finally {
    await api.dispose();
  }
});

test("a key needs a name", async ({ page }) => {
  await page.goto("/settings/api-keys");
  await page.getByRole("button", { name: "Create key" }).click();
  await expect(page.getByText("Key name is required.")).toBeVisible();
});
