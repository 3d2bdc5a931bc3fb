/**
 * Search latency on 100,000 records: every query through the API
 * (GET /api/v1/search on a running server) and the very statement the
 * service runs (`searchStatement`, plus `searchCountStatement` where the
 * service needs it) sent directly over one PostgreSQL connection,
 * interleaved in one run so both see the same machine.
 *
 *   node_modules/.bin/tsx bench/data100k/search.ts --url postgres://… --base-url http://127.0.0.1:3360 --key csk_… [--org demo] [--rounds 10] [--json out.json]
 *
 * Prints Markdown: p50/p95 per kind of query and overall, and the API ÷ SQL ratio.
 */
import fs from "node:fs";
import os from "node:os";
import { openDatabase } from "@/db/client";
import { findOrganizationByIdOrSlug } from "@/lib/services/orgs/find-organization";
import { searchCountStatement, searchStatement } from "@/lib/services/search/search-query";
import { searchQueryParams } from "@/lib/services/search/search-schemas";
import { optionalArg, requiredArg } from "@/scripts/cli-args";

/** What people type, from rare to very common words in the synthetic set; some with filters. */
const QUERIES: Array<{ kind: string; params: Record<string, string> }> = [
  { kind: "rare word (a surname)", params: { q: "Kowalski" } },
  { kind: "rare word (a surname)", params: { q: "Nakamura" } },
  { kind: "rare word (a city)", params: { q: "Aberdeen" } },
  { kind: "two words", params: { q: "smart meter" } },
  { kind: "two words", params: { q: "engineer visit" } },
  { kind: "two words", params: { q: "hardship fund" } },
  { kind: "phrase", params: { q: '"direct debit"' } },
  { kind: "phrase", params: { q: '"emergency operation"' } },
  { kind: "common word", params: { q: "refund" } },
  { kind: "common word", params: { q: "account" } },
  { kind: "with exclusion", params: { q: "refund -card" } },
  { kind: "or", params: { q: "cancel or cancellation" } },
  { kind: "nothing matches", params: { q: "zeppelin" } },
  { kind: "filtered: recordType chat", params: { q: "refund", recordType: "chat" } },
  { kind: "filtered: compliance failed", params: { q: "complaint", complianceStatus: "failed" } },
  { kind: "filtered: last 30 days", params: { q: "broadband", from: new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10) } },
  { kind: "filtered: sentiment negative", params: { q: "bill", sentiment: "negative" } },
  { kind: "newest first", params: { q: "refund", sort: "createdAt" } },
  { kind: "second page", params: { q: "engineer", offset: "20" } },
  { kind: "transcripts only", params: { q: "router", type: "transcript" } },
];

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

const round = (n: number) => Math.round(n * 10) / 10;

async function main() {
  const url = requiredArg("url");
  const baseUrl = requiredArg("base-url");
  const key = requiredArg("key");
  const rounds = Number(requiredArg("rounds", "10"));
  const jsonPath = optionalArg("json");
  const handle = await openDatabase({ url, poolSize: 1 });
  const org = await findOrganizationByIdOrSlug(handle.db, requiredArg("org", "demo"));
  if (!org) throw new Error("no such organization");

  const api: Record<string, number[]> = {};
  const direct: Record<string, number[]> = {};
  const totals: Record<string, number> = {};
  const apiCall = async (params: Record<string, string>) => {
    const t0 = performance.now();
    const response = await fetch(`${baseUrl}/api/v1/search?${new URLSearchParams(params)}`, { headers: { authorization: `Bearer ${key}` } });
    const body = (await response.json()) as { meta?: { total: number }; error?: unknown };
    const ms = performance.now() - t0;
    if (!response.ok) throw new Error(`${response.status} for ${JSON.stringify(params)}: ${JSON.stringify(body.error)}`);
    return { ms, total: body.meta?.total ?? 0 };
  };
  const sqlCall = async (params: Record<string, string>) => {
    const input = searchQueryParams.parse(params);
    const t0 = performance.now();
    const result = await handle.db.execute(searchStatement(org.id, input));
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<{ total: number }>;
    // The service counts separately only past the last page; so does this.
    if (rows.length === 0 && input.offset > 0) await handle.db.execute(searchCountStatement(org.id, input));
    return performance.now() - t0;
  };

  // Warm-up: one of each, both ways (plans, caches, the server's first compile of the route).
  for (const q of QUERIES) {
    await apiCall(q.params);
    await sqlCall(q.params);
  }
  const load = os.loadavg()[0]!;
  for (let round_ = 0; round_ < rounds; round_++) {
    for (const [i, q] of QUERIES.entries()) {
      const label = `${q.kind}: ${JSON.stringify(q.params)}`;
      // Alternate which goes first so neither always meets a warmer cache.
      const apiFirst = (round_ + i) % 2 === 0;
      if (!apiFirst) (direct[label] ??= []).push(await sqlCall(q.params));
      const viaApi = await apiCall(q.params);
      (api[label] ??= []).push(viaApi.ms);
      totals[label] = viaApi.total;
      if (apiFirst) (direct[label] ??= []).push(await sqlCall(q.params));
    }
  }
  await handle.close();

  const all = (m: Record<string, number[]>) => Object.values(m).flat().sort((a, b) => a - b);
  const lines: string[] = [];
  lines.push(`## Search on 100,000 records: API vs the same SQL (${new Date().toISOString().slice(0, 10)})`, "");
  lines.push(`${QUERIES.length} queries × ${rounds} rounds, one at a time, API and SQL interleaved. Node ${process.version}, ${os.cpus().length} CPUs, load ${load.toFixed(2)} at the start.`, "");
  lines.push("| query | hits | API p50 | API p95 | SQL p50 | SQL p95 | API ÷ SQL (p50) |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  const perQuery: unknown[] = [];
  for (const label of Object.keys(api)) {
    const a = [...api[label]!].sort((x, y) => x - y);
    const d = [...direct[label]!].sort((x, y) => x - y);
    const row = { label, hits: totals[label], apiP50: round(percentile(a, 50)), apiP95: round(percentile(a, 95)), sqlP50: round(percentile(d, 50)), sqlP95: round(percentile(d, 95)) };
    perQuery.push(row);
    lines.push(`| ${label.replace(/\|/g, "\\|")} | ${row.hits} | ${row.apiP50} | ${row.apiP95} | ${row.sqlP50} | ${row.sqlP95} | ${(row.apiP50 / row.sqlP50).toFixed(2)} |`);
  }
  const a = all(api);
  const d = all(direct);
  const overall = { apiP50: round(percentile(a, 50)), apiP95: round(percentile(a, 95)), sqlP50: round(percentile(d, 50)), sqlP95: round(percentile(d, 95)) };
  lines.push(
    `| **all** | | **${overall.apiP50}** | **${overall.apiP95}** | **${overall.sqlP50}** | **${overall.sqlP95}** | **${(overall.apiP50 / overall.sqlP50).toFixed(2)}** (p95: ${(overall.apiP95 / overall.sqlP95).toFixed(2)}) |`,
    "",
    "Times in ms. API: the whole HTTP request (authentication, rate limit, validation, the statement, DTOs, JSON). SQL: the statement alone on an open connection.",
  );
  console.log(lines.join("\n"));
  if (jsonPath) fs.writeFileSync(jsonPath, JSON.stringify({ load, rounds, overall, perQuery }, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
