import path from "node:path";
import { expect, test as setup } from "@playwright/test";
import { readSeed } from "../seed";

const STATE_FILE = path.join(__dirname, "..", ".state", "admin-session.json");

/** Signs in once through the real login page; the ui project reuses the session cookie. */
setup("sign in as the demo admin", async ({ page }) => {
  const seed = readSeed();
  await page.goto("/login");
  await page.getByLabel("Email").fill(seed.email);
  await page.getByLabel("Password", { exact: true }).fill(seed.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Password hashing is deliberately slow, and the api project may be transcribing calls meanwhile.
  await expect(page).toHaveURL(/\/$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Demo Call Center" })).toBeVisible();
  await page.context().storageState({ path: STATE_FILE });
});
