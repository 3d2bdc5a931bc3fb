import fs from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { makeTestCalls } from "../../test-fixtures/test-calls";
import { readSeed, uniqueName } from "../seed";
import { snapshot, UNDISCLOSED_SUPPORT_CALL } from "./helpers";

const headers = () => ({ authorization: `Bearer ${readSeed().apiKey}` });

async function analysedCall(request: APIRequestContext, prefix: string) {
  const project = await request.post("/api/v1/projects", { headers: headers(), data: { name: uniqueName(prefix) } });
  expect(project.status()).toBe(201);
  const projectId = (await project.json()).data.id as string;
  const title = uniqueName(`${prefix} call`);
  const created = await request.post("/api/v1/records", {
    headers: headers(),
    data: { projectId, type: "call", title, agentName: "Sarah Agent", transcript: { segments: UNDISCLOSED_SUPPORT_CALL } },
  });
  expect(created.status()).toBe(201);
  const id = (await created.json()).data.id as string;
  await expect
    .poll(async () => (await (await request.get(`/api/v1/records/${id}`, { headers: headers() })).json()).data.status, { timeout: 30_000 })
    .toBe("completed");
  return { projectId, id, title };
}

test("a record's analysis: score, compliance, criteria with evidence that shows the turn, sentiment, re-analysis", async ({ page, request }, testInfo) => {
  test.setTimeout(90_000);
  const { id, title } = await analysedCall(request, "Analysis UI");

  await page.goto(`/records/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const analysis = page.getByRole("region", { name: "Quality analysis" });
  await expect(analysis.getByTestId("quality-score")).toHaveText(/^\d{1,3}$/);
  await expect(analysis.getByText(/^(Passing \(\d+ or more\)|Below the passing score of \d+)$/)).toBeVisible();
  await expect(analysis.getByText("Compliance failed")).toBeVisible();
  await expect(analysis.getByRole("definition").filter({ hasText: /^\d+$/ }).first()).toBeVisible();
  await expect(analysis.getByTestId("analysis-summary")).not.toBeEmpty();
  await expect(analysis.getByText(/^Extractive: sentences picked from the transcript/)).toBeVisible();
  await expect(analysis.getByRole("heading", { name: "What to improve" })).toBeVisible();

  const criteria = page.getByRole("region", { name: "Scorecard criteria" });
  const greeting = criteria.locator('[data-criterion-id="greeting"]');
  await expect(greeting).toContainText("Passed");
  await expect(criteria.locator('[data-criterion-id="recording-disclosure"]')).toContainText("Failed");
  await expect(criteria.locator('[data-criterion-id="resolution"]')).toContainText("Not evaluated");
  await expect(criteria.getByRole("heading", { name: /Compliance/ })).toBeVisible();

  const insights = page.getByRole("region", { name: "Sentiment, key phrases and action items" });
  await expect(insights.getByRole("img", { name: /Sentiment of each turn/ })).toBeVisible();
  await expect(insights.getByRole("list", { name: "Legend" })).toContainText("Agent");
  await expect(insights.getByRole("list", { name: "Legend" })).toContainText("Customer");
  await expect(insights.getByRole("list", { name: "Key phrases" }).getByRole("listitem").first()).toBeVisible();

  // Evidence scrolls to its turn, outlines it and marks the quoted words.
  const transcript = page.getByRole("list", { name: "Transcript" });
  const firstTurn = transcript.locator('[data-segment-index="0"]');
  await expect(firstTurn).not.toHaveAttribute("data-focused");
  await greeting.getByRole("button", { name: /^Show evidence/ }).first().click();
  await expect(firstTurn).toHaveAttribute("data-focused", "true");
  await expect(firstTurn.getByText("Evidence", { exact: true })).toBeVisible();
  await expect(firstTurn.locator("mark[data-evidence]")).toContainText(/thank you for calling/i);
  await expect(firstTurn).toBeInViewport();
  await snapshot(page, testInfo, "record-analysis");

  // Re-analyze: the page follows the new analysis until it is done, and the older one stays selectable.
  await analysis.getByRole("button", { name: "Re-analyze" }).click();
  await expect(page).toHaveURL(/\?analysis=ana_[0-9A-Za-z]+$/);
  await expect(analysis.getByTestId("quality-score")).toBeVisible({ timeout: 30_000 });
  const picker = analysis.getByLabel("Analysis");
  await expect(picker.locator("option")).toHaveCount(2);
  await expect(picker.locator("option").first()).toContainText("(newest)");
  const newest = page.url().split("analysis=")[1]!;
  await expect(picker).toHaveValue(newest);
  await picker.selectOption({ index: 1 });
  await expect(page).not.toHaveURL(new RegExp(newest));
  await expect(analysis.getByTestId("quality-score")).toBeVisible();
});

test("a chat's evidence shows the message without a player", async ({ page, request }) => {
  const project = await request.post("/api/v1/projects", { headers: headers(), data: { name: uniqueName("Analysis chat") } });
  const projectId = (await project.json()).data.id as string;
  const created = await request.post("/api/v1/records", {
    headers: headers(),
    data: {
      projectId,
      type: "chat",
      title: uniqueName("Chat"),
      messages: [
        { speaker: "agent", text: "Good morning, how can I help you?" },
        { speaker: "customer", text: "My order never arrived and I am upset." },
        { speaker: "agent", text: "I understand, I am sorry. I will send a replacement today." },
      ],
    },
  });
  const id = (await created.json()).data.id as string;
  await expect
    .poll(async () => (await (await request.get(`/api/v1/records/${id}`, { headers: headers() })).json()).data.status, { timeout: 30_000 })
    .toBe("completed");
  await page.goto(`/records/${id}`);
  await expect(page.getByRole("region", { name: "Audio player" })).toHaveCount(0);
  const empathy = page.locator('[data-criterion-id="empathy"]');
  await expect(empathy).toContainText("Passed");
  await empathy.getByRole("button", { name: /^Show evidence/ }).first().click();
  await expect(page.getByRole("list", { name: "Transcript" }).locator('[data-segment-index="2"]')).toHaveAttribute("data-focused", "true");
});

test("evidence on an uploaded call seeks the player to the moment it quotes", async ({ page, request }) => {
  test.setTimeout(180_000);
  const calls = await makeTestCalls();
  try {
    const project = await request.post("/api/v1/projects", { headers: headers(), data: { name: uniqueName("Evidence audio") } });
    const projectId = (await project.json()).data.id as string;
    const uploaded = await request.post("/api/v1/records/upload", {
      headers: headers(),
      multipart: { projectId, file: { name: "call.wav", mimeType: "audio/wav", buffer: fs.readFileSync(calls.stereoWav) } },
    });
    expect(uploaded.status()).toBe(201);
    const id = (await uploaded.json()).data.id as string;
    await expect
      .poll(async () => (await (await request.get(`/api/v1/records/${id}`, { headers: headers() })).json()).data.status, { timeout: 150_000 })
      .toBe("completed");

    await page.goto(`/records/${id}`);
    const player = page.getByTestId("player-time");
    await expect(page.getByRole("button", { name: "Play", exact: true })).toBeEnabled({ timeout: 20_000 });
    // The agent's apology ("I am sorry to hear that") is the third turn: its evidence must move the player there.
    const apology = calls.turns[2]!;
    const empathy = page.getByRole("region", { name: "Scorecard criteria" }).locator('[data-criterion-id="empathy"]');
    await expect(empathy).toContainText("Passed");
    await empathy.getByRole("button", { name: /^Show evidence/ }).first().click();
    await expect
      .poll(async () => Number(await player.getAttribute("data-seconds")), { timeout: 10_000 })
      .toBeGreaterThan(apology.startMs / 1000 - 1);
    expect(Number(await player.getAttribute("data-seconds"))).toBeLessThan(apology.endMs / 1000);
  } finally {
    await calls.cleanup();
  }
});
