// Type-only: erased at build time, so no database code reaches the browser bundle.
export type { TranscriptSegment, TranscriptWord } from "@/db/schema/transcripts";

/** The turn being spoken at `ms`: the last one that has started (a pause keeps the previous turn lit). */
export function activeIndex<T extends { startMs: number }>(items: readonly T[], ms: number): number {
  let found = -1;
  for (let i = 0; i < items.length; i++) {
    if (items[i]!.startMs <= ms) found = i;
    else break;
  }
  return found;
}
