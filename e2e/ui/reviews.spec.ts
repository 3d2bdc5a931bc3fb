import { expect, test, type Locator, type Page } from "@playwright/test";
import { readSeed, uniqueName } from "../seed";
import { snapshot, UNDISCLOSED_SUPPORT_CALL } from "./helpers";

/** Where `phrase` starts or ends inside a turn's text, in viewport pixels. */
async function pointAt(turn: Locator, phrase: string, edge: "start" | "end", scroll = true) {
  const text = turn.locator("[data-segment-text]");
  if (scroll) await text.scrollIntoViewIfNeeded();
  return text.evaluate(
    (el, { wanted, side }) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.nodeValue!.indexOf(wanted);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const rects = Array.from(range.getClientRects());
        const rect = side === "start" ? rects[0]! : rects.at(-1)!;
        return { x: side === "start" ? rect.left + 1 : rect.right - 1, y: rect.top + rect.height / 2 };
      }
      throw new Error(`"${wanted}" is not in one text node of the turn`);
    },
    { wanted: phrase, side: edge },
  );
}

/** Drags the mouse from one place to another, as a person selects words. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

async function selectWords(page: Page, turn: Locator, phrase: string) {
  await drag(page, await pointAt(turn, phrase, "start"), await pointAt(turn, phrase, "end"));
}

let projectId: string;
let title: string;

test.beforeAll(async ({ request }) => {
  const headers = { authorization: `Bearer ${readSeed().apiKey}` };
  const project = await request.post("/api/v1/projects", { headers, data: { name: uniqueName("Reviews UI") } });
  expect(project.status()).toBe(201);
  projectId = (await project.json()).data.id;
  title = uniqueName("Review call");
  const created = await request.post("/api/v1/records", {
    headers,
    data: { projectId, type: "call", title, agentName: "Sarah Agent", transcript: { segments: UNDISCLOSED_SUPPORT_CALL } },
  });
  expect(created.status()).toBe(201);
  const id = (await created.json()).data.id as string;
  await expect
    .poll(async () => (await (await request.get(`/api/v1/records/${id}`, { headers })).json()).data.status, { timeout: 30_000 })
    .toBe("completed");
});

test("review from the queue: annotate words, correct the AI, submit, and the record leaves the queue", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reviews" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reviews" })).toBeVisible();
  await page.getByLabel("Project", { exact: true }).selectOption(projectId);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`projectId=${projectId}`));
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: title, exact: true }) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Sarah Agent");
  await expect(row).toContainText(/compliance failed/i);
  await snapshot(page, testInfo, "review-queue");

  await row.getByRole("link", { name: title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Review: ${title}` })).toBeVisible();
  const transcript = page.getByRole("list", { name: "Transcript" });

  // Annotate: select words in one turn, label them, and the highlight survives a reload.
  const apology = transcript.locator('[data-segment-index="2"]');
  await selectWords(page, apology, "so sorry about that");
  const popover = page.getByRole("dialog", { name: "New annotation" });
  await expect(popover).toBeVisible();
  await expect(popover).toContainText("so sorry about that");
  await popover.getByRole("button", { name: "empathy" }).click();
  await expect(popover.getByLabel("Label", { exact: true })).toHaveValue("empathy");
  await popover.getByLabel("Comment (optional)").fill("Sincere apology before asking for details");
  await popover.getByRole("button", { name: "Save annotation" }).click();
  await expect(popover).toHaveCount(0);
  await expect(apology.locator("mark[data-annotation-id]")).toHaveText("so sorry about that");

  // Words of two turns cannot be one annotation: a hint says so, and nothing is offered.
  await transcript.locator('[data-segment-index="4"]').scrollIntoViewIfNeeded();
  const from = await pointAt(transcript.locator('[data-segment-index="3"]'), "it is", "start", false);
  const to = await pointAt(transcript.locator('[data-segment-index="4"]'), "I will refund", "end", false);
  await drag(page, from, to);
  await expect(page.locator('[data-popover="hint"]')).toContainText("select within a single turn");
  await expect(page.getByRole("dialog", { name: "New annotation" })).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(page.locator('[data-popover="hint"]')).toHaveCount(0);

  await page.reload();
  await expect(apology.locator("mark[data-annotation-id]")).toHaveText("so sorry about that");
  await apology.getByRole("button", { name: "Annotation: empathy" }).click();
  const card = page.getByRole("dialog", { name: "Annotation: empathy" });
  await expect(card).toContainText("Sincere apology before asking for details");
  await expect(card).toContainText("Demo Admin");
  await expect(card.getByRole("button", { name: "Edit" })).toBeVisible();
  await card.getByRole("button", { name: "Close annotation" }).click();
  await expect(card).toHaveCount(0);

  // The AI's answers are selected; what it could not judge must be answered before submitting.
  const form = page.getByRole("form", { name: "Review" });
  const disclosure = form.getByRole("group", { name: /Discloses that the call is recorded/ });
  const resolution = form.getByRole("group", { name: /Resolves the issue or agrees a next step/ });
  await expect(disclosure.getByRole("radio", { name: "Failed" })).toBeChecked();
  await expect(form.getByRole("group", { name: /Greets the customer/ }).getByRole("radio", { name: "Passed" })).toBeChecked();
  await expect(resolution.getByRole("radio")).toHaveCount(3);
  for (const radio of await resolution.getByRole("radio").all()) await expect(radio).not.toBeChecked();
  await form.getByRole("button", { name: "Submit review" }).click();
  await expect(resolution.getByRole("alert")).toHaveText("Choose an answer before submitting.");
  await expect(form.getByRole("alert").filter({ hasText: "Answer every criterion before submitting" })).toBeVisible();

  // The reviewer heard the disclosure in the IVR: one correction, plus the answer the AI could not give.
  await disclosure.getByRole("radio", { name: "Passed" }).check();
  await expect(disclosure).toContainText("Changed from the AI's answer");
  await disclosure.getByLabel(/Comment on Discloses/).fill("Disclosure is played by the IVR");
  await resolution.getByRole("radio", { name: "Passed" }).check();
  await form.getByLabel("Overall comment (optional)").fill("Good call; the disclosure happens before the agent joins.");
  await form.getByRole("button", { name: "Save draft" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();
  await form.getByRole("button", { name: "Submit review" }).click();
  const outcome = form.getByTestId("review-outcome");
  await expect(outcome).toContainText("Review submitted");
  await expect(outcome.getByTestId("reviewed-score")).toHaveText(/^\d{1,3}$/);
  await expect(outcome.getByTestId("review-agreement")).toHaveText(/^\d{1,3}%$/);
  await expect(outcome).toContainText(/compliance passed/i);
  await expect(outcome.getByRole("link", { name: /Next in the queue|Back to the queue/ })).toBeVisible();

  // The submission replaced the reviewer's draft: one row besides the header.
  const history = page.getByRole("table", { name: "Review history" });
  await expect(history.getByRole("row")).toHaveCount(2);
  await expect(history.getByRole("row").nth(1)).toContainText("Submitted");
  await expect(history.getByRole("row").nth(1)).toContainText("Demo Admin");
  await snapshot(page, testInfo, "review");

  await page.goto(`/reviews?projectId=${projectId}`);
  await expect(page.getByRole("link", { name: title, exact: true })).toHaveCount(0);
  await expect(page.getByText("Nothing to review in this project")).toBeVisible();
  await snapshot(page, testInfo, "review-queue-empty");
});
