// bench/api-throughput.mjs – load one running server with autocannon and report (driven by bench/run.sh)
//
//   node bench/api-throughput.mjs measure --db pglite --url http://127.0.0.1:3350 --api-key csk_... --out part.json
//   node bench/api-throughput.mjs report part1.json [part2.json ...]
//
// `measure` seeds projects through the API, warms both endpoints up, then
// measures GET /api/v1/health and the authenticated GET /api/v1/projects
// against the same server, one after the other. `report` merges the parts
// into bench/results/<date>-api-throughput.json and prints a markdown table.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const RESULTS_DIR = path.join(BENCH_DIR, "results");
/** The aim from bench/README.md. */
const AIM = { minRatio: 0.5, maxP99Ms: 50 };

function fail(message) {
  console.error(`api-throughput: ${message}`);
  process.exit(1);
}

async function request(url, init = {}) {
  const res = await fetch(url, init);
  const text = await res.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: res.status, body, headers: res.headers };
}

/** Creates projects through POST /api/v1/projects, a few at a time, until the org has `count` bench projects. */
async function seedProjects({ url, auth, count, concurrency = 8 }) {
  const started = performance.now();
  let next = 1;
  const worker = async () => {
    while (next <= count) {
      const n = next++;
      const res = await request(`${url}/api/v1/projects`, {
        method: "POST",
        headers: { ...auth, "Content-Type": "application/json" },
        body: JSON.stringify({
          name: `Bench project ${String(n).padStart(4, "0")}`,
          description: "Created by bench/api-throughput.mjs",
          settings: { redaction: { enabled: n % 2 === 0 } },
        }),
      });
      // 409: already there from an earlier run against the same data.
      if (res.status !== 201 && res.status !== 409) fail(`seeding project ${n}: HTTP ${res.status} ${JSON.stringify(res.body)}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return Math.round(performance.now() - started);
}

/** CPU seconds (user + system) a process has used so far, from /proc; null where unavailable. */
function cpuSeconds(pids) {
  let total = 0;
  for (const pid of pids) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // utime and stime are fields 14 and 15 of stat (index 11, 12 after pid and comm), in clock ticks (100 Hz on Linux).
      total += (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      return null;
    }
  }
  return total;
}

/** The server and, for PostgreSQL, every backend of the throw-away cluster. */
function watchedPids(serverPid, pgPidFile) {
  const pids = [serverPid];
  if (pgPidFile && fs.existsSync(pgPidFile)) {
    const postmaster = fs.readFileSync(pgPidFile, "utf8").split("\n")[0].trim();
    pids.push(postmaster);
    try {
      const children = fs.readFileSync(`/proc/${postmaster}/task/${postmaster}/children`, "utf8").trim();
      if (children) pids.push(...children.split(/\s+/));
    } catch {
      // Not Linux, or already gone: CPU is then reported for the server only.
    }
  }
  return pids.filter(Boolean);
}

async function load({ name, url, headers, connections, duration, serverPid, pgPidFile }) {
  const pids = serverPid ? watchedPids(serverPid, pgPidFile) : [];
  const cpuBefore = pids.length ? cpuSeconds(pids) : null;
  const started = performance.now();
  const result = await autocannon({ url, connections, duration, headers, pipelining: 1 });
  const wall = (performance.now() - started) / 1000;
  const cpuAfter = pids.length ? cpuSeconds(pids) : null;
  const cpuUsed = cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null;
  return {
    name,
    url: new URL(url).pathname + new URL(url).search,
    connections,
    durationSeconds: duration,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    latencyMs: {
      average: result.latency.average,
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    // Cores busy on average: 1.0 means one core fully used by the server (plus PostgreSQL).
    serverCpuCores: cpuUsed !== null ? Math.round((cpuUsed / wall) * 100) / 100 : null,
    // CPU per request is steadier than req/s when other work shares the machine.
    serverCpuMsPerRequest: cpuUsed !== null && result.requests.total > 0 ? Math.round((cpuUsed / result.requests.total) * 1e5) / 100 : null,
  };
}

async function measure(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: "string" },
      url: { type: "string" },
      "api-key": { type: "string" },
      out: { type: "string" },
      projects: { type: "string", default: "300" },
      connections: { type: "string", default: "10" },
      duration: { type: "string", default: "15" },
      warmup: { type: "string", default: "3" },
      "server-pid": { type: "string" },
      "pg-pid-file": { type: "string" },
    },
    strict: true,
  });
  const { db, url, out } = values;
  const apiKey = values["api-key"];
  if (!db || !url || !apiKey || !out) fail("measure needs --db, --url, --api-key and --out");
  const connections = Number(values.connections);
  const duration = Number(values.duration);
  const warmup = Number(values.warmup);
  const auth = { Authorization: `Bearer ${apiKey}` };
  const healthUrl = `${url}/api/v1/health`;
  const projectsUrl = `${url}/api/v1/projects?pageSize=20`;

  const seedMs = await seedProjects({ url, auth, count: Number(values.projects) });
  const check = await request(projectsUrl, { headers: auth });
  if (check.status !== 200 || !Array.isArray(check.body?.data) || check.body.data.length !== 20) {
    fail(`GET /projects?pageSize=20 answered ${check.status} ${JSON.stringify(check.body).slice(0, 300)}`);
  }
  const limit = Number(check.headers.get("x-ratelimit-limit"));
  if (limit < 1_000_000) fail(`the server's rate limit is ${limit}/min; start it with RATE_LIMIT_PER_MINUTE=100000000`);
  console.error(`[${db}] ${check.body.meta.total} projects (seeded in ${seedMs} ms); warming up ${warmup}s per endpoint`);

  const loadBefore = Math.round(os.loadavg()[0] * 100) / 100;
  const common = { connections, serverPid: values["server-pid"], pgPidFile: values["pg-pid-file"] };
  await autocannon({ url: healthUrl, connections, duration: warmup });
  await autocannon({ url: projectsUrl, connections, duration: warmup, headers: auth });

  console.error(`[${db}] measuring GET /health for ${duration}s`);
  const health = await load({ ...common, name: "health", url: healthUrl, headers: {}, duration });
  console.error(`[${db}] measuring GET /projects?pageSize=20 for ${duration}s`);
  const projects = await load({ ...common, name: "projects", url: projectsUrl, headers: auth, duration });

  const part = {
    database: db,
    // Anything else busy on the machine skews both endpoints; this says how busy it was.
    loadAverage1m: { beforeWarmup: loadBefore, afterRun: Math.round(os.loadavg()[0] * 100) / 100 },
    projectsInOrg: check.body.meta.total,
    seedMs,
    health,
    projects,
    ratio: Math.round((projects.requestsPerSecond / health.requestsPerSecond) * 1000) / 1000,
  };
  fs.writeFileSync(out, `${JSON.stringify(part, null, 2)}\n`);
}

function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
  };
}

function verdict(run) {
  const ratioOk = run.ratio >= AIM.minRatio;
  const p99Ok = run.projects.latencyMs.p99 < AIM.maxP99Ms;
  return { ratioOk, p99Ok, met: ratioOk && p99Ok };
}

function markdown(results) {
  const rows = [
    "| Database | Endpoint | req/s | p50 ms | p99 ms | errors | server CPU (cores) | CPU ms/req |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const run of results.runs) {
    for (const ep of [run.health, run.projects]) {
      const label = ep.name === "health" ? "GET /health" : "GET /projects?pageSize=20 (API key)";
      rows.push(
        `| ${run.database} | ${label} | ${ep.requestsPerSecond} | ${ep.latencyMs.p50} | ${ep.latencyMs.p99} | ${ep.non2xx + ep.errors} | ${ep.serverCpuCores ?? "–"} | ${ep.serverCpuMsPerRequest ?? "–"} |`,
      );
    }
  }
  rows.push(
    "",
    "| Database | projects / health | aim ≥ 0.5 | projects p99 < 50 ms | load avg (1 min) before |",
    "| --- | ---: | :---: | :---: | ---: |",
  );
  for (const run of results.runs) {
    const v = verdict(run);
    rows.push(
      `| ${run.database} | ${run.ratio} | ${v.ratioOk ? "met" : "missed"} | ${v.p99Ok ? "met" : "missed"} | ${run.loadAverage1m?.beforeWarmup ?? "–"} |`,
    );
  }
  return rows.join("\n");
}

function report(files) {
  if (files.length === 0) fail("report needs at least one part file");
  const date = new Date().toISOString().slice(0, 10);
  const outFile = path.join(RESULTS_DIR, `${date}-api-throughput.json`);
  const previous = fs.existsSync(outFile) ? JSON.parse(fs.readFileSync(outFile, "utf8")) : null;
  const fresh = files.map((f) => JSON.parse(fs.readFileSync(f, "utf8")));
  // A later run on the same day replaces that database's numbers and keeps the other's.
  const kept = (previous?.runs ?? []).filter((r) => !fresh.some((f) => f.database === r.database));
  const runs = [...kept, ...fresh].sort((a, b) => a.database.localeCompare(b.database));
  const results = {
    benchmark: "api-throughput",
    date,
    generatedAt: new Date().toISOString(),
    machine: machine(),
    settings: {
      tool: "autocannon 9 (programmatic API), in one Node process on the same machine as the server",
      connections: fresh[0].projects.connections,
      durationSeconds: fresh[0].projects.durationSeconds,
      rateLimitPerMinute: 100_000_000,
      note: "Health and projects measured back to back against the same `next start` server on loopback.",
    },
    aim: AIM,
    runs: runs.map((r) => ({ ...r, aimMet: verdict(r) })),
  };
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(markdown(results));
  console.log(`\nWritten to ${path.relative(process.cwd(), outFile)}`);
}

const [command, ...rest] = process.argv.slice(2);
if (command === "measure") await measure(rest);
else if (command === "report") report(rest);
else fail("usage: api-throughput.mjs measure|report ...");
