import { expect, test } from "@playwright/test";
import { readSeed, uniqueName } from "../seed";
import { snapshot } from "./helpers";

test("export the filtered records list, watch the export finish on the Exports page, download it", async ({ page, request }, testInfo) => {
  test.setTimeout(120_000);
  // Records through the API: this test is about exporting them.
  const headers = { authorization: `Bearer ${readSeed().apiKey}` };
  const project = uniqueName("Export UI");
  const projectId = (await (await request.post("/api/v1/projects", { headers, data: { name: project } })).json()).data.id as string;
  const title = uniqueName("Refund chat");
  const created = await request.post("/api/v1/records", {
    headers,
    data: { projectId, type: "chat", title, agentName: "Ana", messages: [{ speaker: "customer", text: "I would like a refund, please." }, { speaker: "agent", text: "Thank you for contacting us, I will refund it today." }] },
  });
  expect(created.status()).toBe(201);

  await page.goto(`/records?projectId=${projectId}`);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Export records" });
  await expect(dialog).toContainText(`Project ${project}`);
  await dialog.getByLabel("CSV (spreadsheet)").check();
  await dialog.getByLabel("Transcript").check();
  await snapshot(page, testInfo, "export-dialog");
  await dialog.getByRole("button", { name: "Start export" }).click();

  await expect(page).toHaveURL(/\/exports$/);
  await expect(page.getByRole("heading", { level: 1, name: "Exports" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: `Project ${project}` }).first();
  await expect(row).toContainText("CSV");
  // The page refreshes itself until the job has written the file.
  const link = row.getByRole("link", { name: /^Download CSV export/ });
  await expect(link).toBeVisible({ timeout: 60_000 });
  await expect(row).toContainText("Ready");
  await expect(row).toContainText("1 record ·");
  await snapshot(page, testInfo, "exports");

  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^callscope-records-\d{4}-\d{2}-\d{2}-exp_[0-9A-Za-z]+\.csv$/);
  const content = await (await import("node:fs/promises")).readFile((await download.path())!, "utf8");
  expect(content.split("\r\n")[0]).toMatch(/^id,createdAt,type,.*,transcript$/);
  expect(content).toContain(title);
  expect(content).toContain("I would like a refund, please.");
});
