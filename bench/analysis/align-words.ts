/**
 * Aligning word timings with the text (lib/analysis/local/word-times.ts
 * alignWords) builds one Unicode regular expression per word. V8 caches
 * compiled expressions, so a word seen before is cheap and a new one is
 * not: the cost of an analysis depends on how many of its words the process
 * has not seen lately. This compares it with a variant that searches with
 * indexOf and checks the word boundaries by hand (no regular expression per
 * word), checks that both give the same spans on every labelled transcript
 * and on the 10-minute call, and times both.
 *
 *   node_modules/.bin/tsx bench/analysis/align-words.ts
 *
 * The variant is a suggestion measured here, not a change to the app.
 */
import type { TranscriptWord } from "@/db/schema/transcripts";
import { alignWords, type WordSpan } from "@/lib/analysis/local/word-times";
import { loadLabelled } from "./labelled";
import { buildLongCall, withNovelWords } from "./long-call";

const MAX_SKIP_CHARS = 64;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function normalizeWord(word: string): string {
  return word.replace(/\(\d+\)$/, "").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}

const fold = (text: string) => text.toLowerCase().replace(/’/g, "'");

function isWordCharBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const code = text.charCodeAt(at - 1);
  const start = code >= 0xdc00 && code <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(start)!));
}

function isWordCharAt(text: string, at: number): boolean {
  return at < text.length && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(at)!));
}

/** alignWords without a regular expression per word. */
export function alignWordsIndexOf(text: string, words: readonly TranscriptWord[]): WordSpan[] {
  const haystack = fold(text);
  // Lower-casing that changes lengths (rare letters such as "İ") would shift offsets: use the original then.
  if (haystack.length !== text.length) return alignWords(text, words);
  const spans: WordSpan[] = [];
  let cursor = 0;
  for (const word of words) {
    if (!Number.isFinite(word.startMs) || !Number.isFinite(word.endMs)) continue;
    const core = normalizeWord(word.word ?? "");
    if (!core) continue;
    const needle = fold(core);
    if (needle.length !== core.length) return alignWords(text, words);
    let at = haystack.indexOf(needle, cursor);
    while (at >= 0 && (isWordCharBefore(haystack, at) || isWordCharAt(haystack, at + needle.length))) at = haystack.indexOf(needle, at + 1);
    if (at < 0 || at - cursor > MAX_SKIP_CHARS) continue;
    spans.push({ charStart: at, charEnd: at + needle.length, startMs: word.startMs, endMs: word.endMs });
    cursor = at + needle.length;
  }
  return spans;
}

function main() {
  const call = buildLongCall();
  const corpora = [
    ...loadLabelled().map((t) => t.segments),
    call.segments,
    withNovelWords(call.segments, 0.1, "chk"),
    withNovelWords(call.segments, 1, "chk"),
  ];
  let segments = 0;
  for (const corpus of corpora) {
    for (const s of corpus) {
      if (!s.words.length) continue;
      segments++;
      const a = JSON.stringify(alignWords(s.text, s.words));
      const b = JSON.stringify(alignWordsIndexOf(s.text, s.words));
      if (a !== b) throw new Error(`different spans for: ${s.text}`);
    }
  }
  console.log(`Same spans from both on ${segments} segments with word timings.\n`);

  const time = (fn: () => void) => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  };
  const alignAll = (align: typeof alignWords, segs: typeof call.segments) => () => {
    for (const s of segs) align(s.text, s.words);
  };
  const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
  const RUNS = 20;
  console.log("| 10-minute call (1,488 words), median of 20 | alignWords (regex per word) | indexOf variant |");
  console.log("| --- | ---: | ---: |");
  for (const [label, share] of [
    ["the same call again", 0],
    ["10 % of the words new", 0.1],
    ["every word new", 1],
  ] as const) {
    const current: number[] = [];
    const variant: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const segs = share === 0 ? call.segments : withNovelWords(call.segments, share, `z${i}r${share * 100}`);
      const segs2 = share === 0 ? call.segments : withNovelWords(call.segments, share, `y${i}r${share * 100}`);
      current.push(time(alignAll(alignWords, segs)));
      variant.push(time(alignAll(alignWordsIndexOf, segs2)));
    }
    console.log(`| ${label} | ${median(current).toFixed(1)} ms | ${median(variant).toFixed(1)} ms |`);
  }
}

if (process.argv[1] && /align-words\.ts$/.test(process.argv[1])) main();
