/**
 * PocketSphinx word error rate and speed on the synthesised test call
 * (scripts/make-test-calls.sh). Run through bench/stt/run.sh:
 *
 *   bash bench/stt/run.sh          the shipped setup: kal16 agent, rms customer, default decoder flags
 *   bash bench/stt/run.sh sweep    also other voices, slower speech and decoder flags
 *
 * Prints markdown tables and writes bench/stt/results/<date>-pocketsphinx.json.
 */
import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { prepareAudio } from "@/lib/audio/prepare";
import { createPocketSphinxProvider } from "@/lib/stt/pocketsphinx";
import type { SttResult } from "@/lib/stt/types";
import { type WerResult, wordErrorRate } from "@/lib/stt/wer";

const run = promisify(execFile);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SCRIPT = path.join(ROOT, "scripts/make-test-calls.sh");
const RESULTS = path.join(ROOT, "bench/stt/results");

interface Variant {
  label: string;
  agentVoice: string;
  customerVoice: string;
  stretch: string;
  decoderArgs: string[];
  /** White noise under both channels (NOISE_DBFS of make-test-calls.sh). */
  noiseDbfs?: string;
  /** Time three times (median), and each channel alone too. */
  fullTiming?: boolean;
}

const SHIPPED: Variant = { label: "shipped", agentVoice: "kal16", customerVoice: "rms", stretch: "1.0", decoderArgs: [], fullTiming: true };

const SWEEP: Variant[] = [
  { label: "agent slt", agentVoice: "slt", customerVoice: "rms", stretch: "1.0", decoderArgs: [] },
  { label: "agent slt, slower (stretch 1.2)", agentVoice: "slt", customerVoice: "rms", stretch: "1.2", decoderArgs: [] },
  { label: "agent rms, customer slt", agentVoice: "rms", customerVoice: "slt", stretch: "1.0", decoderArgs: [] },
  { label: "agent kal16, customer slt", agentVoice: "kal16", customerVoice: "slt", stretch: "1.0", decoderArgs: [] },
  { label: "agent awb, customer kal16", agentVoice: "awb", customerVoice: "kal16", stretch: "1.0", decoderArgs: [] },
  { label: "agent kal (8 kHz voice, upsampled)", agentVoice: "kal", customerVoice: "rms", stretch: "1.0", decoderArgs: [] },
  { label: "shipped voices, slower (stretch 1.2)", agentVoice: "kal16", customerVoice: "rms", stretch: "1.2", decoderArgs: [] },
  { label: "shipped voices, -lw 8", agentVoice: "kal16", customerVoice: "rms", stretch: "1.0", decoderArgs: ["-lw", "8"] },
  { label: "shipped voices, -lw 5", agentVoice: "kal16", customerVoice: "rms", stretch: "1.0", decoderArgs: ["-lw", "5"] },
  { label: "shipped voices, wider beams", agentVoice: "kal16", customerVoice: "rms", stretch: "1.0", decoderArgs: ["-beam", "1e-60", "-wbeam", "1e-40", "-pbeam", "1e-60"] },
  { label: "shipped voices, -remove_noise yes", agentVoice: "kal16", customerVoice: "rms", stretch: "1.0", decoderArgs: ["-remove_noise", "yes"] },
  { label: "noise floor -60 dBFS", agentVoice: "kal16", customerVoice: "rms", stretch: "1.0", decoderArgs: [], noiseDbfs: "-60" },
  { label: "noise floor -60 dBFS, -remove_noise yes", agentVoice: "kal16", customerVoice: "rms", stretch: "1.0", decoderArgs: ["-remove_noise", "yes"], noiseDbfs: "-60" },
  { label: "noise floor -45 dBFS", agentVoice: "kal16", customerVoice: "rms", stretch: "1.0", decoderArgs: [], noiseDbfs: "-45" },
  { label: "noise floor -45 dBFS, -remove_noise yes", agentVoice: "kal16", customerVoice: "rms", stretch: "1.0", decoderArgs: ["-remove_noise", "yes"], noiseDbfs: "-45" },
];

interface Measured {
  label: string;
  voices: { agent: string; customer: string };
  stretch: number;
  noiseDbfs: number | null;
  decoderArgs: string[];
  callSeconds: number;
  wer: { agent: WerResult; customer: WerResult; overall: WerResult };
  /** Both channels at once, as the pipeline runs them: call seconds per wall second (median of runs). */
  parallel: { runs: number; wallSeconds: number; xRealTime: number };
  /** Each channel alone: channel seconds per wall second (median of runs). */
  sequential?: { agentXRealTime: number; customerXRealTime: number };
  /** 1-minute load average before the variant: the machine may be shared. */
  loadAverage: number;
  hypotheses: { agent: string; customer: string };
}

async function measure(variant: Variant, workRoot: string): Promise<Measured> {
  const dir = await fs.mkdtemp(path.join(workRoot, "call-"));
  await run("bash", [SCRIPT, dir], {
    env: {
      ...process.env,
      AGENT_VOICE: variant.agentVoice,
      CUSTOMER_VOICE: variant.customerVoice,
      STRETCH: variant.stretch,
      NOISE_DBFS: variant.noiseDbfs ?? "",
    },
  });
  const reference = {
    agent: await fs.readFile(path.join(dir, "reference-agent.txt"), "utf8"),
    customer: await fs.readFile(path.join(dir, "reference-customer.txt"), "utf8"),
  };
  const prepared = await prepareAudio(path.join(dir, "call-stereo.wav"), path.join(dir, "channels"));
  const [agentWav, customerWav] = prepared.channelPaths as [string, string];
  const provider = createPocketSphinxProvider({ timeoutMs: 600_000, extraArgs: variant.decoderArgs });
  const transcribe = (wavPath: string) => provider.transcribe({ wavPath, language: "en-US" });
  const callSeconds = prepared.durationMs / 1000;

  const loadAverage = os.loadavg()[0]!;
  const runs = variant.fullTiming ? 3 : 1;
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const timed = async <T>(fn: () => Promise<T>) => {
    const t0 = performance.now();
    const value = await fn();
    return { value, seconds: (performance.now() - t0) / 1000 };
  };

  const walls: number[] = [];
  let agent!: SttResult;
  let customer!: SttResult;
  for (let i = 0; i < runs; i++) {
    const { value, seconds } = await timed(() => Promise.all([transcribe(agentWav), transcribe(customerWav)]));
    [agent, customer] = value;
    walls.push(seconds);
  }
  const wallSeconds = median(walls);

  let sequential: Measured["sequential"];
  if (variant.fullTiming) {
    const alone = async (wavPath: string) => {
      const speeds: number[] = [];
      for (let i = 0; i < runs; i++) speeds.push(callSeconds / (await timed(() => transcribe(wavPath))).seconds);
      return median(speeds);
    };
    sequential = { agentXRealTime: await alone(agentWav), customerXRealTime: await alone(customerWav) };
  }
  await fs.rm(dir, { recursive: true, force: true });

  return {
    label: variant.label,
    voices: { agent: variant.agentVoice, customer: variant.customerVoice },
    stretch: Number(variant.stretch),
    noiseDbfs: variant.noiseDbfs ? Number(variant.noiseDbfs) : null,
    decoderArgs: variant.decoderArgs,
    callSeconds,
    wer: {
      agent: wordErrorRate(reference.agent, agent.text),
      customer: wordErrorRate(reference.customer, customer.text),
      overall: wordErrorRate(`${reference.agent}\n${reference.customer}`, `${agent.text} ${customer.text}`),
    },
    parallel: { runs, wallSeconds, xRealTime: callSeconds / wallSeconds },
    sequential,
    loadAverage,
    hypotheses: { agent: agent.text, customer: customer.text },
  };
}

const pct = (w: WerResult): string => `${(w.wer * 100).toFixed(1)}% (${w.errors}/${w.referenceWords})`;

function table(results: Measured[]): string {
  const lines = [
    "| setup | call s | agent WER | customer WER | overall WER | S/D/I | both channels: x real time | load avg |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const r of results) {
    const o = r.wer.overall;
    lines.push(
      `| ${r.label} (${r.voices.agent}/${r.voices.customer}${r.stretch !== 1 ? `, ×${r.stretch}` : ""}${r.noiseDbfs !== null ? `, noise ${r.noiseDbfs} dBFS` : ""}${r.decoderArgs.length ? `, \`${r.decoderArgs.join(" ")}\`` : ""}) | ${r.callSeconds.toFixed(1)} | ${pct(r.wer.agent)} | ${pct(r.wer.customer)} | **${pct(o)}** | ${o.substitutions}/${o.deletions}/${o.insertions} | ${r.parallel.xRealTime.toFixed(1)}× | ${r.loadAverage.toFixed(1)} |`,
    );
  }
  return lines.join("\n");
}

async function main() {
  const mode = process.argv[2] ?? "shipped";
  if (mode !== "shipped" && mode !== "sweep") throw new Error("usage: run.ts [shipped|sweep] <workdir>");
  const workRoot = path.resolve(process.argv[3] ?? path.join(os.tmpdir(), "callscope-bench-stt"));
  await fs.mkdir(workRoot, { recursive: true });

  const variants = mode === "sweep" ? [SHIPPED, ...SWEEP] : [SHIPPED];
  const results: Measured[] = [];
  for (const variant of variants) {
    process.stderr.write(`[bench:stt] ${variant.label}…\n`);
    results.push(await measure(variant, workRoot));
  }

  const shipped = results[0]!;
  const { stdout: version } = await run("dpkg-query", ["-W", "-f=${Version}", "pocketsphinx"]).catch(() => ({ stdout: "unknown" }));
  const date = new Date().toISOString().slice(0, 10);
  const report = {
    benchmark: "stt-pocketsphinx",
    date,
    generatedAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model.trim() ?? "unknown",
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()}`,
      node: process.version,
      pocketsphinx: version,
    },
    aim: { maxOverallWer: 0.15 },
    mode,
    results,
  };
  await fs.mkdir(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `${date}-pocketsphinx.json`);
  await fs.writeFile(file, `${JSON.stringify(report, null, 2)}\n`);

  console.log(table(results));
  console.log();
  if (shipped.sequential) {
    console.log(
      `Shipped setup, one channel at a time: agent ${shipped.sequential.agentXRealTime.toFixed(1)}× real time, ` +
        `customer ${shipped.sequential.customerXRealTime.toFixed(1)}× real time (RTF ${(1 / shipped.sequential.agentXRealTime).toFixed(3)} / ${(1 / shipped.sequential.customerXRealTime).toFixed(3)}).`,
    );
  }
  console.log(`Aim: overall WER ≤ 15% — shipped setup ${shipped.wer.overall.wer <= 0.15 ? "meets it" : "MISSES it"}.`);
  console.log(`Written to ${path.relative(ROOT, file)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
