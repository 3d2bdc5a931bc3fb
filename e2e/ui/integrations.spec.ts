import { expect, test } from "@playwright/test";
import { snapshot } from "./helpers";

test("generate the ingest secret, see it once, and connect Bitrix24 with field-level errors", async ({ page }, testInfo) => {
  await page.goto("/settings/integrations");
  await expect(page.getByLabel("Delivery URL")).toHaveValue(/\/api\/v1\/records\/ingest\?orgId=org_/);

  // A secret may exist from an earlier run against this server; either way we end with a fresh one.
  const generate = page.getByRole("button", { name: "Generate secret" });
  if (await generate.isVisible()) {
    await generate.click();
  } else {
    await page.getByRole("button", { name: "Replace secret" }).click();
    await page.getByRole("dialog", { name: "Replace the ingest secret?" }).getByRole("button", { name: "Replace secret" }).click();
  }
  const secretField = page.getByLabel("Ingest secret", { exact: true });
  await expect(secretField).toHaveValue(/^cis_[0-9A-Za-z]{32}$/);
  const secret = await secretField.inputValue();
  await expect(page.getByText(`Current secret starts ${secret.slice(0, 12)}…`)).toBeVisible();
  await snapshot(page, testInfo, "integrations");

  await page.reload();
  await expect(page.getByLabel("Ingest secret", { exact: true })).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText(secret);

  await page.getByLabel("Application token").fill("token-from-bitrix");
  await page.getByLabel("Inbound webhook URL").fill("https://example.bitrix24.com/crm/deal/");
  await page.getByRole("button", { name: "Connect Bitrix24" }).click();
  await expect(page.getByText(/must be a Bitrix24 inbound webhook URL/)).toBeVisible();

  await page.getByLabel("Application token").fill("token-from-bitrix");
  await page.getByLabel("Inbound webhook URL").fill("https://example.bitrix24.com/rest/1/abc123xyz/");
  await page.getByRole("button", { name: "Connect Bitrix24" }).click();
  await expect(page.getByText("Connected to example.bitrix24.com")).toBeVisible();
  await page.getByRole("button", { name: "Disconnect" }).click();
  await page.getByRole("dialog", { name: "Disconnect Bitrix24?" }).getByRole("button", { name: "Disconnect" }).click();
  await expect(page.getByText("Connected to example.bitrix24.com")).toHaveCount(0);
});
