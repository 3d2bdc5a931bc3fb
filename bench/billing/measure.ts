/**
 * What billing adds to the hot paths, in process (no HTTP), on PGlite or a
 * PostgreSQL server:
 *
 *   node_modules/.bin/tsx bench/billing/measure.ts --pglite [--json <file>]
 *   node_modules/.bin/tsx bench/billing/measure.ts --url postgres://postgres@127.0.0.1:55473/callscope [--json <file>]
 *
 * 1. The budget check before new processing, two ways, with 0 to 100,000
 *    usage events in the organization's current period (and 20,000 in another
 *    organization's): an aggregate over the period's events (the
 *    (org_id, created_at) index), and the maintained running total the app
 *    uses (loadBudgetState: two primary-key lookups).
 * 2. The write side of the running total: recordUsage (event, period upsert,
 *    budget lookup) against a bare insert of the event.
 * 3. The per-request counter of GET /account/usage: the authenticated route
 *    GET /api/v1/projects called in process, with the counter and with it
 *    swapped for a no-op (apiDeps.countRequest), in alternating blocks; what
 *    one upsert per request would cost instead; and one buffered flush.
 *
 * Each measurement: warm-up, then timed runs one after another; median and
 * p95 wall time in milliseconds, and this process's CPU per run in
 * microseconds (the steadier number on a busy machine).
 */
import fs from "node:fs";
import { and, eq, gte, lt, sql } from "drizzle-orm";
import postgres from "postgres";
import * as projectsRoute from "@/app/api/v1/projects/route";
import { openDatabase, type Db, type DbHandle } from "@/db/client";
import { billingBudgets, usageEvents } from "@/db/schema";
import { createOrgWithOwner } from "@/db/testing/factories";
import { countApiRequest, flushApiRequestCounts } from "@/lib/api/request-counter";
import { apiDeps } from "@/lib/api/handler";
import { periodBounds, periodOf } from "@/lib/billing/period";
import { resetConfigForTests } from "@/lib/config";
import { newId } from "@/lib/ids";
import { createApiKey } from "@/lib/services/api-keys/create-api-key";
import { loadBudgetState } from "@/lib/services/billing/budget-state";
import { recordUsage } from "@/lib/services/billing/record-usage";
import { createProject } from "@/lib/services/projects/create-project";

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const URL_ = arg("--url");
const PGLITE = process.argv.includes("--pglite");
const JSON_PATH = arg("--json");
const RUNS = Number(arg("--runs") ?? 300);
const SIZES = [0, 1_000, 10_000, 100_000];
const say = (message: string) => process.stderr.write(`[bench:billing] ${message}\n`);

async function openFresh(): Promise<DbHandle> {
  if (PGLITE) {
    const handle = await openDatabase({});
    await handle.migrate();
    return handle;
  }
  if (!URL_) throw new Error("--url or --pglite is required");
  const admin = postgres(URL_, { max: 1, onnotice: () => {} });
  await admin.unsafe("drop database if exists bench_billing");
  await admin.unsafe("create database bench_billing");
  await admin.end();
  const url = new URL(URL_);
  url.pathname = "/bench_billing";
  const handle = await openDatabase({ url: url.toString(), poolSize: 10 });
  await handle.migrate();
  return handle;
}

/** Median and p95 wall time, and this process's CPU per run (PostgreSQL's own CPU is not in it). */
async function time(runs: number, fn: (i: number) => Promise<unknown>) {
  for (let i = 0; i < Math.min(30, runs); i++) await fn(-1 - i);
  const samples: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(i);
    samples.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  return { ...summarize(samples), cpuUsPerRun: Math.round((cpu.user + cpu.system) / runs) };
}

function summarize(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 1000) / 1000;
  return { medianMs: at(0.5), p95Ms: at(0.95) };
}

/** Events spread over the current period so far, in batches. */
async function addEvents(db: Db, orgId: string, count: number) {
  const { start } = periodBounds(periodOf(new Date()));
  const span = Math.max(Date.now() - start.getTime(), 1);
  for (let done = 0; done < count; done += 1000) {
    const rows = Array.from({ length: Math.min(1000, count - done) }, (_, i) => ({
      id: newId("usageEvent"),
      orgId,
      projectId: null,
      recordId: null,
      analysisId: null,
      kind: "analysis" as const,
      sourceId: newId("analysis"),
      quantity: 1,
      unitPriceMicros: 10_000,
      costMicros: 10_000,
      currency: "USD",
      createdAt: new Date(start.getTime() + ((done + i) * 7919) % span),
    }));
    await db.insert(usageEvents).values(rows);
  }
}

async function main() {
  // The route is measured, not the 200-a-minute limit in front of it.
  process.env.RATE_LIMIT_PER_MINUTE = "100000000";
  resetConfigForTests();
  const handle = await openFresh();
  const { db } = handle;
  say(`database: ${handle.kind}`);
  const { org, ctx } = await createOrgWithOwner(db, "Billing bench");
  const noise = await createOrgWithOwner(db, "Another organization");
  await addEvents(db, noise.org.id, 20_000);
  await db.insert(billingBudgets).values({ orgId: org.id, amountMicros: 1_000_000_000_000 });
  const { start, end } = periodBounds(periodOf(new Date()));

  const budgetCheck: Record<string, unknown>[] = [];
  let have = 0;
  for (const size of SIZES) {
    await addEvents(db, org.id, size - have);
    have = size;
    if (handle.kind === "postgres") await db.execute(sql`analyze usage_events`);
    const aggregate = await time(RUNS, () =>
      Promise.all([
        db.select({ spent: sql<number>`coalesce(sum(${usageEvents.costMicros}), 0)`.mapWith(Number) }).from(usageEvents)
          .where(and(eq(usageEvents.orgId, org.id), gte(usageEvents.createdAt, start), lt(usageEvents.createdAt, end))),
        db.select().from(billingBudgets).where(eq(billingBudgets.orgId, org.id)),
      ]),
    );
    const runningTotal = await time(RUNS, () => loadBudgetState(db, org.id));
    budgetCheck.push({ eventsInPeriod: size, aggregate, runningTotal });
    say(`budget check, ${size} events: aggregate ${aggregate.medianMs} ms, running total ${runningTotal.medianMs} ms (median)`);
  }

  const source = (i: number) => ({ orgId: org.id, projectId: null, recordId: null, analysisId: null, sourceId: `bench_meter_${i}` });
  const metering = {
    recordUsage: await time(RUNS, (i) => recordUsage(db, source(i), { kind: "analysis" })),
    bareInsert: await time(RUNS, (i) =>
      db.insert(usageEvents).values({ ...source(i), id: newId("usageEvent"), sourceId: `bench_bare_${i}`, kind: "analysis", quantity: 1, unitPriceMicros: 10_000, costMicros: 10_000, currency: "USD" }),
    ),
  };
  say(`metering: recordUsage ${metering.recordUsage.medianMs} ms, bare insert ${metering.bareInsert.medianMs} ms (median)`);

  // The counter on a real authenticated route, in process.
  await createProject(ctx, { name: "Support line" });
  const key = (await createApiKey(ctx, { name: "bench", role: "admin" })).key;
  apiDeps.getDb = async () => db;
  apiDeps.lookupSession = async () => null;
  const call = async () => {
    const response = await projectsRoute.GET(
      new Request("http://bench.local/api/v1/projects?pageSize=20", { headers: { authorization: `Bearer ${key}` } }),
      { params: Promise.resolve({}) },
    );
    if (response.status !== 200) throw new Error(`GET /projects answered ${response.status}`);
    await response.arrayBuffer();
  };
  // With and without the counter in alternating blocks of 50 calls, in random order, so
  // drift and other load on the machine fall on both alike.
  const real = apiDeps.countRequest;
  const modes = { withCounter: real, withoutCounter: (() => {}) as typeof real };
  const wall: Record<string, number[]> = { withCounter: [], withoutCounter: [] };
  const cpuUs: Record<string, number> = { withCounter: 0, withoutCounter: 0 };
  for (let i = 0; i < 30; i++) await call();
  const blocks = Math.max(4, Math.round(RUNS / 25));
  for (let block = 0; block < blocks; block++) {
    for (const mode of Object.keys(modes).sort(() => Math.random() - 0.5) as (keyof typeof modes)[]) {
      apiDeps.countRequest = modes[mode];
      const cpu0 = process.cpuUsage();
      for (let i = 0; i < 50; i++) {
        const t0 = performance.now();
        await call();
        wall[mode]!.push(performance.now() - t0);
      }
      const cpu = process.cpuUsage(cpu0);
      cpuUs[mode]! += cpu.user + cpu.system;
    }
  }
  apiDeps.countRequest = real;
  const calls = blocks * 50;
  const counter = {
    callsPerMode: calls,
    withCounter: { ...summarize(wall.withCounter!), cpuUsPerRun: Math.round(cpuUs.withCounter! / calls) },
    withoutCounter: { ...summarize(wall.withoutCounter!), cpuUsPerRun: Math.round(cpuUs.withoutCounter! / calls) },
    // What the counter replaced: one upsert per request.
    upsertPerRequest: await time(RUNS, async () => {
      countApiRequest(db, org.id, "GET /bench");
      await flushApiRequestCounts(db);
    }),
    // The buffered write: 50 routes' counts in one statement.
    flushOf50Routes: await time(Math.max(10, Math.round(RUNS / 10)), async () => {
      for (let r = 0; r < 50; r++) countApiRequest(db, org.id, `GET /bench/${r}`);
      await flushApiRequestCounts(db);
    }),
  };
  say(
    `GET /projects: ${counter.withCounter.medianMs} ms, ${counter.withCounter.cpuUsPerRun} µs CPU with the counter; ` +
      `${counter.withoutCounter.medianMs} ms, ${counter.withoutCounter.cpuUsPerRun} µs CPU without; ` +
      `an upsert per request would be ${counter.upsertPerRequest.medianMs} ms, ${counter.upsertPerRequest.cpuUsPerRun} µs CPU`,
  );

  const result = { date: new Date().toISOString(), database: handle.kind, runs: RUNS, node: process.version, budgetCheck, metering, counter };
  if (JSON_PATH) fs.writeFileSync(JSON_PATH, `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
  await handle.close();
  if (!PGLITE && URL_) {
    const admin = postgres(URL_, { max: 1, onnotice: () => {} });
    await admin.unsafe("drop database if exists bench_billing");
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
