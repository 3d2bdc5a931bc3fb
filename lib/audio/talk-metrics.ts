import type { TranscriptSegment } from "../../db/schema/transcripts";
import type { Speaker } from "@/lib/stt/types";

export interface TalkSegment {
  speaker: Speaker;
  startMs: number;
  endMs: number;
}

export interface TalkMetrics {
  durationMs: number;
  /** Time each speaker talks, their own overlapping segments counted once. */
  talkTimeMs: Record<Speaker, number>;
  /** Agent share of agent + customer talk time, 0..1; null when neither talks (mono recordings). */
  talkRatio: number | null;
  /** Time nobody talks. */
  silenceMs: number;
  /** silenceMs / durationMs, 0..1 (0 for an empty recording). */
  silenceShare: number;
  /** Stretches where two different speakers talk at once, and their total length. */
  overtalkCount: number;
  overtalkMs: number;
  /** Longest uninterrupted stretch of one speaker (one merged interval); the earliest wins a tie. */
  longestMonologueMs: number;
  longestMonologueSpeaker: Speaker | null;
}

interface Interval {
  speaker: Speaker;
  startMs: number;
  endMs: number;
}

const SPEAKERS: readonly Speaker[] = ["agent", "customer", "speaker"];

/** Sorted, non-overlapping intervals per speaker, clipped to the recording. */
function mergedBySpeaker(segments: readonly TalkSegment[], durationMs: number): Interval[] {
  const merged: Interval[] = [];
  for (const speaker of SPEAKERS) {
    const mine = segments
      .filter((s) => s.speaker === speaker && Number.isFinite(s.startMs) && Number.isFinite(s.endMs))
      .map((s) => ({ speaker, startMs: Math.max(0, s.startMs), endMs: Math.min(durationMs, s.endMs) }))
      .filter((s) => s.endMs > s.startMs)
      .sort((a, b) => a.startMs - b.startMs);
    let current: Interval | undefined;
    for (const interval of mine) {
      if (current && interval.startMs <= current.endMs) {
        current.endMs = Math.max(current.endMs, interval.endMs);
      } else {
        current = { ...interval };
        merged.push(current);
      }
    }
  }
  return merged;
}

/**
 * Talk time, talk ratio, silence, overtalk and the longest monologue of a
 * call, from its speaker segments. Pure: segments outside [0, durationMs] are
 * clipped, a speaker's own overlapping segments merged first.
 */
export function computeTalkMetrics(segments: readonly TalkSegment[], durationMs: number): TalkMetrics {
  if (!Number.isFinite(durationMs) || durationMs < 0) throw new RangeError(`durationMs must be >= 0, got ${durationMs}`);
  const intervals = mergedBySpeaker(segments, durationMs);

  const talkTimeMs: Record<Speaker, number> = { agent: 0, customer: 0, speaker: 0 };
  let longest: Interval | undefined;
  for (const interval of intervals) {
    const length = interval.endMs - interval.startMs;
    talkTimeMs[interval.speaker] += length;
    const longestLength = longest ? longest.endMs - longest.startMs : 0;
    if (length > longestLength || (longest && length === longestLength && interval.startMs < longest.startMs)) {
      longest = interval;
    }
  }

  // One sweep over start/end events gives both the speech union and overtalk.
  // Ends sort before starts at the same instant: touching turns do not overlap.
  const events = intervals
    .flatMap((i) => [
      { at: i.startMs, delta: 1 },
      { at: i.endMs, delta: -1 },
    ])
    .sort((a, b) => a.at - b.at || a.delta - b.delta);
  let active = 0;
  let speechMs = 0;
  let overtalkMs = 0;
  let overtalkCount = 0;
  let previous = 0;
  for (const event of events) {
    const span = event.at - previous;
    if (active >= 1) speechMs += span;
    if (active >= 2) overtalkMs += span;
    const before = active;
    active += event.delta;
    if (before < 2 && active >= 2) overtalkCount++;
    previous = event.at;
  }

  const partyTime = talkTimeMs.agent + talkTimeMs.customer;
  const silenceMs = durationMs - speechMs;
  return {
    durationMs,
    talkTimeMs,
    talkRatio: partyTime > 0 ? talkTimeMs.agent / partyTime : null,
    silenceMs,
    silenceShare: durationMs > 0 ? silenceMs / durationMs : 0,
    overtalkCount,
    overtalkMs,
    longestMonologueMs: longest ? longest.endMs - longest.startMs : 0,
    longestMonologueSpeaker: longest?.speaker ?? null,
  };
}

const TALK_SPEAKERS = new Set(["agent", "customer", "speaker"]);

/** Talk metrics of a call transcript sent without audio; turns of other participants are left out. */
export function talkMetricsOfTranscript(segments: readonly TranscriptSegment[], durationMs: number): TalkMetrics {
  const turns = segments.flatMap((s) => {
    const speaker = s.speaker.toLowerCase();
    return TALK_SPEAKERS.has(speaker) ? [{ speaker: speaker as "agent" | "customer" | "speaker", startMs: s.startMs, endMs: s.endMs }] : [];
  });
  return computeTalkMetrics(turns, Math.max(durationMs, ...segments.map((s) => s.endMs)));
}
