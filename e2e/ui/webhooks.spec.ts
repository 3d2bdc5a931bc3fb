import { expect, test } from "@playwright/test";
import { startWebhookReceiver, type WebhookReceiver } from "../../test-fixtures/webhook-receiver";
import { uniqueName } from "../seed";
import { snapshot } from "./helpers";

let receiver: WebhookReceiver;

test.beforeAll(async () => {
  // The server under test runs with WEBHOOK_ALLOW_PRIVATE_URLS=true, so it may deliver to 127.0.0.1.
  receiver = await startWebhookReceiver();
});
test.afterAll(async () => {
  await receiver?.close();
});

test("add an endpoint, copy its secret once, send a test event, see the delivery and resend it", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const description = uniqueName("Helpdesk");
  await page.goto("/settings/webhooks");
  await page.getByLabel("Endpoint URL").fill(receiver.url);
  await page.getByLabel("Description (optional)").fill(description);
  await expect(page.getByRole("checkbox", { name: "record.completed" })).toBeChecked();
  await page.getByRole("checkbox", { name: "review.submitted" }).check();
  await page.getByRole("button", { name: "Add endpoint" }).click();

  const secretField = page.getByLabel(`Signing secret for ${receiver.url}`);
  await expect(secretField).toBeVisible();
  const secret = await secretField.inputValue();
  expect(secret).toMatch(/^whsec_[0-9A-Za-z]{32}$/);
  receiver.secret = secret;
  await expect(page.getByRole("button", { name: "Copy secret" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: description });
  await expect(row).toContainText("review.submitted");
  await expect(row).toContainText("Enabled");
  await expect(row).not.toContainText(secret);
  await snapshot(page, testInfo, "webhooks");

  await page.getByRole("link", { name: "Open the endpoint and send a test event →" }).click();
  await expect(page.getByRole("heading", { name: "Webhook endpoint" })).toBeVisible();
  // Shown once: the endpoint's page has only its prefix.
  await expect(page.getByText(secret)).toHaveCount(0);
  await expect(page.getByText(`${secret.slice(0, 14)}…`)).toBeVisible();

  await page.getByRole("button", { name: "Send test event" }).click();
  await expect(page.getByText("Test event queued.")).toBeVisible();
  const deliveries = page.getByRole("region", { name: "Deliveries" });
  const firstRow = deliveries.getByRole("row").filter({ hasText: "webhook.test" });
  // The page follows pending deliveries by itself.
  await expect(firstRow).toContainText("Succeeded", { timeout: 30_000 });
  await expect(firstRow).toContainText("HTTP 200");
  await expect(firstRow).toContainText("1 of 10");
  expect(receiver.valid().map((r) => r.event?.type)).toEqual(["webhook.test"]);
  const eventId = receiver.valid()[0]!.event!.id;

  await firstRow.getByText("Details").click();
  await expect(firstRow).toContainText(eventId);
  await snapshot(page, testInfo, "webhook-deliveries");

  await firstRow.getByRole("button", { name: /^Resend webhook\.test delivery dlv_/ }).click();
  await expect(deliveries.getByRole("row").filter({ hasText: "Resent from" })).toContainText("Succeeded", { timeout: 30_000 });
  expect(receiver.valid().map((r) => r.event?.id)).toEqual([eventId, eventId]);

  // Disabled: no test events, no resends.
  await page.getByRole("button", { name: `Disable ${receiver.url}` }).click();
  await expect(page.getByRole("button", { name: `Enable ${receiver.url}` })).toBeVisible();
  await expect(page.getByRole("button", { name: "Send test event" })).toBeDisabled();
  await expect(deliveries.getByRole("button", { name: /^Resend/ })).toHaveCount(0);

  await page.getByRole("button", { name: "Delete endpoint" }).click();
  await page.getByRole("dialog", { name: "Delete this endpoint?" }).getByRole("button", { name: "Delete endpoint" }).click();
  await expect(page).toHaveURL(/\/settings\/webhooks$/);
  await expect(page.getByRole("row").filter({ hasText: description })).toHaveCount(0);
});

test("an endpoint needs an http(s) URL and at least one event", async ({ page }) => {
  await page.goto("/settings/webhooks");
  await page.getByLabel("Endpoint URL").fill("ftp://files.example.com/in");
  await page.getByRole("checkbox", { name: "record.completed" }).uncheck();
  await page.getByRole("button", { name: "Add endpoint" }).click();
  await expect(page.getByText("Endpoint URL must be an http:// or https:// URL.")).toBeVisible();
  await expect(page.getByText("Events must name at least one event.")).toBeVisible();
  // What was typed stays for correcting.
  await expect(page.getByLabel("Endpoint URL")).toHaveValue("ftp://files.example.com/in");
});
