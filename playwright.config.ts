import { defineConfig } from "@playwright/test";

/**
 * Playwright runs against a production build (`npm run build` first) served by
 * scripts/e2e-server.sh on a fresh embedded database with a seeded demo
 * organization (e2e/.state/seed.json). Browsers are Debian's Chromium: nothing
 * is downloaded.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

/** Debian's Chromium, with the flags this sandboxed, offline machine needs. */
const debianChromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
  },
  projects: [
    { name: "api", testDir: "e2e/api" },
    {
      name: "ui-setup",
      testDir: "e2e/ui",
      testMatch: /auth\.setup\.ts/,
      use: {
        launchOptions: debianChromium,
      },
    },
    {
      name: "ui",
      testDir: "e2e/ui",
      testIgnore: /auth\.setup\.ts/,
      dependencies: ["ui-setup"],
      use: {
        storageState: "e2e/.state/admin-session.json",
        screenshot: "on",
        launchOptions: debianChromium,
      },
    },
  ],
  webServer: {
    command: `bash scripts/e2e-server.sh ${PORT}`,
    url: `${BASE_URL}/api/v1/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
