import fs from "node:fs";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { makeTestCalls } from "../../test-fixtures/test-calls";
import { readSeed, uniqueName } from "../seed";
import { snapshot } from "./helpers";

const headers = () => ({ authorization: `Bearer ${readSeed().apiKey}` });
/** A word no other spec says, so this file's record is the only hit. */
const uniqueWord = () => `kw${Array.from({ length: 10 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;

async function completed(request: APIRequestContext, id: string, timeout: number) {
  await expect
    .poll(async () => (await (await request.get(`/api/v1/records/${id}`, { headers: headers() })).json()).data.status, { timeout })
    .toBe("completed");
}

/** Types into the search box every dashboard page has, and submits with Enter. */
async function searchFromHeader(page: Page, words: string) {
  const box = page.getByRole("searchbox", { name: "Search transcripts, summaries and records" });
  await box.fill(words);
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=/);
}

test("search from the header box, see the marked hit, open the record at the matching turn", async ({ page, request }, testInfo) => {
  const word = uniqueWord();
  const project = await request.post("/api/v1/projects", { headers: headers(), data: { name: uniqueName("Search UI") } });
  const projectId = (await project.json()).data.id as string;
  const title = uniqueName("Search UI call");
  const created = await request.post("/api/v1/records", {
    headers: headers(),
    data: {
      projectId,
      type: "call",
      title,
      transcript: {
        segments: [
          { speaker: "agent", startMs: 0, endMs: 4000, text: "Thank you for calling Acme, this is Sam." },
          { speaker: "customer", startMs: 4500, endMs: 9000, text: "Hi, I need help with my account please." },
          { speaker: "agent", startMs: 9500, endMs: 16_000, text: `Of course. Your ${word} warranty covers the repair, so there is nothing to pay.` },
          { speaker: "customer", startMs: 16_500, endMs: 19_000, text: "Wonderful, thank you." },
        ],
      },
    },
  });
  expect(created.status()).toBe(201);
  const id = (await created.json()).data.id as string;
  await completed(request, id, 30_000);

  await page.goto("/records");
  await searchFromHeader(page, `${word} warranty`);
  await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
  const results = page.getByRole("region", { name: "Search results" });
  const hit = results.locator(`[data-record-id="${id}"][data-hit-type="transcript"]`);
  await expect(hit).toBeVisible();
  await expect(hit.getByText("Transcript at 0:09")).toBeVisible();
  await expect(hit.locator("mark").first()).toHaveText(word);
  await expect(hit.locator("mark", { hasText: "warranty" })).toBeVisible();
  // The search form keeps the words.
  await expect(page.getByLabel("Words to find")).toHaveValue(`${word} warranty`);
  await snapshot(page, testInfo, "search-results");

  await hit.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/records/${id}\\?segment=2&t=9\\.5$`));
  const turn = page.getByRole("list", { name: "Transcript" }).locator('[data-segment-index="2"]');
  await expect(turn).toHaveAttribute("data-focused", "true");
  await expect(turn.getByText("Search match", { exact: true })).toBeVisible();
  await expect(turn).toBeInViewport();
  await snapshot(page, testInfo, "search-opened-record");

  // Nothing to search for is an empty result, not an error page.
  await searchFromHeader(page, '"" - or');
  await expect(page.getByText("Nothing found")).toBeVisible();
});

test("a hit in an uploaded call opens the player at the moment it was said", async ({ page, request }) => {
  test.setTimeout(180_000);
  const calls = await makeTestCalls();
  try {
    const project = await request.post("/api/v1/projects", { headers: headers(), data: { name: uniqueName("Search audio") } });
    const projectName = (await project.json()).data.name as string;
    const projectId = (await project.json()).data.id as string;
    const uploaded = await request.post("/api/v1/records/upload", {
      headers: headers(),
      multipart: { projectId, file: { name: "call.wav", mimeType: "audio/wav", buffer: fs.readFileSync(calls.stereoWav) } },
    });
    expect(uploaded.status()).toBe(201);
    const id = (await uploaded.json()).data.id as string;
    await completed(request, id, 150_000);

    // A word that speech-to-text heard in a later turn and not before it, so that turn is where the hit points.
    const { segments } = (await (await request.get(`/api/v1/records/${id}/transcript`, { headers: headers() })).json()).data as {
      segments: { startMs: number; text: string }[];
    };
    let target: { index: number; word: string } | null = null;
    for (let i = 1; i < segments.length && !target; i++) {
      const before = segments.slice(0, i).map((s) => s.text.toLowerCase()).join(" ");
      const word = segments[i]!.text.toLowerCase().split(/[^a-z]+/).find((w) => w.length >= 5 && !before.includes(w.slice(0, 4)));
      if (word) target = { index: i, word };
    }
    expect(target, "a later turn with a word of its own").not.toBeNull();
    const startMs = segments[target!.index]!.startMs;

    await page.goto("/");
    await searchFromHeader(page, target!.word);
    // Other specs upload the same call: narrow to this one's project.
    await page.getByLabel("Project").selectOption({ label: projectName });
    await page.getByRole("button", { name: "Search", exact: true }).click();
    const hit = page.locator(`[data-record-id="${id}"][data-hit-type="transcript"]`);
    await hit.getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`segment=${target!.index}&t=`));
    await expect(page.getByRole("list", { name: "Transcript" }).locator(`[data-segment-index="${target!.index}"]`)).toHaveAttribute("data-focused", "true");
    const player = page.getByTestId("player-time");
    await expect
      .poll(async () => Number(await player.getAttribute("data-seconds")), { timeout: 20_000 })
      .toBeGreaterThanOrEqual(startMs / 1000 - 0.5);
  } finally {
    await calls.cleanup();
  }
});
