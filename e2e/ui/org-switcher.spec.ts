import { expect, test } from "@playwright/test";
import { uniqueName } from "../seed";
import { SIGNED_OUT, uniqueEmail } from "./helpers";

test("someone with an account joins a second organization and switches between them", async ({ page, browser, request }) => {
  const email = uniqueEmail("multi");
  const name = uniqueName("Multi");
  const ownOrg = uniqueName("Own Org");
  const password = "their-own-password";
  const registered = await request.post("/api/v1/auth/register", {
    data: { email, password, name, organizationName: ownOrg },
  });
  expect(registered.status()).toBe(201);

  await page.goto("/settings/members");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send invitation" }).click();
  const acceptUrl = await page.getByLabel(`Invitation link for ${email}`).inputValue();

  const person = await browser.newContext({ storageState: SIGNED_OUT });
  try {
    const personPage = await person.newPage();
    await personPage.goto(acceptUrl);
    // An existing account confirms with its password and is not asked for a name.
    await expect(personPage.getByLabel("Your name")).toHaveCount(0);
    await personPage.getByLabel("Your Callscope password").fill("not-their-password");
    await personPage.getByRole("button", { name: "Accept and sign in" }).click();
    await expect(personPage.getByText("Password does not match the existing account for this email.")).toBeVisible();

    await personPage.getByLabel("Your Callscope password").fill(password);
    await personPage.getByRole("button", { name: "Accept and sign in" }).click();
    // They land in the organization they just joined, not their older one.
    await expect(personPage.getByRole("heading", { level: 1, name: "Demo Call Center" })).toBeVisible();

    await personPage.getByLabel("Organization: Demo Call Center. Switch organization").click();
    await personPage.getByRole("button", { name: new RegExp(ownOrg) }).click();
    await expect(personPage.getByRole("heading", { level: 1, name: ownOrg })).toBeVisible();
    // As owner of their own organization they may manage members there.
    await expect(personPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Members" })).toBeVisible();

    // The choice is remembered across pages.
    await personPage.goto("/projects");
    await expect(personPage.getByLabel(`Organization: ${ownOrg}. Switch organization`)).toBeVisible();
  } finally {
    await person.close();
  }
});
