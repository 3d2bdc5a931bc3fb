import type { Segment, Speaker, SttWord } from "./types";

export interface ChannelTrack {
  speaker: "agent" | "customer";
  words: SttWord[];
}

/** A pause longer than this ends a party's turn in a two-channel call. */
export const CHANNEL_TURN_PAUSE_MS = 1500;
/**
 * Mono has no speaker labels; shorter pauses make more, smaller turns, which
 * is what a reader (or a later diarizer) can split between people.
 */
export const MONO_TURN_PAUSE_MS = 1000;

interface TaggedWord {
  speaker: Speaker;
  word: SttWord;
  /** Tie-break for words starting at the same instant: track order. */
  order: number;
}

function toSegments(tagged: TaggedWord[], maxPauseMs: number): Segment[] {
  const sorted = [...tagged].sort(
    (a, b) => a.word.startMs - b.word.startMs || a.word.endMs - b.word.endMs || a.order - b.order,
  );
  const segments: Segment[] = [];
  let current: Segment | undefined;
  for (const { speaker, word } of sorted) {
    if (current && current.speaker === speaker && word.startMs - current.endMs <= maxPauseMs) {
      current.words.push(word);
      current.endMs = Math.max(current.endMs, word.endMs);
    } else {
      current = { speaker, startMs: word.startMs, endMs: word.endMs, text: "", words: [word] };
      segments.push(current);
    }
  }
  for (const segment of segments) segment.text = segment.words.map((w) => w.word).join(" ");
  return segments;
}

/**
 * Merges the words of a stereo call's channels by time into speaker turns. A
 * turn ends when the other party says a word, or after a pause longer than
 * maxPauseMs. Pure.
 */
export function mergeChannelTracks(tracks: readonly ChannelTrack[], maxPauseMs = CHANNEL_TURN_PAUSE_MS): Segment[] {
  return toSegments(
    tracks.flatMap((track, order) => track.words.map((word) => ({ speaker: track.speaker, word, order }))),
    maxPauseMs,
  );
}

/** Turns of a mono recording: one speaker, "speaker", split at pauses longer than maxPauseMs. Pure. */
export function splitMonoTurns(words: readonly SttWord[], maxPauseMs = MONO_TURN_PAUSE_MS): Segment[] {
  return toSegments(
    words.map((word) => ({ speaker: "speaker" as const, word, order: 0 })),
    maxPauseMs,
  );
}
