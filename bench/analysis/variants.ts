/**
 * Many records from the 35 labelled transcripts: record i is labelled
 * transcript i mod 35 with its people renamed (made-up names, new to the
 * process, as real calls bring), its digits redrawn, and its times stretched
 * by 0.92–1.08 (talk metrics recomputed). Deterministic per index, so the
 * re-analysis benchmark and the pure-analysis loop see the same transcripts
 * without holding 10,000 of them in memory.
 */
import type { TranscriptSegment } from "@/db/schema/transcripts";
import { computeTalkMetrics, type TalkMetrics } from "@/lib/audio/talk-metrics";
import { loadLabelled, type LabelledTranscript } from "./labelled";

/** The people named in the labelled transcripts (either case). */
const NAMES = new Set(
  (
    "priya daniel reyes kyle sarah lindqvist okafor dana graham helen marsh jordan chen tom femi grace adeyemi tunde leo kate " +
    "nadia wexler patel sam michael torres marcus lopez kelly brian derek holloway alicia baker dean lisa kemp josh aisha ravi " +
    "shah victor angela brooks joe chloe barnes owen peter walsh rosa lauren imran margaret ellis arjun mehta ben natalie " +
    "andrew collins mark jenny ana dorothy hughes simon emma richardson laura richard nolan mia adams rachel sunita rao kofi"
  ).split(" "),
);

const ONSETS = ["b", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "ch", "sh", "tr"];
const VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "ia"];

function rng(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let base: LabelledTranscript[] | undefined;
export function baseTranscripts(): LabelledTranscript[] {
  base ??= loadLabelled();
  return base;
}

export interface Variant {
  index: number;
  source: string;
  type: "call" | "chat";
  segments: TranscriptSegment[];
  talkMetrics: TalkMetrics | null;
  durationMs: number | null;
}

export function variant(index: number): Variant {
  const all = baseTranscripts();
  const t = all[index % all.length]!;
  const random = rng(index * 7919 + 17);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const renames = new Map<string, string>();
  const rename = (name: string) => {
    const key = name.toLowerCase();
    let to = renames.get(key);
    if (!to) {
      to = pick(ONSETS) + pick(VOWELS) + pick(ONSETS) + pick(VOWELS) + (random() < 0.5 ? pick(["n", "s", "l", "r"]) : "");
      renames.set(key, to);
    }
    return name[0] === name[0]!.toUpperCase() ? to[0]!.toUpperCase() + to.slice(1) : to;
  };
  const digits = new Map<string, string>();
  const redraw = (number: string) => {
    let to = digits.get(number);
    if (!to) {
      to = number.replace(/\d/g, () => String(Math.floor(random() * 10)));
      digits.set(number, to);
    }
    return to;
  };
  const change = (word: string) => word.replace(/\p{L}+/gu, (w) => (NAMES.has(w.toLowerCase()) ? rename(w) : w)).replace(/\d+/g, redraw);
  const stretch = 0.92 + random() * 0.16;
  const at = (ms: number) => Math.round(ms * stretch);

  const segments = t.segments.map((s) => ({
    speaker: s.speaker,
    startMs: t.type === "chat" ? s.startMs : at(s.startMs),
    endMs: t.type === "chat" ? s.endMs : at(s.endMs),
    text: change(s.text),
    words: s.words.map((w) => ({ ...w, word: change(w.word), startMs: at(w.startMs), endMs: at(w.endMs) })),
  }));
  const durationMs = t.durationMs === null ? null : at(t.durationMs);
  const talkMetrics =
    t.talkMetrics && durationMs !== null
      ? computeTalkMetrics(
          segments.map((s) => ({ speaker: s.speaker as "agent" | "customer", startMs: s.startMs, endMs: s.endMs })),
          durationMs,
        )
      : null;
  return { index, source: t.id, type: t.type, segments, talkMetrics, durationMs };
}
