import { expect, test } from "@playwright/test";
import { snapshot } from "./helpers";

test("the overview shows the organization, its counts and a first API call", async ({ page }, testInfo) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Demo Call Center" })).toBeVisible();
  await expect(page.getByText("Projects", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("term").filter({ hasText: "Members" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Get started" })).toBeVisible();
  await expect(page.getByLabel("Example request")).toContainText("/api/v1/projects");
  await expect(page.getByLabel("Example request")).toContainText("Authorization: Bearer");

  const nav = page.getByRole("navigation", { name: "Main" });
  for (const link of ["Overview", "Projects", "Members", "API keys", "API reference"]) {
    await expect(nav.getByRole("link", { name: link })).toBeVisible();
  }
  await expect(nav.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
  await snapshot(page, testInfo, "overview");
});
