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
