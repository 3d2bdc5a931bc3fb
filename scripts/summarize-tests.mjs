// Adds up the JSON reports of vitest and Playwright in a folder and prints
// one closing line that CI can read: "Total: N passed, N failed, N skipped".
import fs from "node:fs";
import path from "node:path";

const dir = process.argv[2] ?? "test-results";
let passed = 0;
let failed = 0;
let skipped = 0;
const lines = [];

for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
  const report = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
  if (report.stats && "expected" in report.stats) {
    // Playwright: flaky tests passed on retry; we run without retries, so count them as failed.
    const { expected, unexpected, skipped: pwSkipped, flaky } = report.stats;
    passed += expected;
    failed += unexpected + flaky;
    skipped += pwSkipped;
    lines.push(`${file}: ${expected} passed, ${unexpected + flaky} failed, ${pwSkipped} skipped`);
  } else if ("numPassedTests" in report) {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    lines.push(`${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped`);
  }
}

for (const line of lines) console.log(`  ${line}`);
if (passed + failed === 0) {
  console.log("No test reports found.");
  process.exit(1);
}
console.log(`Total: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
