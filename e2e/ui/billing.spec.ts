import { expect, test } from "@playwright/test";
import { readSeed, uniqueName } from "../seed";
import { snapshot } from "./helpers";

const auth = () => ({ authorization: `Bearer ${readSeed().apiKey}` });

/*
 * The demo organization is shared with the other specs: the budget set here is
 * far above anything they spend, and it is removed again at the end.
 */
test("the billing page shows the period's usage as a chart and sets the budget", async ({ page, request }, testInfo) => {
  // Usage to show: one call, processed.
  const projects = await (await request.get("/api/v1/projects?pageSize=1&sort=createdAt&order=asc", { headers: auth() })).json();
  const projectId = projects.data[0].id as string;
  const created = await request.post("/api/v1/records", {
    headers: auth(),
    data: {
      projectId,
      type: "call",
      title: uniqueName("Billed call"),
      transcript: { segments: [{ speaker: "agent", text: "Thank you for calling, how can I help you today?", startMs: 0, endMs: 4000 }] },
    },
  });
  expect(created.status()).toBe(201);
  const recordId = (await created.json()).data.id as string;
  await expect
    .poll(async () => (await (await request.get(`/api/v1/records/${recordId}`, { headers: auth() })).json()).data.status, { timeout: 60_000 })
    .toBe("completed");

  try {
    await page.goto("/");
    await page.getByRole("navigation").getByRole("link", { name: "Billing" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Billing" })).toBeVisible();

    const chart = page.getByRole("figure", { name: "Usage by day" });
    await expect(chart).toBeVisible();
    await expect(chart.locator(".recharts-bar-rectangle").first()).toBeVisible();
    await expect(chart).toContainText(/over \d+ days? with usage/);
    await expect(page.getByRole("region", { name: "By project" }).getByRole("cell", { name: projects.data[0].name })).toBeVisible();
    await expect(page.getByRole("region", { name: "By kind" }).getByRole("cell", { name: "Analyses" })).toBeVisible();
    await snapshot(page, testInfo, "billing");

    const field = page.getByLabel("Monthly budget (USD)");
    await field.fill("-5");
    await page.getByRole("button", { name: "Save budget" }).click();
    await expect(page.getByText("Monthly budget (USD) must be zero or more (null removes the budget).")).toBeVisible();
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveValue("-5");

    await field.fill("250000");
    await page.getByRole("button", { name: "Save budget" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Budget saved." })).toBeVisible();
    await expect(page.getByRole("meter", { name: "Budget used" })).toBeVisible();
    await expect(page.getByText("$250,000.00", { exact: true }).first()).toBeVisible();
    await snapshot(page, testInfo, "billing-with-budget");

    await field.fill("");
    await page.getByRole("button", { name: "Save budget" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Budget removed." })).toBeVisible();
    await expect(page.getByRole("meter", { name: "Budget used" })).toHaveCount(0);
  } finally {
    // Whatever happened above, leave the shared organization without a budget.
    await page.request.patch(`/api/v1/billing/budget/${readSeed().organizationId}`, { data: { budgetLimit: null } });
  }
});
