/**
 * What one claim of the embedded job runner costs PostgreSQL as the queue
 * grows: the statement of LocalRunner.claim() (inngest/local-runner.ts,
 * copied here verbatim) against N queued runs of one organization, with no
 * run executing and with the organization at its per-org cap. Each claim
 * runs in a transaction that is rolled back, so the queue stays as it is.
 *
 *   node_modules/.bin/tsx bench/analysis/claim-cost.ts --url postgres://postgres@127.0.0.1:55491/callscope [--sizes 100,1000,10000]
 */
import postgres from "postgres";
import { openDatabase } from "@/db/client";
import { createOrgWithOwner } from "@/db/testing/factories";
import { newId } from "@/lib/ids";

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const URL_ = arg("--url");
const SIZES = (arg("--sizes") ?? "100,1000,5000,10000,20000").split(",").map(Number);
const PER_ORG = 2;

const CLAIM = (perOrg: number) => `
      update job_runs set status = 'running', locked_by = 'bench', locked_until = now() + interval '5 minutes', updated_at = now()
      where id = (
        select r.id from job_runs r
        where ((r.status = 'queued' and r.run_after <= now()) or (r.status = 'running' and r.locked_until < now()))
          and (r.org_id is null or (
            select count(*) from job_runs x
            where x.org_id = r.org_id and x.status = 'running' and x.locked_until >= now()
          ) < ${perOrg})
        order by r.run_after, r.created_at
        limit 1
        for update skip locked
      )
      returning id`;

const SUGGESTED = (perOrg: number) => `
      update job_runs set status = 'running', locked_by = 'bench', locked_until = now() + interval '5 minutes', updated_at = now()
      where id = (
        select r.id from job_runs r
        where r.status = 'queued' and r.run_after <= now()
          and (r.org_id is null or r.org_id not in (
            select x.org_id from job_runs x
            where x.status = 'running' and x.locked_until >= now() and x.org_id is not null
            group by x.org_id having count(*) >= ${perOrg}
          ))
        order by r.run_after, r.created_at
        limit 1
        for update skip locked
      )
      returning id`;

async function main() {
  if (!URL_) throw new Error("--url is required");
  const admin = postgres(URL_, { max: 1, onnotice: () => {} });
  await admin.unsafe("drop database if exists bench_claim_cost");
  await admin.unsafe("create database bench_claim_cost");
  await admin.end();
  const url = new URL(URL_);
  url.pathname = "/bench_claim_cost";
  const handle = await openDatabase({ url: url.toString(), poolSize: 2 });
  await handle.migrate();
  const { org } = await createOrgWithOwner(handle.db, "Claim bench");
  const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });

  const rollback = new Error("rollback");
  const timeClaim = async (statement: string) => {
    const times: number[] = [];
    let claimed = 0;
    for (let i = 0; i < 15; i++) {
      await sql
        .begin(async (tx) => {
          const t0 = performance.now();
          const rows = await tx.unsafe(statement);
          times.push(performance.now() - t0);
          claimed += rows.length;
          throw rollback;
        })
        .catch((error) => {
          if (error !== rollback) throw error;
        });
    }
    times.sort((a, b) => a - b);
    return { medianMs: times[Math.floor(times.length / 2)]!, claimed: claimed / times.length };
  };

  console.log(`## Cost of one LocalRunner claim against the queue length (one organization, per-org cap ${PER_ORG})\n`);
  console.log("| queued runs | claim, nothing running: median ms | claim, org at its cap (finds nothing) | suggested claim, nothing running | suggested claim, org at its cap |");
  console.log("| ---: | ---: | ---: | ---: | ---: |");
  let queued = 0;
  for (const size of SIZES) {
    while (queued < size) {
      const batch = Math.min(1000, size - queued);
      const values = Array.from({ length: batch }, (_, i) => ({
        id: newId("jobRun"),
        job_id: "reanalyze",
        event_name: "analysis/requested",
        event_id: `bench:${queued + i}`,
        event_data: sql.json({ orgId: org.id, analysisId: `ana_bench${queued + i}` }),
        org_id: org.id,
        status: "queued",
      }));
      await sql`insert into job_runs ${sql(values)}`;
      queued += batch;
    }
    await sql`analyze job_runs`;
    const free = await timeClaim(CLAIM(PER_ORG));
    const freeSuggested = await timeClaim(SUGGESTED(PER_ORG));
    // Two runs of the organization executing: the count subquery now rejects every queued row.
    const running = await sql`select id from job_runs where status = 'queued' order by run_after limit ${PER_ORG}`;
    await sql`update job_runs set status = 'running', locked_until = now() + interval '1 hour' where id in ${sql(running.map((r) => r.id as string))}`;
    const capped = await timeClaim(CLAIM(PER_ORG));
    const cappedSuggested = await timeClaim(SUGGESTED(PER_ORG));
    if (free.claimed !== 1 || freeSuggested.claimed !== 1 || capped.claimed !== 0 || cappedSuggested.claimed !== 0) throw new Error("a claim found the wrong number of runs");
    await sql`update job_runs set status = 'queued', locked_until = null where id in ${sql(running.map((r) => r.id as string))}`;
    console.log(
      `| ${size.toLocaleString("en")} | ${free.medianMs.toFixed(2)} | ${capped.medianMs.toFixed(2)} | ${freeSuggested.medianMs.toFixed(2)} | ${cappedSuggested.medianMs.toFixed(2)} |`,
    );
  }
  console.log("\nPlan of the claim at the largest size (explain analyze, rolled back):\n");
  await sql
    .begin(async (tx) => {
      const rows = await tx.unsafe(`explain (analyze, costs off, timing off) ${CLAIM(PER_ORG)}`);
      console.log("```");
      for (const r of rows) console.log(r["QUERY PLAN"]);
      console.log("```");
      throw rollback;
    })
    .catch((error) => {
      if (error !== rollback) throw error;
    });
  await sql.end();
  await handle.close();
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
