import type { Page, TestInfo } from "@playwright/test";
import { uniqueName } from "../seed";

/** A browser context with no cookies: someone who has never signed in. */
export const SIGNED_OUT = { cookies: [], origins: [] };

/** A unique, valid email address for a person created by a test. */
export function uniqueEmail(prefix: string): string {
  return `${uniqueName(prefix).replace(/[^a-zA-Z0-9]+/g, "-").toLowerCase()}@example.com`;
}

/** Full-page screenshot saved with the test's output under a readable name. */
export async function snapshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  // From the top, so the sticky sidebar is drawn where a reader expects it.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

/**
 * A support call sent with its transcript: greeted, apologised to and closed
 * properly, but never told it is recorded, so compliance fails (and it heads
 * the review queue).
 */
export const UNDISCLOSED_SUPPORT_CALL = [
  { speaker: "agent", startMs: 0, endMs: 4800, text: "Thank you for calling Acme Broadband, my name is Sarah. How can I help you today?" },
  { speaker: "customer", startMs: 5200, endMs: 12000, text: "I've been charged twice for my subscription this month and nobody has fixed it. This is ridiculous!" },
  { speaker: "agent", startMs: 12500, endMs: 19000, text: "I'm so sorry about that. Could you confirm your account number for me?" },
  { speaker: "customer", startMs: 19500, endMs: 22000, text: "Sure, it is 4417 2231." },
  { speaker: "agent", startMs: 22500, endMs: 31000, text: "I will refund the duplicate charge right now, and I will send you a confirmation email today." },
  { speaker: "customer", startMs: 31500, endMs: 35000, text: "Great, thank you so much, that's really helpful." },
  { speaker: "agent", startMs: 35500, endMs: 40000, text: "Is there anything else I can help with? Have a great day!" },
];
