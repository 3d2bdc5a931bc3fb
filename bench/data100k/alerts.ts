/**
 * Alert evaluation per analysis on the 100,000-record organization: the app's
 * `evaluateAlertsForAnalysis` (what the evaluate-alerts job runs) for a sample
 * of analyses, with 1, 10 and 50 enabled rules of mixed kinds (score,
 * compliance, sentiment, a criterion, keywords, windows). Everything it
 * writes is rolled back, so the database is left as it was.
 *
 *   node_modules/.bin/tsx bench/data100k/alerts.ts --url postgres://… [--org demo] [--sample 500] [--json out.json]
 */
import fs from "node:fs";
import os from "node:os";
import { and, desc, eq, inArray } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { alertRules, analyses } from "@/db/schema";
import { newId } from "@/lib/ids";
import type { AlertCondition } from "@/lib/alerts/condition";
import { evaluateAlertsForAnalysis } from "@/lib/services/alerts/evaluate-alerts";
import { findOrganizationByIdOrSlug } from "@/lib/services/orgs/find-organization";
import { optionalArg, requiredArg } from "@/scripts/cli-args";

/** Rules people write; cycled to make 10 or 50. Keyword rules read the transcript. */
const CONDITIONS: AlertCondition[] = [
  { field: "qualityScore", operator: "lt", value: 60 },
  { field: "complianceStatus", operator: "eq", value: "failed" },
  { field: "customerSentiment", operator: "eq", value: "negative" },
  { field: "criterion", criterionId: "no-forbidden-phrases", operator: "eq", value: "failed" },
  { field: "keyword", operator: "contains", value: "speak to a manager" },
  { field: "durationSeconds", operator: "gt", value: 600 },
  { field: "keyword", operator: "contains", value: "cancel my subscription", speaker: "customer" },
  { field: "customerSentimentScore", operator: "lte", value: -0.5 },
  { field: "qualityScore", operator: "lt", value: 40 },
  { field: "criterion", criterionId: "recording-disclosure", operator: "eq", value: "failed" },
] as AlertCondition[];

const rollback = new Error("rollback");
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
const round = (n: number) => Math.round(n * 100) / 100;

async function main() {
  const handle = await openDatabase({ url: requiredArg("url"), poolSize: 2 });
  const { db } = handle;
  const org = await findOrganizationByIdOrSlug(db, requiredArg("org", "demo"));
  if (!org) throw new Error("no such organization");
  const sample = Number(requiredArg("sample", "500"));
  const jsonPath = optionalArg("json");
  const ids = (
    await db.select({ id: analyses.id }).from(analyses).where(and(eq(analyses.orgId, org.id), eq(analyses.status, "completed"))).orderBy(desc(analyses.createdAt)).limit(sample)
  ).map((r) => r.id);
  const results = [];
  for (const ruleCount of [1, 10, 50]) {
    const ruleIds: string[] = [];
    await db.insert(alertRules).values(
      Array.from({ length: ruleCount }, (_, i) => {
        const id = newId("alertRule");
        ruleIds.push(id);
        // Every fifth rule counts per agent over a day, as "3 low scores for one agent" would.
        const window = i % 5 === 4 ? { count: 3, within: { amount: 1, unit: "days" as const }, per: "agent" as const } : null;
        return { id, orgId: org.id, name: `Bench rule ${i + 1}`, condition: CONDITIONS[i % CONDITIONS.length]!, window, actions: [], enabled: true };
      }),
    );
    const times: number[] = [];
    let matched = 0;
    let incidents = 0;
    const load = os.loadavg()[0]!;
    try {
      for (const analysisId of ids) {
        const t0 = performance.now();
        // The evaluation and its writes, then rolled back: the next analysis sees the same empty history.
        await db
          .transaction(async (tx) => {
            const result = await evaluateAlertsForAnalysis(tx, { orgId: org.id, analysisId }, { sendEvents: async () => {} });
            matched += result.matched;
            incidents += result.incidentIds.length;
            times.push(performance.now() - t0);
            throw rollback;
          })
          .catch((error: unknown) => {
            if (error !== rollback) throw error;
          });
      }
    } finally {
      await db.delete(alertRules).where(inArray(alertRules.id, ruleIds));
    }
    times.sort((a, b) => a - b);
    results.push({
      rules: ruleCount,
      analyses: ids.length,
      meanMs: round(times.reduce((a, b) => a + b, 0) / times.length),
      p50Ms: round(percentile(times, 50)),
      p95Ms: round(percentile(times, 95)),
      matchesPerAnalysis: round(matched / ids.length),
      incidentsPerAnalysis: round(incidents / ids.length),
      load,
    });
  }
  await handle.close();
  const lines = [
    `## Alert evaluation per analysis (${new Date().toISOString().slice(0, 10)}), 100,000-record organization`,
    "",
    `${ids.length} analyses, each evaluated in a transaction that is then rolled back. Node ${process.version}, ${os.cpus().length} CPUs.`,
    "",
    "| enabled rules | mean ms | p50 ms | p95 ms | rules matched per analysis | incidents per analysis | load |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...results.map((r) => `| ${r.rules} | ${r.meanMs} | ${r.p50Ms} | **${r.p95Ms}** | ${r.matchesPerAnalysis} | ${r.incidentsPerAnalysis} | ${r.load.toFixed(2)} |`),
  ];
  console.log(lines.join("\n"));
  if (jsonPath) fs.writeFileSync(jsonPath, JSON.stringify(results, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
