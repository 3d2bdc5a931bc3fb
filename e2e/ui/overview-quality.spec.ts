import { expect, test, type APIRequestContext } from "@playwright/test";
import { readSeed, uniqueName } from "../seed";
import { snapshot } from "./helpers";

const auth = () => ({ authorization: `Bearer ${readSeed().apiKey}` });

const HAPPY = [
  ["agent", "Thank you for calling, my name is Ana. This call is recorded for quality. How can I help?"],
  ["customer", "My internet connection keeps dropping every evening."],
  ["agent", "I am sorry to hear that. Could you confirm your account number? I will reset the router from here."],
  ["customer", "It works now, that is wonderful, thank you so much, great service!"],
  ["agent", "Is there anything else I can help with? Have a great day."],
] as const;

const ANGRY = [
  ["agent", "Hello."],
  ["customer", "My internet connection is down again and the router keeps failing."],
  ["agent", "Calm down, that is not my problem."],
  ["customer", "This is terrible and awful service. I am furious and I will cancel my contract."],
] as const;

async function createCall(request: APIRequestContext, projectId: string, turns: readonly (readonly [string, string])[]): Promise<string> {
  const segments = turns.map(([speaker, text], i) => ({ speaker, text, startMs: i * 5000, endMs: i * 5000 + 4500 }));
  const response = await request.post("/api/v1/records", {
    headers: auth(),
    data: { projectId, type: "call", title: uniqueName("Support call"), durationMs: turns.length * 5000, transcript: { segments } },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { data: { id: string } }).data.id;
}

async function waitUntilCompleted(request: APIRequestContext, id: string) {
  await expect
    .poll(async () => ((await (await request.get(`/api/v1/records/${id}`, { headers: auth() })).json()) as { data: { status: string } }).data.status, {
      timeout: 60_000,
      intervals: [250, 500, 1000],
    })
    .toBe("completed");
}

/** A reviewer confirms the AI on every criterion but one, so agreement is a number. */
async function reviewDisagreeingOnce(request: APIRequestContext, recordId: string) {
  const list = await request.get(`/api/v1/analyses?recordId=${recordId}`, { headers: auth() });
  expect(list.status()).toBe(200);
  const [summary] = ((await list.json()) as { data: { id: string }[] }).data;
  const full = await request.get(`/api/v1/analyses/${summary!.id}`, { headers: auth() });
  const analysis = ((await full.json()) as { data: { id: string; criteria: { id: string; result: string }[] } }).data;
  const answers = analysis.criteria.map((c, i) => ({
    criterionId: c.id,
    result: i === 0 ? (c.result === "passed" ? "failed" : "passed") : c.result === "not_evaluated" ? "not_applicable" : c.result,
  }));
  const review = await request.post(`/api/v1/analyses/${analysis.id}/review`, { headers: auth(), data: { answers } });
  expect(review.status()).toBe(201);
}

test("the overview shows a project's quality for a period: numbers, trend, sentiment and key phrases with text alternatives", async ({ page, request }, testInfo) => {
  test.setTimeout(120_000);
  const project = uniqueName("Quality UI");
  const created = await request.post("/api/v1/projects", { headers: auth(), data: { name: project } });
  expect(created.status()).toBe(201);
  const projectId = ((await created.json()) as { data: { id: string } }).data.id;
  const ids = [await createCall(request, projectId, HAPPY), await createCall(request, projectId, ANGRY)];
  for (const id of ids) await waitUntilCompleted(request, id);
  await reviewDisagreeingOnce(request, ids[0]!);

  // The project filter is a plain GET form: the choice lands in the address.
  await page.goto("/");
  const filters = page.getByRole("search", { name: "Quality period and project" });
  await expect(filters.getByLabel("From")).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await expect(filters.getByLabel("To")).toHaveValue(new Date().toISOString().slice(0, 10));
  await filters.getByLabel("Project").selectOption({ label: project });
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]projectId=${projectId}`));
  await expect(page.getByRole("heading", { name: "Quality", exact: true })).toBeVisible();
  await expect(page.getByText(`, ${project}.`)).toBeVisible();

  const quality = page.getByRole("region", { name: "Quality", exact: true });
  const stat = (label: string) =>
    quality.getByRole("term").filter({ hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]");
  await expect(stat("Records")).toHaveText("2");
  await expect(stat("Average score")).toHaveText(/^\d+(\.\d)?$/);
  await expect(stat("Compliance pass rate")).toHaveText("50%");
  await expect(stat("AI–reviewer agreement")).toHaveText(/^\d+%$/);

  const trend = page.getByRole("figure", { name: "Score trend" });
  await expect(trend).toHaveAccessibleDescription(/^Average quality score .*Compliance pass rate/);
  await expect(trend.locator(".recharts-line")).toHaveCount(2);
  const sentiment = page.getByRole("figure", { name: "Customer sentiment" });
  await expect(sentiment).toHaveAccessibleDescription(/^Customer sentiment at the end of 2 analysed conversations: 1 positive \(50%\), 0 neutral \(0%\), 1 negative \(50%\)\.$/);
  await expect(sentiment.getByRole("table")).toContainText("Negative");
  const phrases = page.getByRole("figure", { name: "Top key phrases" });
  await expect(phrases).toHaveAccessibleDescription(/^Most frequent key phrases: “.+” in \d records?/);
  await expect(phrases.locator(".recharts-bar-rectangle").first()).toBeVisible();
  await snapshot(page, testInfo, "overview-quality");

  // A period without records shows empty states, not empty axes.
  await page.goto(`/?from=2001-01-01&to=2001-01-31&projectId=${projectId}`);
  await expect(stat("Records")).toHaveText("0");
  await expect(page.getByRole("figure", { name: "Score trend" })).toHaveAccessibleDescription(/^No analysed records in this period/);
  await expect(page.getByRole("figure", { name: "Customer sentiment" })).toHaveAccessibleDescription("No customer sentiment in this period.");
  await expect(page.getByRole("figure", { name: "Top key phrases" })).toHaveAccessibleDescription("No key phrases in this period.");
  await expect(page.locator(".recharts-wrapper")).toHaveCount(0);
  await snapshot(page, testInfo, "overview-quality-empty");
});
