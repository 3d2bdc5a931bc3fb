import path from "node:path";
import { expect, test } from "@playwright/test";
import { makeTestCalls, type TestCalls } from "../../test-fixtures/test-calls";
import { uniqueName } from "../seed";
import { snapshot } from "./helpers";

let calls: TestCalls;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  calls = await makeTestCalls();
});
test.afterAll(async () => {
  await calls?.cleanup();
});

test("upload calls by drag-and-drop input, follow one to completed, play it against its transcript", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const wavName = path.basename(calls.stereoWav);
  const badName = path.basename(calls.notAudio);

  // A project of its own keeps the list assertions independent of other tests.
  const project = uniqueName("Records UI");
  await page.goto("/projects");
  await page.getByLabel("Project name").fill(project);
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page).toHaveURL(/\/projects\/proj_[0-9A-Za-z]+$/);
  const projectId = page.url().split("/").pop()!;

  await page.goto("/records");
  await page.getByRole("link", { name: "Upload recordings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Upload recordings" })).toBeVisible();
  await page.getByLabel("Project", { exact: true }).selectOption({ label: project });
  await page.getByLabel("Agent name (optional)").fill("Ana Agent");
  await page.getByLabel("Choose audio files").setInputFiles([calls.stereoWav, calls.notAudio]);
  await page.getByRole("button", { name: "Upload 2 files" }).click();

  const wavRow = page.locator(`[data-upload="${wavName}"]`);
  const badRow = page.locator(`[data-upload="${badName}"]`);
  await expect(wavRow.getByRole("progressbar")).toBeVisible();
  await expect(badRow.getByRole("alert")).toContainText("not audio we can read");
  await expect(wavRow.locator("[data-record-status]")).toHaveAttribute("data-record-status", /pending|processing|completed/);
  await expect(wavRow.getByText("Completed")).toBeVisible({ timeout: 90_000 });
  await expect(wavRow.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100");
  await snapshot(page, testInfo, "upload");

  await wavRow.getByRole("link", { name: "Open record" }).click();
  await expect(page.getByRole("heading", { level: 1, name: wavName })).toBeVisible();
  await expect(page.getByText("Ana Agent")).toBeVisible();
  const transcript = page.getByRole("list", { name: "Transcript" });
  await expect(transcript.locator('[data-speaker="agent"]').first()).toBeVisible();
  await expect(transcript.locator('[data-speaker="customer"]').first()).toBeVisible();
  await expect(page.getByLabel("Talk metrics")).toContainText("Agent talk ratio");

  // Play, then pause: headless Chromium may or may not advance the audio, so seeking is what is asserted.
  const play = page.getByRole("button", { name: "Play", exact: true });
  await expect(play).toBeEnabled({ timeout: 20_000 });
  await play.click();
  await page.waitForTimeout(1500);
  const pause = page.getByRole("button", { name: "Pause", exact: true });
  if (await pause.isVisible()) await pause.click();

  const word = transcript.locator('[data-speaker="customer"] [data-word]').nth(1);
  const startMs = Number(await word.getAttribute("data-start-ms"));
  expect(startMs).toBeGreaterThan(0);
  await word.click();
  const time = page.getByTestId("player-time");
  await expect(async () => {
    const seconds = Number(await time.getAttribute("data-seconds"));
    expect(Math.abs(seconds - startMs / 1000)).toBeLessThan(0.5);
  }).toPass({ timeout: 5_000 });
  // The clicked word's turn is the one lit.
  await expect(transcript.locator('[data-active="true"]')).toHaveCount(1);
  await snapshot(page, testInfo, "record");

  await page.getByRole("link", { name: "← Records" }).click();
  await page.getByLabel("Project", { exact: true }).selectOption(projectId);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(new RegExp(`projectId=${projectId}`));
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: wavName }) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Completed");
  await expect(row).toContainText("Ana Agent");
  // The refused file created nothing.
  await expect(page.getByRole("link", { name: badName })).toHaveCount(0);
  await snapshot(page, testInfo, "records");
});
