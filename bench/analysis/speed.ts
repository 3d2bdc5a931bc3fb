/**
 * How long one analysis takes: analyzeConversation with the default
 * scorecard on a realistic 10-minute call (long-call.ts: ~1,500 words,
 * ~90 turns, word timings), as the pipeline's "score" step runs it.
 *
 *   node_modules/.bin/tsx bench/analysis/speed.ts [--runs 50] [--json <file>]
 *
 * Reports, in one fresh process: loading the wink-nlp model (warmUpNlp), the
 * first analysis (cold code paths), then the median and p95 of N further
 * runs of the same call, and a breakdown of a warm run (parsing the segments
 * with wink, sentiment/key phrases/entities/summary, the scorecard's checks).
 * Then N runs where each call brings words the process has not seen: 10 % of
 * them (names, numbers, misrecognitions: realistic) and all of them (worst
 * case), because aligning word timings compiles a regular expression per
 * distinct word (lib/analysis/local/word-times.ts) and V8 caches those.
 */
import fs from "node:fs";
import os from "node:os";
import { analyzeConversation, type AnalyzeConversationInput } from "@/lib/analysis/analyze-conversation";
import { analyzeText, parseTranscript, warmUpNlp } from "@/lib/analysis/local";
import { evaluateCriteria, scoreResults } from "@/lib/scoring";
import { defaultScorecard } from "@/lib/scoring/default-scorecard";
import { buildLongCall, withNovelWords } from "./long-call";

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const RUNS = Number(arg("--runs") ?? 50);
const jsonPath = arg("--json");

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const time = <T>(fn: () => T): [T, number] => {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
};

function main() {
  const call = buildLongCall();
  const scorecard = defaultScorecard();
  const input: AnalyzeConversationInput = {
    recordType: "call",
    segments: call.segments,
    talkMetrics: call.talkMetrics,
    durationMs: call.durationMs,
    scorecard,
    answers: null,
    settings: { summary: true, sentiment: true },
  };
  const loadAverage = os.loadavg()[0]!;

  const [, modelLoadMs] = time(() => warmUpNlp());
  const [firstResult, firstCallMs] = time(() => analyzeConversation(input));

  const totals: number[] = [];
  for (let i = 0; i < RUNS; i++) totals.push(time(() => analyzeConversation(input))[1]);
  totals.sort((a, b) => a - b);

  // Where a warm run's time goes (the same steps analyzeConversation takes).
  const parts = { parse: [] as number[], insights: [] as number[], criteria: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    const [parsed, parseMs] = time(() => parseTranscript(call.segments));
    const [insights, insightsMs] = time(() => analyzeText(parsed));
    const [, criteriaMs] = time(() => {
      const criteria = evaluateCriteria(scorecard, { recordType: "call", segments: call.segments, parsed, sentiment: insights.sentiment, talkMetrics: call.talkMetrics, durationMs: call.durationMs, answers: null });
      return scoreResults(scorecard, criteria);
    });
    parts.parse.push(parseMs);
    parts.insights.push(insightsMs);
    parts.criteria.push(criteriaMs);
  }
  const median = (values: number[]) => quantile([...values].sort((a, b) => a - b), 0.5);

  // Each run a call with new words, built before timing.
  const novel = (share: number) => {
    const calls = Array.from({ length: RUNS }, (_, i) => withNovelWords(call.segments, share, `q${share * 100}x${i}`));
    const times = calls.map((segments) => time(() => analyzeConversation({ ...input, segments }))[1]).sort((a, b) => a - b);
    return { medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95) };
  };
  const novel10 = novel(0.1);
  const novel100 = novel(1);

  const result = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "",
    loadAverage,
    call: {
      words: call.words,
      turns: call.segments.length,
      durationSeconds: call.durationMs / 1000,
      agentTalkRatio: Math.round((call.talkMetrics.talkRatio ?? 0) * 1000) / 1000,
      stitchedFrom: call.sources,
    },
    modelLoadMs,
    firstCallMs,
    runs: RUNS,
    medianMs: quantile(totals, 0.5),
    p95Ms: quantile(totals, 0.95),
    minMs: totals[0]!,
    maxMs: totals.at(-1)!,
    warmBreakdownMedianMs: { parseSegments: median(parts.parse), insights: median(parts.insights), criteriaAndScore: median(parts.criteria) },
    newWords10Percent: novel10,
    newWords100Percent: novel100,
    qualityScore: firstResult.qualityScore,
  };

  console.log(`## Speed of one analysis (10-minute call, default scorecard)\n`);
  console.log(
    `Call: ${result.call.words} words, ${result.call.turns} turns, ${result.call.durationSeconds} s, word timings, agent talk ${Math.round(result.call.agentTalkRatio * 100)} %. ` +
      `Node ${process.version}, ${result.cpus} × ${result.cpuModel}, load average ${loadAverage.toFixed(2)}.\n`,
  );
  console.log("| measure | time |");
  console.log("| --- | ---: |");
  console.log(`| model load (warmUpNlp, once per process) | ${ms(modelLoadMs)} |`);
  console.log(`| first analysis after the load | ${ms(firstCallMs)} |`);
  console.log(`| median of ${RUNS} runs | **${ms(result.medianMs)}** |`);
  console.log(`| p95 of ${RUNS} runs | **${ms(result.p95Ms)}** |`);
  console.log(`| min / max | ${ms(result.minMs)} / ${ms(result.maxMs)} |`);
  console.log(`| warm run, parsing the segments (wink) | ${ms(result.warmBreakdownMedianMs.parseSegments)} |`);
  console.log(`| warm run, sentiment + key phrases + entities + action items + summary | ${ms(result.warmBreakdownMedianMs.insights)} |`);
  console.log(`| warm run, the 9 criteria + score | ${ms(result.warmBreakdownMedianMs.criteriaAndScore)} |`);
  console.log(`| each run a different call, 10 % of its words new to the process: median / p95 | ${ms(novel10.medianMs)} / ${ms(novel10.p95Ms)} |`);
  console.log(`| each run a different call, every word new (worst case): median / p95 | ${ms(novel100.medianMs)} / ${ms(novel100.p95Ms)} |`);
  const verdict = (m: { medianMs: number; p95Ms: number }) => (m.p95Ms < 200 ? "met (p95)" : m.medianMs < 200 ? "met by the median, not by p95" : "missed");
  console.log(
    `\nAim, under 200 ms: the same call repeated: ${verdict(result)}; a different call each time, 10 % new words: ${verdict(novel10)}; every word new: ${verdict(novel100)}.`,
  );
  if (jsonPath) fs.writeFileSync(jsonPath, `${JSON.stringify(result, null, 2)}\n`);
}

main();
