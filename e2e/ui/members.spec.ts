import { expect, test } from "@playwright/test";
import { uniqueName } from "../seed";
import { SIGNED_OUT, snapshot, uniqueEmail } from "./helpers";

test("invite a member who accepts, then change their role and remove them", async ({ page, browser }, testInfo) => {
  const email = uniqueEmail("member");
  const name = uniqueName("Member");
  const password = "correct-horse-battery";

  await page.goto("/settings/members");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Role").selectOption("reviewer");
  await page.getByRole("button", { name: "Send invitation" }).click();

  const linkField = page.getByLabel(`Invitation link for ${email}`);
  await expect(linkField).toBeVisible();
  const acceptUrl = await linkField.inputValue();
  expect(acceptUrl).toMatch(/\/invite\/csi_[0-9A-Za-z]{32}$/);
  await expect(page.getByText("It is shown only once")).toBeVisible();
  await expect(page.getByTestId(`invitation-${email}`)).toBeVisible();
  await snapshot(page, testInfo, "members");

  // The invited person has no session in this browser.
  const invitee = await browser.newContext({ storageState: SIGNED_OUT });
  try {
    const inviteePage = await invitee.newPage();
    await inviteePage.goto(acceptUrl);
    await expect(inviteePage.getByRole("heading", { name: "Join Demo Call Center" })).toBeVisible();
    await expect(inviteePage.getByText(email)).toBeVisible();
    await expect(inviteePage.getByText("Reviewer", { exact: true })).toBeVisible();
    await snapshot(inviteePage, testInfo, "accept-invitation");

    // Mismatched confirmation is caught before anything is created.
    await inviteePage.getByLabel("Your name").fill(name);
    await inviteePage.getByLabel("Choose a password").fill(password);
    await inviteePage.getByLabel("Confirm password").fill(`${password}x`);
    await inviteePage.getByRole("button", { name: "Create account and join" }).click();
    await expect(inviteePage.getByText("Confirm password does not match the password.")).toBeVisible();

    await inviteePage.getByLabel("Confirm password").fill(password);
    await inviteePage.getByRole("button", { name: "Create account and join" }).click();
    await expect(inviteePage).toHaveURL(/\/$/);
    await expect(inviteePage.getByRole("heading", { level: 1, name: "Demo Call Center" })).toBeVisible();
    await expect(inviteePage.getByTestId("current-user-name")).toHaveText(name);
    // A reviewer manages neither members nor keys, so the sidebar does not offer them.
    const nav = inviteePage.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Projects" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Members" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "API keys" })).toHaveCount(0);

    // The link works once.
    await inviteePage.goto(acceptUrl);
    await expect(inviteePage.getByRole("heading", { name: "This invitation has already been used" })).toBeVisible();

    // Back to the admin: the new member is listed and the invitation is no longer pending.
    await page.reload();
    const row = page.getByTestId(`member-${email}`);
    await expect(row).toContainText(name);
    await expect(page.getByTestId(`invitation-${email}`)).toHaveCount(0);

    const roleSelect = row.getByLabel(`Role for ${name}`);
    await expect(roleSelect).toHaveValue("reviewer");
    await roleSelect.selectOption("supervisor");
    await row.getByRole("button", { name: `Save role for ${name}` }).click();
    await expect(row.getByRole("button", { name: `Save role for ${name}` })).toHaveCount(0);
    await page.reload();
    await expect(page.getByTestId(`member-${email}`).getByLabel(`Role for ${name}`)).toHaveValue("supervisor");

    await page.getByRole("button", { name: `Remove ${name}` }).click();
    const dialog = page.getByRole("dialog", { name: `Remove ${name}?` });
    await dialog.getByRole("button", { name: "Remove member" }).click();
    await expect(page.getByTestId(`member-${email}`)).toHaveCount(0);

    // Their session is still valid, but they no longer belong anywhere.
    await inviteePage.goto("/");
    await expect(inviteePage).toHaveURL(/\/no-organization$/);
    await expect(inviteePage.getByRole("heading", { name: "You are not in any organization" })).toBeVisible();
  } finally {
    await invitee.close();
  }
});

test("a revoked invitation link no longer works", async ({ page, browser }) => {
  const email = uniqueEmail("revoked");
  await page.goto("/settings/members");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send invitation" }).click();
  const acceptUrl = await page.getByLabel(`Invitation link for ${email}`).inputValue();

  await page.getByRole("button", { name: `Revoke invitation for ${email}` }).click();
  await expect(page.getByTestId(`invitation-${email}`)).toHaveCount(0);

  const visitor = await browser.newContext({ storageState: SIGNED_OUT });
  try {
    const visitorPage = await visitor.newPage();
    await visitorPage.goto(acceptUrl);
    await expect(visitorPage.getByRole("heading", { name: "This invitation was withdrawn" })).toBeVisible();
    await visitorPage.goto(new URL("/invite/csi_not-a-real-token", acceptUrl).toString());
    await expect(visitorPage.getByRole("heading", { name: "This invitation link is not valid" })).toBeVisible();
  } finally {
    await visitor.close();
  }
});

test("inviting an invalid email names the field", async ({ page }) => {
  await page.goto("/settings/members");
  await page.getByLabel("Email address").fill("not-an-email");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText("Email address must be a valid email address.")).toBeVisible();
  await expect(page.getByLabel("Email address")).toHaveValue("not-an-email");
});
