/**
 * The measuring half of bench/pipeline/run.sh (which starts the server and sets
 * the BENCH_* environment). Plain Node 20, no dependencies beyond the app's own
 * PGlite for the `steps` command.
 *
 *   node bench/pipeline/measure.mjs latency      Part A: raw pocketsphinx_continuous (whole call mono;
 *                                                two channels in parallel) against upload → completed
 *   node bench/pipeline/measure.mjs throughput   Part B: BENCH_COPIES uploads at once with curl
 *   node bench/pipeline/measure.mjs steps        after the server stopped: per-step times from job_runs/job_steps
 *   node bench/pipeline/measure.mjs report       markdown tables on stdout and in results/latest.md (+ latest.json)
 *
 * Each command writes its JSON to $BENCH_WORK/<command>.json for the next.
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const env = process.env;
const WORK = required("BENCH_WORK");
const POLL_MS = Number(env.BENCH_POLL_MS ?? 100);
const THROUGHPUT_POLL_MS = Number(env.BENCH_THROUGHPUT_POLL_MS ?? 1000);
const THROUGHPUT_TIMEOUT_MS = Number(env.BENCH_THROUGHPUT_TIMEOUT_S ?? 3600) * 1000;
const TERMINAL = new Set(["completed", "failed"]);

function required(name) {
  const value = env[name];
  if (!value) {
    console.error(`[bench:pipeline] ${name} is not set; run this through bench/pipeline/run.sh`);
    process.exit(2);
  }
  return value;
}
const log = (message) => console.error(`[bench:pipeline] ${message}`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const readJson = (name) => JSON.parse(fs.readFileSync(path.join(WORK, `${name}.json`), "utf8"));
const writeJson = (name, value) => fs.writeFileSync(path.join(WORK, `${name}.json`), `${JSON.stringify(value, null, 2)}\n`);

function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
const seconds = (ms) => ms / 1000;

// ---------------------------------------------------------------- HTTP

function api(pathname, init = {}) {
  return fetch(`${required("BENCH_BASE_URL")}${pathname}`, {
    ...init,
    headers: { authorization: `Bearer ${required("BENCH_API_KEY")}`, ...init.headers },
  });
}

async function getJson(pathname) {
  const res = await api(pathname);
  const body = await res.json();
  if (!res.ok) throw new Error(`GET ${pathname}: ${res.status} ${JSON.stringify(body)}`);
  return body;
}

// ---------------------------------------------------------------- raw speech-to-text

const WORD_LINE = /^(\S+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?) ([-+]?\d*\.?\d+(?:[eE][-+]?\d+)?)$/;
const isFiller = (t) => /^<.*>$/.test(t) || /^\[.*\]$/.test(t) || /^\+\+.*\+\+$/.test(t);

/** Words in `pocketsphinx_continuous -time yes` output, counted as lib/stt/pocketsphinx.ts parses them. */
function countWords(stdout) {
  return stdout
    .split(/\r?\n/)
    .map((line) => WORD_LINE.exec(line.trim()))
    .filter((m) => m && !isFiller(m[1])).length;
}

/** One decoder process with the app's flags (BENCH_PS_ARGS, from pocketSphinxArgs); stderr piped and dropped as the app does. */
function pocketsphinx(wavPath) {
  const args = JSON.parse(required("BENCH_PS_ARGS")).map((a) => (a === "@WAV@" ? wavPath : a));
  return new Promise((resolve, reject) => {
    const child = spawn("pocketsphinx_continuous", args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (d) => (stdout += d));
    child.stderr.resume();
    child.on("error", reject);
    child.on("close", (code, signal) =>
      code === 0 ? resolve(countWords(stdout)) : reject(new Error(`pocketsphinx_continuous ${wavPath}: exit ${code ?? signal}`)),
    );
  });
}

const CLK_TCK = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;

/** CPU seconds of this process's finished (reaped) children: the decoders it ran. */
function reapedChildrenCpu() {
  const stat = fs.readFileSync("/proc/self/stat", "utf8");
  const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (+f[13] + +f[14]) / CLK_TCK;
}

/** Wall seconds, and CPU seconds of the decoder processes it ran. */
async function timed(fn) {
  const cpu0 = reapedChildrenCpu();
  const t0 = performance.now();
  const value = await fn();
  return { value, seconds: seconds(performance.now() - t0), cpuSeconds: reapedChildrenCpu() - cpu0 };
}

// ---------------------------------------------------------------- the pipeline, one record

async function uploadAndWait(blob, label) {
  const form = new FormData();
  form.append("projectId", required("BENCH_PROJECT_ID"));
  form.append("metadata", JSON.stringify({ title: `pipeline bench ${label}`, externalId: `bench-${label}-${Date.now()}` }));
  form.append("file", blob, "call.wav");

  const t0Epoch = Date.now();
  const t0 = performance.now();
  const res = await api("/api/v1/records/upload", { method: "POST", body: form });
  const body = await res.json();
  if (res.status !== 201) throw new Error(`upload: ${res.status} ${JSON.stringify(body)}`);
  const uploadSeconds = seconds(performance.now() - t0);
  const id = body.data.id;

  let record;
  let polls = 0;
  for (;;) {
    const tick = performance.now();
    record = (await getJson(`/api/v1/records/${id}`)).data;
    polls++;
    if (TERMINAL.has(record.status)) break;
    await sleep(Math.max(0, POLL_MS - (performance.now() - tick)));
  }
  const wallSeconds = seconds(performance.now() - t0);
  const doneEpoch = Date.now();

  let transcriptWords = null;
  if (record.status === "completed") {
    const transcript = (await getJson(`/api/v1/records/${id}/transcript`)).data;
    transcriptWords = transcript.segments.reduce((n, s) => n + s.words.length, 0);
  }
  return {
    recordId: id,
    status: record.status,
    error: record.error,
    seconds: wallSeconds,
    uploadSeconds,
    polls,
    t0Epoch,
    doneEpoch,
    createdAt: record.createdAt,
    completedAt: record.completedAt,
    durationMs: record.durationMs,
    transcriptWords,
  };
}

// ---------------------------------------------------------------- Part A

async function latency() {
  const rounds = Number(env.BENCH_ROUNDS ?? 3);
  const call = required("BENCH_CALL");
  const blob = new Blob([fs.readFileSync(call)], { type: "audio/wav" });
  const callSeconds = Number(execFileSync("soxi", ["-D", call], { encoding: "utf8" }).trim());
  const results = [];
  // Round 0 warms the upload route, the job runner, the page cache and the
  // decoder's model files; it is kept in the JSON but not in the medians.
  for (let round = 0; round <= rounds; round++) {
    const warmup = round === 0;
    const loadAverage = os.loadavg()[0];
    const mono = await timed(() => pocketsphinx(required("BENCH_MONO")));
    const split = await timed(() => Promise.all([pocketsphinx(required("BENCH_LEFT")), pocketsphinx(required("BENCH_RIGHT"))]));
    const cpu0 = serverCpu();
    const pipeline = await uploadAndWait(blob, `latency-${round}`);
    const cpu1 = serverCpu();
    pipeline.cpuSeconds = { node: cpu1.node - cpu0.node, tools: cpu1.tools - cpu0.tools };
    if (pipeline.status !== "completed") throw new Error(`record ${pipeline.recordId} ${pipeline.status}: ${pipeline.error}`);
    results.push({
      round,
      warmup,
      loadAverage,
      rawMono: { seconds: mono.seconds, cpuSeconds: mono.cpuSeconds, words: mono.value },
      rawSplit: { seconds: split.seconds, cpuSeconds: split.cpuSeconds, words: { left: split.value[0], right: split.value[1] } },
      pipeline,
    });
    log(
      `${warmup ? "warm-up" : `round ${round}/${rounds}`}: raw mono ${mono.seconds.toFixed(2)} s, ` +
        `raw 2 channels ${split.seconds.toFixed(2)} s, pipeline ${pipeline.seconds.toFixed(2)} s (load ${loadAverage.toFixed(2)})`,
    );
  }
  // What the client's polling costs the server: 5 s idle, then 50 polls at the same pace.
  const lastId = results.at(-1).pipeline.recordId;
  const idle0 = serverCpu();
  await sleep(50 * POLL_MS);
  const idle1 = serverCpu();
  for (let i = 0; i < 50; i++) {
    const tick = performance.now();
    await getJson(`/api/v1/records/${lastId}`);
    await sleep(Math.max(0, POLL_MS - (performance.now() - tick)));
  }
  const polled = serverCpu();
  const pollCpuMs = (((polled.node - idle1.node) - (idle1.node - idle0.node)) / 50) * 1000;
  writeJson("latency", { callSeconds, pollMs: POLL_MS, pollCpuMs, rounds: results });
}

// ---------------------------------------------------------------- Part B

/** CPU seconds of the server's process tree: Node itself, and the tools (ffmpeg, pocketsphinx) it has reaped. */
function serverCpu() {
  const root = Number(required("BENCH_SERVER_PID"));
  const tick = CLK_TCK;
  const procs = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      const comm = stat.slice(stat.indexOf("(") + 1, close);
      const f = stat.slice(close + 2).split(" "); // f[0] is field 3 (state)
      procs.push({ pid: Number(entry), ppid: Number(f[1]), comm, self: (+f[11] + +f[12]) / tick, reaped: (+f[13] + +f[14]) / tick });
    } catch {
      // exited while we looked
    }
  }
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of procs) {
      if (!tree.has(p.pid) && tree.has(p.ppid)) {
        tree.add(p.pid);
        grew = true;
      }
    }
  }
  let node = 0;
  let tools = 0;
  for (const p of procs.filter((p) => tree.has(p.pid))) {
    if (/pocketsphinx|ffmpeg|ffprobe/.test(p.comm)) tools += p.self;
    else node += p.self;
    tools += p.reaped;
  }
  return { node, tools };
}

/** Busy and total jiffies of the whole machine. */
function machineCpu() {
  const [, ...fields] = fs.readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).map(Number);
  const idle = fields[3] + fields[4];
  const total = fields.slice(0, 8).reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

function curlUpload(i) {
  const metadata = JSON.stringify({ title: `pipeline bench throughput ${i}`, externalId: `bench-throughput-${i}-${Date.now()}` });
  const args = [
    "-sS", "-o", "-", "-w", "\n%{http_code}",
    "-H", `Authorization: Bearer ${required("BENCH_API_KEY")}`,
    "-F", `projectId=${required("BENCH_PROJECT_ID")}`,
    "--form-string", `metadata=${metadata}`,
    "-F", `file=@${required("BENCH_CALL")};type=audio/wav`,
    `${required("BENCH_BASE_URL")}/api/v1/records/upload`,
  ];
  return new Promise((resolve) => {
    const child = spawn("curl", args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8").on("data", (d) => (out += d));
    child.stderr.setEncoding("utf8").on("data", (d) => (err += d));
    child.on("close", () => {
      const cut = out.lastIndexOf("\n");
      const status = Number(out.slice(cut + 1));
      let id = null;
      try {
        id = JSON.parse(out.slice(0, cut)).data?.id ?? null;
      } catch {
        // not JSON: reported below
      }
      resolve({ i, status, id, error: status === 201 ? null : `${status} ${out.slice(0, cut).slice(0, 300)} ${err}`.trim() });
    });
  });
}

async function throughput() {
  const copies = Number(env.BENCH_COPIES ?? 20);
  const project = required("BENCH_PROJECT_ID");
  const loadAverage = os.loadavg()[0];
  const cpu0 = serverCpu();
  const machine0 = machineCpu();
  const t0Epoch = Date.now();
  const t0 = performance.now();
  log(`throughput: ${copies} uploads at once`);
  const uploads = await Promise.all(Array.from({ length: copies }, (_, i) => curlUpload(i)));
  const uploadSeconds = seconds(performance.now() - t0);
  const ids = new Set(uploads.filter((u) => u.id).map((u) => u.id));

  const seen = new Map(); // id -> { status, seenSeconds, startedSeconds }
  let timedOut = false;
  let lastReport = 0;
  while ([...ids].some((id) => !TERMINAL.has(seen.get(id)?.status))) {
    if (performance.now() - t0 > THROUGHPUT_TIMEOUT_MS) {
      timedOut = true;
      break;
    }
    const tick = performance.now();
    const page = await getJson(`/api/v1/records?projectId=${project}&pageSize=100`);
    const now = seconds(performance.now() - t0);
    for (const r of page.data) {
      if (!ids.has(r.id)) continue;
      const prev = seen.get(r.id) ?? {};
      seen.set(r.id, {
        ...r,
        startedSeconds: prev.startedSeconds ?? (r.status !== "pending" ? now : undefined),
        seenSeconds: prev.seenSeconds ?? (TERMINAL.has(r.status) ? now : undefined),
      });
    }
    if (now - lastReport >= 30) {
      lastReport = now;
      const done = [...seen.values()].filter((r) => TERMINAL.has(r.status)).length;
      log(`throughput: ${done}/${ids.size} finished after ${now.toFixed(0)} s`);
    }
    await sleep(Math.max(0, THROUGHPUT_POLL_MS - (performance.now() - tick)));
  }
  const wallSeconds = seconds(performance.now() - t0);
  const cpu1 = serverCpu();
  const machine1 = machineCpu();
  const records = [...ids].map((id) => seen.get(id) ?? { id, status: "unknown" });
  writeJson("throughput", {
    copies,
    loadAverage,
    pollMs: THROUGHPUT_POLL_MS,
    t0Epoch,
    uploadSeconds,
    wallSeconds,
    timedOut,
    uploadsRefused: uploads.filter((u) => !u.id),
    jobConcurrency: { value: env.BENCH_JOB_CONCURRENCY, from: env.BENCH_JOB_CONCURRENCY_FROM },
    jobConcurrencyPerOrg: { value: env.BENCH_JOB_CONCURRENCY_PER_ORG, from: env.BENCH_JOB_CONCURRENCY_PER_ORG_FROM },
    serverCpuSeconds: { node: cpu1.node - cpu0.node, tools: cpu1.tools - cpu0.tools },
    machineBusy: (machine1.busy - machine0.busy) / (machine1.total - machine0.total),
    records: records.map((r) => ({
      id: r.id,
      status: r.status,
      error: r.error ?? null,
      durationMs: r.durationMs ?? null,
      createdAt: r.createdAt ?? null,
      completedAt: r.completedAt ?? null,
      startedSeconds: r.startedSeconds ?? null,
      seenSeconds: r.seenSeconds ?? null,
    })),
  });
  const done = records.filter((r) => r.status === "completed").length;
  log(`throughput: ${done} completed, ${records.length - done} not, ${uploads.length - ids.size} uploads refused, in ${wallSeconds.toFixed(1)} s`);
}

// ---------------------------------------------------------------- step timings

async function steps() {
  const dataDir = path.join(required("BENCH_WORK"), "data", "db");
  const require = createRequire(path.join(required("BENCH_APP_DIR"), "package.json"));
  const { PGlite } = await import(pathToFileURL(require.resolve("@electric-sql/pglite")).href);
  const db = await PGlite.create(dataDir);
  try {
    const runs = (
      await db.query(`
        select r.id, r.job_id, r.event_data->>'recordId' as record_id, r.status, r.attempts,
               r.created_at, r.finished_at, s.step_id, s.created_at as step_at
        from job_runs r left join job_steps s on s.run_id = r.id
        order by r.created_at, s.created_at`)
    ).rows;
    const records = (await db.query(`select id, created_at, completed_at, status from records`)).rows;
    const byRecord = {};
    for (const row of runs) {
      const rec = (byRecord[row.record_id] ??= { runs: {} });
      const run = (rec.runs[row.job_id] ??= {
        status: row.status,
        attempts: row.attempts,
        createdAt: row.created_at.getTime(),
        finishedAt: row.finished_at?.getTime() ?? null,
        steps: {},
      });
      if (row.step_id) run.steps[row.step_id] = row.step_at.getTime();
    }
    for (const r of records) {
      const rec = (byRecord[r.id] ??= { runs: {} });
      rec.createdAt = r.created_at.getTime();
      rec.completedAt = r.completed_at?.getTime() ?? null;
      rec.status = r.status;
    }
    const phases = {};
    for (const [id, rec] of Object.entries(byRecord)) {
      const proc = rec.runs["process-recording"];
      const fin = rec.runs["finish-record"];
      if (!proc) continue;
      const s = proc.steps;
      const channels = Object.keys(s).filter((k) => k.startsWith("transcribe-channel-")).sort().map((k) => s[k]);
      const sttEnd = channels.length ? Math.max(...channels) : NaN;
      const completed = fin?.steps["mark-completed"] ?? NaN;
      phases[id] = {
        attempts: proc.attempts,
        // queued (upload commit) → mark-processing done: waiting for a runner slot, the claim, one update
        queue: s["mark-processing"] - proc.createdAt,
        // storage → temp file, sniff, ffprobe, ffmpeg split, silence check, channel WAVs → storage
        decode: s.decode - s["mark-processing"],
        // both channels in parallel, from the end of decode; and each channel alone
        stt: sttEnd - s.decode,
        sttChannels: channels.map((t) => t - s.decode),
        store: s["store-transcript"] - sttEnd,
        handOver: s["hand-over"] - s["store-transcript"],
        // finish-record queued → claimed → record marked completed
        finish: completed - s["hand-over"],
        total: completed - proc.createdAt,
      };
    }
    writeJson("steps", { phases });
  } finally {
    await db.close();
  }
}

// ---------------------------------------------------------------- report

const f1 = (v) => (Number.isFinite(v) ? v.toFixed(1) : "–");
const f2 = (v) => (Number.isFinite(v) ? v.toFixed(2) : "–");
const ms = (v) => (Number.isFinite(v) ? String(Math.round(v)) : "–");

function machine() {
  const cpu = fs.readFileSync("/proc/cpuinfo", "utf8").match(/model name\s*:\s*(.*)/)?.[1] ?? "unknown CPU";
  let ps = "";
  try {
    ps = execFileSync("dpkg-query", ["-W", "-f", "${Version}", "pocketsphinx"], { encoding: "utf8" });
  } catch {
    ps = "unknown";
  }
  return `${os.cpus().length} vCPU (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.versions.node}, pocketsphinx ${ps}`;
}

function report() {
  const lat = readJson("latency");
  const tp = readJson("throughput");
  const { phases } = readJson("steps");
  const measured = lat.rounds.filter((r) => !r.warmup);
  const mono = measured.map((r) => r.rawMono.seconds);
  const split = measured.map((r) => r.rawSplit.seconds);
  const pipe = measured.map((r) => r.pipeline.seconds);
  const mMono = median(mono);
  const mSplit = median(split);
  const mPipe = median(pipe);
  const aim = 1.2;
  const met = (ratio) => (ratio <= aim ? "**met**" : "missed");
  const callS = lat.callSeconds;
  const runCols = measured.map((r) => `run ${r.round}`);
  const row = (label, values, m) =>
    `| ${label} | ${values.map(f2).join(" | ")} | **${f2(m)}** | ${f1(callS / m)}× |`;

  const out = [];
  const p = (s = "") => out.push(s);
  p(`# Audio pipeline benchmark: ${new Date().toISOString().slice(0, 10)}`);
  p();
  p(`Machine: ${machine()}. Load average (1 min) before the rounds: ${measured.map((r) => f2(r.loadAverage)).join(", ")}; before Part B: ${f2(tp.loadAverage)}.`);
  p(`Call: ${f1(callS)} s, 16 kHz 16-bit stereo (agent left, customer right). Embedded database (PGlite), embedded job runner, local disk storage.`);
  p();
  p(`## Part A: one call, pipeline against raw speech-to-text (${measured.length} interleaved rounds after a warm-up, seconds)`);
  p();
  p(`| measurement | ${runCols.join(" | ")} | median | × real time |`);
  p(`| --- | ${runCols.map(() => "---:").join(" | ")} | ---: | ---: |`);
  p(row("raw STT: whole call downmixed to mono, 1 process", mono, mMono));
  p(row("raw STT: 2 channels, 2 processes in parallel", split, mSplit));
  p(row(`pipeline: POST /records/upload → status completed (${lat.pollMs} ms polling)`, pipe, mPipe));
  p();
  p(`| ratio (medians) | value | aim ≤ ${aim}× |`);
  p(`| --- | ---: | :---: |`);
  p(`| pipeline ÷ raw mono (1 process) | ${f2(mPipe / mMono)}× | ${met(mPipe / mMono)} |`);
  p(`| pipeline ÷ raw 2 channels in parallel | ${f2(mPipe / mSplit)}× | ${met(mPipe / mSplit)} |`);
  p();
  const cMono = median(measured.map((r) => r.rawMono.cpuSeconds));
  const cSplit = median(measured.map((r) => r.rawSplit.cpuSeconds));
  const cTools = median(measured.map((r) => r.pipeline.cpuSeconds.tools));
  const cNode = median(measured.map((r) => r.pipeline.cpuSeconds.node));
  p(`CPU used (median core-seconds; unlike wall time, barely moved by other load on the machine):`);
  p();
  p(`| measurement | CPU s | ÷ raw 2 channels |`);
  p(`| --- | ---: | ---: |`);
  p(`| raw STT, mono, 1 process | ${f2(cMono)} | ${f2(cMono / cSplit)}× |`);
  p(`| raw STT, 2 channels | ${f2(cSplit)} | 1.00× |`);
  p(`| pipeline: ffprobe + ffmpeg + pocketsphinx (server's child processes) | ${f2(cTools)} | ${f2(cTools / cSplit)}× |`);
  p(`| pipeline: the Node server (upload, jobs, database, the ${lat.pollMs} ms polls) | ${f2(cNode)} | ${f2(cNode / cSplit)}× |`);
  p(`| pipeline, total | ${f2(cTools + cNode)} | ${f2((cTools + cNode) / cSplit)}× |`);
  p();
  const polls = median(measured.map((r) => r.pipeline.polls));
  p(
    `The client's polling is part of the Node CPU: a GET /records/:id costs the server about ${f1(lat.pollCpuMs)} ms of CPU ` +
      `(measured after the rounds), and a run made ${polls} polls, i.e. about ${f2((polls * lat.pollCpuMs) / 1000)} s.`,
  );
  p();

  const lp = measured.map((r) => ({ r, ph: phases[r.pipeline.recordId] ?? {} }));
  const med = (fn) => median(lp.map(fn));
  const uploadToCreated = med(({ r }) => Date.parse(r.pipeline.createdAt) - r.pipeline.t0Epoch);
  const pollLag = med(({ r }) => r.pipeline.doneEpoch - Date.parse(r.pipeline.completedAt));
  p(`Where the pipeline's time goes (median of the ${measured.length} measured runs, ms; from the record and job_steps timestamps):`);
  p();
  p(`| phase | ms |`);
  p(`| --- | ---: |`);
  p(`| upload request until the record row is written (multipart stream to storage, auth, project check) | ${ms(uploadToCreated)} |`);
  p(`| queued → mark-processing done (runner wake-up, claim, one update) | ${ms(med(({ ph }) => ph.queue))} |`);
  p(`| decode (copy from storage, sniff, ffprobe, ffmpeg split, silence check, channel WAVs to storage) | ${ms(med(({ ph }) => ph.decode))} |`);
  p(`| speech-to-text, both channels in parallel (each: copy from storage, pocketsphinx_continuous) | ${ms(med(({ ph }) => ph.stt))} |`);
  p(`| &nbsp;&nbsp;left channel alone / right channel alone | ${ms(med(({ ph }) => ph.sttChannels?.[0]))} / ${ms(med(({ ph }) => ph.sttChannels?.[1]))} |`);
  p(`| store-transcript (merge into turns, talk metrics, insert) | ${ms(med(({ ph }) => ph.store))} |`);
  p(`| hand-over (queue finish-record) | ${ms(med(({ ph }) => ph.handOver))} |`);
  p(`| finish-record (claimed by the runner, record marked completed) | ${ms(med(({ ph }) => ph.finish))} |`);
  p(`| completed → seen by the client (polling granularity, GET latency) | ${ms(pollLag)} |`);
  p(`| **total, client side** | **${ms(mPipe * 1000)}** |`);
  p();
  p(
    `Same words from both paths: raw 2 channels ${measured.map((r) => r.rawSplit.words.left + r.rawSplit.words.right).join("/")}, ` +
      `pipeline transcript ${measured.map((r) => r.pipeline.transcriptWords).join("/")}, raw mono ${measured.map((r) => r.rawMono.words).join("/")} words.`,
  );
  p();

  const recs = tp.records;
  const completed = recs.filter((r) => r.status === "completed");
  const failed = recs.filter((r) => r.status === "failed");
  const other = recs.filter((r) => !TERMINAL.has(r.status));
  const audioMinutes = completed.reduce((n, r) => n + (r.durationMs ?? 0), 0) / 60_000;
  const lastCompleted = Math.max(...completed.map((r) => Date.parse(r.completedAt)));
  const serverWall = (lastCompleted - tp.t0Epoch) / 1000;
  const latencies = completed.map((r) => (Date.parse(r.completedAt) - Date.parse(r.createdAt)) / 1000);
  const cpuS = tp.serverCpuSeconds;
  p(`## Part B: throughput, ${tp.copies} copies of the call uploaded at once`);
  p();
  p(`| | |`);
  p(`| --- | ---: |`);
  p(`| JOB_CONCURRENCY (runs at once per process) | ${tp.jobConcurrency.value} (${tp.jobConcurrency.from}) |`);
  p(`| JOB_CONCURRENCY_PER_ORG (all ${tp.copies} are in one organization) | ${tp.jobConcurrencyPerOrg.value} (${tp.jobConcurrencyPerOrg.from}) |`);
  p(`| uploads accepted / refused | ${recs.length} / ${tp.uploadsRefused.length} |`);
  p(`| completed / failed / unfinished${tp.timedOut ? " (timed out)" : ""} | ${completed.length} / ${failed.length} / ${other.length} |`);
  p(`| all ${tp.copies} uploads answered (s) | ${f1(tp.uploadSeconds)} |`);
  p(`| wall time, first upload → last record seen finished (s, ${tp.pollMs} ms polling) | **${f1(tp.wallSeconds)}** |`);
  p(`| wall time to the last completedAt (s) | ${f1(serverWall)} |`);
  p(`| audio completed (minutes) | ${f1(audioMinutes)} |`);
  p(`| **audio minutes per wall minute** (to the last completedAt) | **${f2(audioMinutes / (tp.wallSeconds / 60))}** (${f2(audioMinutes / (serverWall / 60))}) |`);
  p(`| per record, upload → completed (s): min / median / max | ${f1(Math.min(...latencies))} / ${f1(median(latencies))} / ${f1(Math.max(...latencies))} |`);
  p(`| machine CPU busy during Part B (all cores) | ${Math.round(tp.machineBusy * 100)} % |`);
  p(`| server CPU: Node process / ffmpeg + pocketsphinx (core-seconds) | ${f1(cpuS.node)} / ${f1(cpuS.tools)} |`);
  const cores = os.cpus().length;
  p(`| the server's share of the machine's CPU during Part B | ${Math.round(((cpuS.node + cpuS.tools) / (tp.wallSeconds * cores)) * 100)} % |`);
  p(`| ceiling at that CPU cost with all ${cores} cores to itself (audio min per wall min) | ${f2(audioMinutes / ((cpuS.node + cpuS.tools) / cores / 60))} |`);
  p();
  const tph = completed.map((r) => phases[r.id]).filter(Boolean);
  const q = (fn) => `${ms(median(tph.map(fn)))} / ${ms(Math.max(...tph.map(fn)))}`;
  p(`Per-record phases under load (ms, median / max over the completed records):`);
  p();
  p(`| queued → started | decode | STT both channels | store | finish-record | upload → completed |`);
  p(`| ---: | ---: | ---: | ---: | ---: | ---: |`);
  p(`| ${q((x) => x.queue)} | ${q((x) => x.decode)} | ${q((x) => x.stt)} | ${q((x) => x.store)} | ${q((x) => x.finish)} | ${q((x) => x.total)} |`);
  if (failed.length || other.length || tp.uploadsRefused.length) {
    p();
    p(`Failures:`);
    for (const r of [...failed, ...other]) p(`- ${r.id}: ${r.status}${r.error ? `: ${r.error}` : ""}`);
    for (const u of tp.uploadsRefused) p(`- upload ${u.i}: ${u.error}`);
  }
  const retried = Object.entries(phases).filter(([, x]) => x.attempts > 0);
  if (retried.length) {
    p();
    p(`Retried runs: ${retried.map(([id, x]) => `${id} (${x.attempts})`).join(", ")}.`);
  }

  const markdown = `${out.join("\n")}\n`;
  process.stdout.write(markdown);
  const dir = required("BENCH_RESULTS_DIR");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "latest.md"), markdown);
  fs.writeFileSync(
    path.join(dir, "latest.json"),
    `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), latency: lat, throughput: tp, phases }, null, 2)}\n`,
  );
  log(`wrote ${path.join(dir, "latest.md")} and latest.json`);
}

const commands = { latency, throughput, steps, report };
const command = commands[process.argv[2]];
if (!command) {
  console.error(`usage: node bench/pipeline/measure.mjs ${Object.keys(commands).join("|")}`);
  process.exit(2);
}
await command();
