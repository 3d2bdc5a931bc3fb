/** The transcript as the page gets it from getTranscript (plain JSON, safe to pass to client components). */
export interface TranscriptWord {
  word: string;
  startMs: number;
  endMs: number;
  confidence?: number;
}

export interface TranscriptSegment {
  speaker: string;
  startMs: number;
  endMs: number;
  text: string;
  words: TranscriptWord[];
}

/** The turn being spoken at `ms`: the last one that has started (a pause keeps the previous turn lit). */
export function activeIndex<T extends { startMs: number }>(items: readonly T[], ms: number): number {
  let found = -1;
  for (let i = 0; i < items.length; i++) {
    if (items[i]!.startMs <= ms) found = i;
    else break;
  }
  return found;
}
