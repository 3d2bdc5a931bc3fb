/**
 * A realistic 10-minute call for timing the analysis: turns stitched from the
 * labelled calls (an opening, the middles of several calls, a closing), about
 * 1,500 words in about 90 turns, re-timed over 600 s with word timings and
 * one hold, as speech-to-text would deliver it.
 */
import type { TranscriptSegment, TranscriptWord } from "@/db/schema/transcripts";
import { computeTalkMetrics, type TalkMetrics } from "@/lib/audio/talk-metrics";
import { loadLabelled } from "./labelled";

export interface LongCall {
  segments: TranscriptSegment[];
  talkMetrics: TalkMetrics;
  durationMs: number;
  words: number;
  sources: string[];
}

const DURATION_MS = 600_000;
const HOLD_MS = 35_000;
const MAX_TURN_WORDS = 35;

const count = (text: string) => text.split(/\s+/).filter(Boolean).length;

export function buildLongCall(targetWords = 1_500): LongCall {
  const calls = loadLabelled().filter((t) => t.type === "call" && t.segments.length >= 10);
  // Opening and closing from one call; middles (without their first two and last three turns) from the others, in turn.
  const [first, ...rest] = calls;
  const opening = first!.segments.slice(0, 2);
  const closing = first!.segments.slice(-3);
  const turns: Array<{ speaker: string; text: string }> = opening.map(({ speaker, text }) => ({ speaker, text }));
  const sources = [first!.id];
  let words = [...opening, ...closing].reduce((n, s) => n + count(s.text), 0);
  for (const call of rest) {
    if (words >= targetWords) break;
    sources.push(call.id);
    for (const s of call.segments.slice(2, -3)) {
      if (words >= targetWords) break;
      // Keep the speakers alternating, as a real conversation does; leave out the long monologues.
      if (turns.at(-1)?.speaker === s.speaker || count(s.text) > MAX_TURN_WORDS) continue;
      turns.push({ speaker: s.speaker, text: s.text });
      words += count(s.text);
    }
  }
  if (turns.at(-1)?.speaker === closing[0]!.speaker) turns.pop();
  turns.push(...closing.map(({ speaker, text }) => ({ speaker, text })));
  words = turns.reduce((n, t) => n + count(t.text), 0);

  // Speech at a common rate, 0.3-0.9 s between turns, one hold in the middle, scaled to fill 600 s.
  const gaps = turns.map((_, i) => (i === 0 ? 800 : 300 + ((i * 7919) % 600)));
  const hold = Math.floor(turns.length / 2);
  const speechMs = DURATION_MS - 1_500 - HOLD_MS - gaps.reduce((a, b) => a + b, 0);
  const msPerWord = speechMs / words;
  const segments: TranscriptSegment[] = [];
  let clock = 0;
  turns.forEach((turn, i) => {
    clock += gaps[i]! + (i === hold ? HOLD_MS : 0);
    const tokens = turn.text.split(/\s+/).filter(Boolean);
    const startMs = Math.round(clock);
    const endMs = Math.round(clock + tokens.length * msPerWord);
    const per = (endMs - startMs) / tokens.length;
    const timed: TranscriptWord[] = tokens
      .map((token, j) => ({ word: token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""), startMs: Math.round(startMs + j * per), endMs: Math.round(startMs + (j + 0.85) * per) }))
      .filter((w) => w.word);
    segments.push({ speaker: turn.speaker, startMs, endMs, text: turn.text, words: timed });
    clock = endMs;
  });
  const durationMs = DURATION_MS;
  const talkMetrics = computeTalkMetrics(
    segments.map((s) => ({ speaker: s.speaker as "agent" | "customer", startMs: s.startMs, endMs: s.endMs })),
    durationMs,
  );
  return { segments, talkMetrics, durationMs, words, sources };
}

/**
 * The same call with a share of its words made new to the process (a suffix
 * such as "Simonq3k"), text and word timings alike: every call a pipeline sees
 * brings names, numbers and misrecognitions the process has not seen before,
 * and some analysis costs depend on that (see README, "Speed").
 */
export function withNovelWords(segments: readonly TranscriptSegment[], share: number, tag: string): TranscriptSegment[] {
  let n = 0;
  const every = share > 0 ? Math.max(1, Math.round(1 / share)) : Infinity;
  return segments.map((segment) => {
    const tokens = segment.text.split(/(\s+)/);
    const words: TranscriptWord[] = [];
    let w = 0;
    const text = tokens
      .map((token) => {
        if (!token.trim()) return token;
        const core = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
        if (!core) return token;
        const timing = segment.words[w++];
        const novel = n++ % every === 0 && /\p{L}/u.test(core);
        const word = novel ? `${core}${tag}` : core;
        if (timing) words.push({ ...timing, word });
        return novel ? token.replace(core, word) : token;
      })
      .join("");
    return { ...segment, text, words };
  });
}
