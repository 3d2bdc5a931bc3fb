import { expect, test } from "@playwright/test";
import { readSeed } from "../seed";
import { SIGNED_OUT, snapshot } from "./helpers";

test.describe("signing in and out", () => {
  test.use({ storageState: SIGNED_OUT });

  test("the dashboard sends a signed-out visitor to the login page", async ({ page }) => {
    await page.goto("/projects");
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole("heading", { name: "Sign in to Callscope" })).toBeVisible();
  });

  test("a wrong password shows an error and signs nobody in", async ({ page }, testInfo) => {
    const seed = readSeed();
    await page.goto("/login");
    await snapshot(page, testInfo, "login");

    await page.getByLabel("Email").fill(seed.email);
    await page.getByLabel("Password", { exact: true }).fill(`${seed.password}-wrong`);
    await page.getByRole("button", { name: "Sign in" }).click();

    // Next's route announcer is also an alert, so pick ours by its text.
    await expect(page.getByRole("alert").filter({ hasText: "Email or password is incorrect" })).toBeVisible();
    await expect(page).toHaveURL(/\/login$/);
    // What was typed stays, so a typo can be fixed without retyping the email.
    await expect(page.getByLabel("Email")).toHaveValue(seed.email);
    await snapshot(page, testInfo, "login-error");
  });

  test("empty fields are named", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Email is required.")).toBeVisible();
    await expect(page.getByText("Password is required.")).toBeVisible();
  });

  test("sign in, then sign out", async ({ page }) => {
    const seed = readSeed();
    await page.goto("/login");
    await page.getByLabel("Email").fill(seed.email);
    await page.getByLabel("Password", { exact: true }).fill(seed.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Demo Call Center" })).toBeVisible();
    await expect(page.getByTestId("current-user-name")).toHaveText("Demo Admin");

    // Signed in, the login page goes straight to the dashboard.
    await page.goto("/login");
    await expect(page).toHaveURL(/\/$/);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login$/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/login$/);
  });
});
