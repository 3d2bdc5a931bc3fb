/**
 * Builds bench/analysis/labelled/<id>.json from the hand-written scripts in
 * bench/analysis/labelled-src/<id>.txt: gives every turn plausible times (and
 * word timings when the script asks for them) and, for calls, the talk
 * metrics the pipeline would store. Deterministic: the same script always
 * gives the same JSON.
 *
 *   node_modules/.bin/tsx bench/analysis/build-labelled.ts            labelled-src/ → labelled/
 *   node_modules/.bin/tsx bench/analysis/build-labelled.ts holdout    holdout-src/ → holdout/
 *   node_modules/.bin/tsx bench/analysis/build-labelled.ts holdout2   holdout2-src/ → holdout2/
 *
 * Script format (see any file in labelled-src/):
 *
 *   id: billing-double-charge            header lines, "key: value", up to "---"
 *   description: ...
 *   type: call | chat
 *   words: yes | no                      word timings (calls only)
 *   labels: greeting=passed, identify-customer=failed, ...
 *   note <criterion>: why the label is what it is (optional, repeatable)
 *   ---
 *   A: an agent turn                     A = agent, C = customer, one turn per line
 *   C: a customer turn
 *   ~ 45s                                silence (hold, typing, a line test) before the next turn
 *   C>: a turn that starts before the previous one ends (interruption)
 *
 * Timing model for calls: about 2.6 words/s for agents and 2.5 for customers,
 * each turn jittered ±12 %, 0.25–0.9 s between turns. Chats get the app's own
 * timing for messages without timestamps: one second per message
 * (lib/services/records/conversation-to-segments.ts).
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TranscriptSegment, TranscriptWord } from "@/db/schema/transcripts";
import { computeTalkMetrics } from "@/lib/audio/talk-metrics";
import { CRITERION_IDS, type LabelledTranscript, type Label } from "./labelled";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SET = process.argv[2] ?? "labelled";
if (SET !== "labelled" && SET !== "holdout" && SET !== "holdout2") throw new Error("usage: build-labelled.ts [labelled|holdout|holdout2]");
const SRC = path.join(HERE, `${SET}-src`);
const OUT = path.join(HERE, SET);

/** Mulberry32, seeded from the transcript id: stable times per transcript. */
function rng(seedText: string): () => number {
  let seed = 0;
  for (const ch of seedText) seed = (Math.imul(seed, 31) + ch.charCodeAt(0)) | 0;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Turn {
  speaker: "agent" | "customer";
  text: string;
  pauseBeforeMs: number | null;
  interrupts: boolean;
}

interface Script {
  header: Record<string, string>;
  notes: Record<string, string>;
  turns: Turn[];
}

function parseScript(file: string): Script {
  const text = fs.readFileSync(file, "utf8");
  const [head, body] = text.split(/^---$/m);
  if (body === undefined) throw new Error(`${file}: no "---" line`);
  const header: Record<string, string> = {};
  const notes: Record<string, string> = {};
  for (const line of head!.split("\n")) {
    if (!line.trim()) continue;
    const note = /^note ([\w-]+):\s*(.*)$/.exec(line);
    if (note) {
      notes[note[1]!] = note[2]!.trim();
      continue;
    }
    const kv = /^(\w+):\s*(.*)$/.exec(line);
    if (!kv) throw new Error(`${file}: bad header line ${line}`);
    header[kv[1]!] = kv[2]!.trim();
  }
  const turns: Turn[] = [];
  let pause: number | null = null;
  for (const raw of body.split("\n")) {
    const line = raw.trim();
    if (!line) continue;
    const hold = /^~\s*(\d+(?:\.\d+)?)s$/.exec(line);
    if (hold) {
      pause = Number(hold[1]) * 1000;
      continue;
    }
    const turn = /^([AC])(>?):\s*(.+)$/.exec(line);
    if (!turn) throw new Error(`${file}: bad line ${line}`);
    turns.push({ speaker: turn[1] === "A" ? "agent" : "customer", text: turn[3]!, pauseBeforeMs: pause, interrupts: turn[2] === ">" });
    pause = null;
  }
  return { header, notes, turns };
}

function parseLabels(file: string, value: string | undefined): Record<string, Label> {
  if (!value) throw new Error(`${file}: no labels`);
  const labels: Record<string, Label> = {};
  for (const part of value.split(",")) {
    const [id, label] = part.split("=").map((s) => s.trim());
    if (!id || !CRITERION_IDS.includes(id)) throw new Error(`${file}: unknown criterion ${id}`);
    if (label !== "passed" && label !== "failed" && label !== "not_applicable") throw new Error(`${file}: bad label ${label} for ${id}`);
    labels[id] = label;
  }
  const missing = CRITERION_IDS.filter((id) => !(id in labels));
  if (missing.length) throw new Error(`${file}: no label for ${missing.join(", ")}`);
  return labels;
}

const tokensOf = (text: string) => text.split(/\s+/).filter(Boolean);
/** What a speech engine would emit for a token: no surrounding punctuation. */
const wordOf = (token: string) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");

function wordTimings(text: string, startMs: number, endMs: number, random: () => number): TranscriptWord[] {
  const words = tokensOf(text).map(wordOf).filter(Boolean);
  const weights = words.map((w) => w.length + 2 + random() * 2);
  const total = weights.reduce((a, b) => a + b, 0);
  const span = endMs - startMs;
  let at = startMs;
  return words.map((word, i) => {
    const slot = (span * weights[i]!) / total;
    const start = Math.round(at);
    const end = Math.round(at + slot * 0.88);
    at += slot;
    return { word, startMs: start, endMs: Math.max(end, start + 40), confidence: Math.round((0.82 + random() * 0.17) * 100) / 100 };
  });
}

function build(file: string): LabelledTranscript {
  const { header, notes, turns } = parseScript(file);
  const id = header.id;
  if (!id || `${id}.txt` !== path.basename(file)) throw new Error(`${file}: id must match the file name`);
  const type = header.type;
  if (type !== "call" && type !== "chat") throw new Error(`${file}: type must be call or chat`);
  const labels = parseLabels(file, header.labels);
  const random = rng(id);
  const withWords = header.words === "yes";

  if (type === "chat") {
    const segments: TranscriptSegment[] = turns.map((t, i) => ({
      speaker: t.speaker,
      startMs: i * 1000,
      endMs: (i + 1 < turns.length ? i + 1 : i) * 1000,
      text: t.text,
      words: [],
    }));
    return { id, description: header.description ?? "", type, durationMs: null, segments, labels, labelNotes: notes };
  }

  const segments: TranscriptSegment[] = [];
  let clock = 400 + Math.round(random() * 900);
  for (const turn of turns) {
    const n = tokensOf(turn.text).length;
    const perWord = (turn.speaker === "agent" ? 385 : 400) * (0.88 + random() * 0.24);
    const duration = Math.max(450, Math.round(n * perWord + 150));
    const previous = segments.at(-1);
    let start: number;
    if (turn.pauseBeforeMs !== null) start = clock + turn.pauseBeforeMs;
    else if (turn.interrupts && previous) start = previous.endMs - Math.min(900, Math.round((previous.endMs - previous.startMs) / 3));
    else if (previous) start = clock + 250 + Math.round(random() * 650);
    else start = clock;
    const end = start + duration;
    segments.push({
      speaker: turn.speaker,
      startMs: start,
      endMs: end,
      text: turn.text,
      words: withWords ? wordTimings(turn.text, start, end, random) : [],
    });
    clock = Math.max(clock, end);
  }
  const durationMs = clock + 600 + Math.round(random() * 1200);
  const talkMetrics = computeTalkMetrics(segments.map((s) => ({ speaker: s.speaker as "agent" | "customer", startMs: s.startMs, endMs: s.endMs })), durationMs);
  return { id, description: header.description ?? "", type, durationMs, segments, talkMetrics, labels, labelNotes: notes };
}

const files = fs
  .readdirSync(SRC)
  .filter((f) => f.endsWith(".txt"))
  .sort();
fs.mkdirSync(OUT, { recursive: true });
for (const name of files) {
  const transcript = build(path.join(SRC, name));
  fs.writeFileSync(path.join(OUT, `${transcript.id}.json`), `${JSON.stringify(transcript, null, 2)}\n`);
}
console.log(`wrote ${files.length} transcripts to ${path.relative(process.cwd(), OUT)}`);
