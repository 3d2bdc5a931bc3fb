/**
 * Re-analysis throughput: 10,000 records with transcripts and a completed
 * analysis each, a new scorecard version saved, re-analysis requested for all
 * of them, and the embedded job runner (inngest/local-runner.ts) left to work
 * through the queue. Run through bench/analysis/run.sh, which starts a
 * throw-away PostgreSQL:
 *
 *   node_modules/.bin/tsx bench/analysis/reanalysis.ts --url postgres://postgres@127.0.0.1:55491/callscope \
 *     [--pgdata <dir>] [--records 10000] [--configs 2x2,4x2,4x4] [--json <file>]
 *   node_modules/.bin/tsx bench/analysis/reanalysis.ts --pglite [...]      # no PostgreSQL: in-memory PGlite
 *
 * Each configuration ("<concurrency>x<per-org concurrency>") gets a fresh
 * database (create database bench_reanalysis_<cfg>), migrated with the app's
 * openDatabase. Seeding uses the app's services for the organization
 * (createOrgWithOwner), the project (createProject) and the new scorecard
 * version (saveScorecard: the pre-tuning default of previous-scorecard.ts), and
 * batched drizzle inserts for records, transcripts and the first analyses.
 * Re-analysis is requested with the app's reanalyzeRecord for every
 * analysis (4 requests at a time, as API clients would), which queues a job
 * run in the same transaction; then a LocalRunner with allJobs and
 * jobDeps.getDb pointed at the database runs until idle.
 *
 * Measured: the requests, the runner's wall time and records per second, the
 * CPU the Node process and the PostgreSQL processes used meanwhile, and,
 * separately, the same 10,000 analyses as a plain analyzeConversation loop
 * (no database, no runner): what is left is the runner's and the database's
 * share per record.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, count, eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { openDatabase, type DbHandle } from "@/db/client";
import { analyses, jobRuns, records, scorecards, transcripts } from "@/db/schema";
import { createOrgWithOwner } from "@/db/testing/factories";
import { allJobs } from "@/inngest/functions";
import { jobDeps } from "@/inngest/deps";
import { LocalRunner } from "@/inngest/local-runner";
import { analyzeConversation, type ConversationAnalysis } from "@/lib/analysis/analyze-conversation";
import { warmUpNlp } from "@/lib/analysis/local";
import { newId } from "@/lib/ids";
import { defaultScorecard } from "@/lib/scoring/default-scorecard";
import type { ScorecardDefinition } from "@/lib/scoring/scorecard-schema";
import { reanalyzeRecord } from "@/lib/services/analyses/reanalyze-record";
import { createProject } from "@/lib/services/projects/create-project";
import { saveScorecard } from "@/lib/services/scorecards/save-scorecard";
import { completedAnalysisColumns } from "@/lib/services/analyses/analysis-columns";
import { previousScorecard } from "./previous-scorecard";
import { baseTranscripts, variant } from "./variants";

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const URL_ = arg("--url");
const PGLITE = process.argv.includes("--pglite");
const PGDATA = arg("--pgdata");
const RECORDS = Number(arg("--records") ?? 10_000);
const CONFIGS = (arg("--configs") ?? "2x2,4x2,4x4").split(",").map((c) => {
  const [concurrency, perOrg] = c.split("x").map(Number);
  if (!concurrency || !perOrg) throw new Error(`bad config ${c}: use <concurrency>x<per-org>, e.g. 2x2`);
  return { name: c, concurrency, perOrg };
});
const JSON_PATH = arg("--json");
const BATCH = 500;

const say = (message: string) => process.stderr.write(`[bench:reanalysis] ${message}\n`);
const seconds = (ms: number) => Math.round(ms / 100) / 10;
const opts = { summary: true, sentiment: true };

/** CPU seconds of the PostgreSQL server: the postmaster and its children, from /proc. */
function postgresCpu(): Map<number, number> | null {
  if (!PGDATA) return null;
  try {
    const postmaster = Number(fs.readFileSync(path.join(PGDATA, "postmaster.pid"), "utf8").split("\n")[0]);
    const ticks = new Map<number, number>();
    for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
      try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        const ppid = Number(fields[1]);
        if (Number(pid) === postmaster || ppid === postmaster) ticks.set(Number(pid), Number(fields[11]) + Number(fields[12]));
      } catch {
        // The process ended while we looked.
      }
    }
    return ticks;
  } catch {
    return null;
  }
}

function cpuSince(before: Map<number, number> | null): number | null {
  const after = postgresCpu();
  if (!before || !after) return null;
  let ticks = 0;
  for (const [pid, t] of after) ticks += t - (before.get(pid) ?? 0);
  return ticks / 100; // USER_HZ is 100 on Linux.
}

async function openFresh(name: string): Promise<DbHandle> {
  if (PGLITE) {
    const handle = await openDatabase({});
    await handle.migrate();
    return handle;
  }
  if (!URL_) throw new Error("--url or --pglite is required");
  const admin = postgres(URL_, { max: 1, onnotice: () => {} });
  const database = `bench_reanalysis_${name.replace(/\W/g, "_")}`;
  await admin.unsafe(`drop database if exists ${database}`);
  await admin.unsafe(`create database ${database}`);
  await admin.end();
  const url = new URL(URL_);
  url.pathname = `/${database}`;
  const handle = await openDatabase({ url: url.toString(), poolSize: 10 });
  await handle.migrate();
  return handle;
}

/** The first analysis of each labelled transcript with the default scorecard: stored (as JSON) with every copy. */
function firstAnalyses(card: ScorecardDefinition): Map<string, ConversationAnalysis> {
  const map = new Map<string, ConversationAnalysis>();
  for (const t of baseTranscripts()) {
    map.set(t.id, analyzeConversation({ recordType: t.type, segments: t.segments, talkMetrics: t.talkMetrics ?? null, durationMs: t.durationMs, scorecard: card, answers: null, settings: opts }));
  }
  return map;
}

async function seed(handle: DbHandle) {
  const { db } = handle;
  const t0 = performance.now();
  const { org, ctx } = await createOrgWithOwner(db, "Reanalysis bench");
  const project = await createProject(ctx, { name: "Support line" });
  const [v1] = await db
    .select()
    .from(scorecards)
    .where(and(eq(scorecards.projectId, project.id), eq(scorecards.version, 1)));
  if (!v1) throw new Error("the project has no scorecard version 1");
  const first = firstAnalyses(v1.definition);
  const analysisIds: string[] = [];
  for (let from = 0; from < RECORDS; from += BATCH) {
    const recordRows: (typeof records.$inferInsert)[] = [];
    const transcriptRows: (typeof transcripts.$inferInsert)[] = [];
    const analysisRows: (typeof analyses.$inferInsert)[] = [];
    for (let i = from; i < Math.min(RECORDS, from + BATCH); i++) {
      const v = variant(i);
      const recordId = newId("record");
      const done = first.get(v.source)!;
      const finished = new Date();
      recordRows.push({
        id: recordId,
        orgId: org.id,
        projectId: project.id,
        type: v.type,
        source: "api",
        status: "completed",
        title: `${v.source} #${i}`,
        agentName: "Bench agent",
        durationMs: v.durationMs,
        qualityScore: done.qualityScore,
        complianceStatus: done.complianceStatus,
        completedAt: finished,
      });
      transcriptRows.push({
        recordId,
        segments: v.segments,
        text: v.segments.map((s) => s.text).join("\n"),
        talkMetrics: v.talkMetrics as Record<string, unknown> | null,
        provider: v.type === "call" ? "pocketsphinx" : "client",
      });
      const analysisId = newId("analysis");
      analysisIds.push(analysisId);
      analysisRows.push({
        id: analysisId,
        orgId: org.id,
        recordId,
        projectId: project.id,
        scorecardId: v1.id,
        scorecardVersion: 1,
        ...completedAnalysisColumns(done, { talkMetrics: v.talkMetrics, analyzer: "local", completedAt: finished }),
      });
    }
    await db.transaction(async (tx) => {
      await tx.insert(records).values(recordRows);
      await tx.insert(transcripts).values(transcriptRows);
      await tx.insert(analyses).values(analysisRows);
    });
  }
  const saved = await saveScorecard(ctx, project.id, previousScorecard());
  return { ctx, project, analysisIds, scorecardVersion: saved.version, seedMs: performance.now() - t0 };
}

async function requestAll(ctx: Parameters<typeof reanalyzeRecord>[0], analysisIds: string[]) {
  const t0 = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < analysisIds.length) {
      const id = analysisIds[next++]!;
      await reanalyzeRecord(ctx, id, {});
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return performance.now() - t0;
}

async function runConfig(config: (typeof CONFIGS)[number]) {
  say(`${config.name}: fresh database, seeding ${RECORDS} records`);
  const handle = await openFresh(config.name);
  const { db } = handle;
  jobDeps.getDb = async () => db;
  const seeded = await seed(handle);
  say(`${config.name}: seeded in ${seconds(seeded.seedMs)} s; requesting re-analysis of ${seeded.analysisIds.length}`);
  const requestMs = await requestAll(seeded.ctx, seeded.analysisIds);
  const [queued] = await db.select({ n: count() }).from(jobRuns).where(eq(jobRuns.status, "queued"));
  say(`${config.name}: ${queued?.n} runs queued in ${seconds(requestMs)} s; running (concurrency ${config.concurrency}, per org ${config.perOrg})`);

  const runner = new LocalRunner({ db, jobs: allJobs, concurrency: config.concurrency, concurrencyPerOrg: config.perOrg });
  const load = os.loadavg()[0]!;
  const pgBefore = postgresCpu();
  const cpuBefore = process.cpuUsage();
  const t0 = performance.now();
  const progress = setInterval(() => {
    db.select({ n: count() })
      .from(jobRuns)
      .where(eq(jobRuns.status, "completed"))
      .then(([row]) => say(`${config.name}: ${row?.n} done after ${seconds(performance.now() - t0)} s`))
      .catch(() => {});
  }, 60_000);
  await runner.runUntilIdle(4 * 3600_000);
  const wallMs = performance.now() - t0;
  clearInterval(progress);
  const cpu = process.cpuUsage(cpuBefore);
  const pgCpuSeconds = cpuSince(pgBefore);

  const statuses0 = await db
    .select({ status: analyses.status, n: count() })
    .from(analyses)
    .where(eq(analyses.scorecardVersion, seeded.scorecardVersion))
    .groupBy(analyses.status);
  const statuses = statuses0;
  const completed = statuses.find((s) => s.status === "completed")?.n ?? 0;
  const runs = await db.select({ status: jobRuns.status, n: count() }).from(jobRuns).groupBy(jobRuns.status);
  const [updated] = await db
    .select({ n: count() })
    .from(records)
    .innerJoin(analyses, and(eq(analyses.recordId, records.id), eq(analyses.scorecardVersion, seeded.scorecardVersion)))
    .where(sql`${records.qualityScore} is not distinct from ${analyses.qualityScore}`);
  await handle.close();

  const result = {
    config: config.name,
    concurrency: config.concurrency,
    concurrencyPerOrg: config.perOrg,
    records: RECORDS,
    seedSeconds: seconds(seeded.seedMs),
    request: { seconds: seconds(requestMs), perSecond: Math.round((RECORDS / requestMs) * 10_000) / 10 },
    wallSeconds: seconds(wallMs),
    recordsPerSecond: Math.round((completed / wallMs) * 10_000) / 10,
    msPerRecord: Math.round((wallMs / completed) * 10) / 10,
    nodeCpuSeconds: Math.round((cpu.user + cpu.system) / 100_000) / 10,
    nodeCpuCores: Math.round(((cpu.user + cpu.system) / 1000 / wallMs) * 100) / 100,
    nodeCpuMsPerRecord: Math.round(((cpu.user + cpu.system) / 1000 / completed) * 10) / 10,
    postgresCpuSeconds: pgCpuSeconds,
    postgresCpuMsPerRecord: pgCpuSeconds === null ? null : Math.round(((pgCpuSeconds * 1000) / completed) * 10) / 10,
    loadAverageBefore: Math.round(load * 100) / 100,
    analyses: Object.fromEntries(statuses.map((s) => [s.status, s.n])),
    jobRuns: Object.fromEntries(runs.map((s) => [s.status, s.n])),
    recordsShowingNewScore: updated?.n ?? 0,
  };
  say(`${config.name}: ${completed} analyses in ${result.wallSeconds} s = ${result.recordsPerSecond} records/s`);
  return result;
}

/** The same 10,000 analyses with no database and no runner. */
function pureLoop(label: string) {
  const card = previousScorecard();
  const load = os.loadavg()[0]!;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < RECORDS; i++) {
    const v = variant(i);
    analyzeConversation({ recordType: v.type, segments: v.segments, talkMetrics: v.talkMetrics, durationMs: v.durationMs, scorecard: card, answers: null, settings: opts });
  }
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  // Building the variants is part of the loop; time it alone to take it out.
  const cpu1 = process.cpuUsage();
  const v0 = performance.now();
  for (let i = 0; i < RECORDS; i++) variant(i);
  const variantMs = performance.now() - v0;
  const variantCpu = process.cpuUsage(cpu1);
  const cpuMs = (cpu.user + cpu.system - variantCpu.user - variantCpu.system) / 1000;
  return {
    label,
    records: RECORDS,
    wallSeconds: seconds(wallMs),
    variantBuildSeconds: seconds(variantMs),
    msPerRecord: Math.round(((wallMs - variantMs) / RECORDS) * 10) / 10,
    cpuMsPerRecord: Math.round((cpuMs / RECORDS) * 10) / 10,
    recordsPerSecond: Math.round((RECORDS / ((wallMs - variantMs) / 1000)) * 10) / 10,
    cpuCores: Math.round(((cpu.user + cpu.system) / 1000 / wallMs) * 100) / 100,
    loadAverageBefore: Math.round(load * 100) / 100,
  };
}

async function main() {
  if (process.env.LLM_BASE_URL || process.env.INNGEST_EVENT_KEY || process.env.INNGEST_DEV) {
    throw new Error("unset LLM_BASE_URL, INNGEST_EVENT_KEY and INNGEST_DEV: this measures the local analyzer and the embedded runner");
  }
  warmUpNlp();
  defaultScorecard();
  say(`pure analyzeConversation loop over the ${RECORDS} transcripts`);
  const pureBefore = pureLoop("before the runs");
  say(`pure loop: ${pureBefore.msPerRecord} ms per record`);
  const results = [];
  for (const config of CONFIGS) results.push(await runConfig(config));
  say(`pure analyzeConversation loop again, after the runs`);
  const pureAfter = pureLoop("after the runs");
  say(`pure loop: ${pureAfter.msPerRecord} ms per record`);
  const pure = [pureBefore, pureAfter];
  const pureMs = Math.round(((pureBefore.msPerRecord + pureAfter.msPerRecord) / 2) * 10) / 10;
  const pureCpuMs = Math.round(((pureBefore.cpuMsPerRecord + pureAfter.cpuMsPerRecord) / 2) * 10) / 10;

  const database = PGLITE ? "PGlite (in-memory)" : "PostgreSQL (throw-away, fsync off)";
  const lines = [
    `## Re-analysis throughput: ${RECORDS.toLocaleString("en")} records, ${database}`,
    "",
    `Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}. Records drawn from the ${baseTranscripts().length} labelled transcripts (renamed people, redrawn digits, stretched times).`,
    "",
    "| runner concurrency × per org | requests (reanalyzeRecord, 4 at a time) | runner wall time | records/s | wall ms per record | Node CPU (cores) | Node CPU ms per record | PostgreSQL CPU ms per record | load avg before | completed / failed |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...results.map(
      (r) =>
        `| ${r.concurrency} × ${r.concurrencyPerOrg} | ${r.request.seconds} s (${r.request.perSecond}/s) | ${r.wallSeconds} s | **${r.recordsPerSecond}** | ${r.msPerRecord} | ${r.nodeCpuCores} | ${r.nodeCpuMsPerRecord} | ${r.postgresCpuMsPerRecord ?? "–"} | ${r.loadAverageBefore} | ${r.analyses.completed ?? 0} / ${r.analyses.failed ?? 0} |`,
    ),
    "",
    `Pure analyzeConversation over the same ${RECORDS.toLocaleString("en")} transcripts (no database, no runner), before and after the runs:`,
    "",
    "| pure loop | wall ms per record | CPU ms per record | records/s | load avg before |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...pure.map((p) => `| ${p.label} | ${p.msPerRecord} | ${p.cpuMsPerRecord} | ${p.recordsPerSecond} | ${p.loadAverageBefore} |`),
    "",
    `Where a record's time goes (analysis = mean of the two pure loops: ${pureMs} ms wall, ${pureCpuMs} ms CPU):`,
    "",
    "| runner concurrency × per org | wall ms per record | analysis (wall) | runner + database, wall | Node CPU ms per record | analysis (CPU) | runner + driver, Node CPU | PostgreSQL CPU ms per record |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...results.map(
      (r) =>
        `| ${r.concurrency} × ${r.concurrencyPerOrg} | ${r.msPerRecord} | ${pureMs} | ${Math.round((r.msPerRecord - pureMs) * 10) / 10} | ${r.nodeCpuMsPerRecord} | ${pureCpuMs} | ${Math.round((r.nodeCpuMsPerRecord - pureCpuMs) * 10) / 10} | ${r.postgresCpuMsPerRecord ?? "–"} |`,
    ),
  ];
  console.log(lines.join("\n"));
  if (JSON_PATH) {
    fs.writeFileSync(JSON_PATH, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, database, pure, pureMsPerRecord: pureMs, pureCpuMsPerRecord: pureCpuMs, results }, null, 2)}\n`);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
