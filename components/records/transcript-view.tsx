"use client";

import { useContext } from "react";
import { TranscriptDecorationsContext } from "./transcript-context";
import { activeIndex, type TranscriptSegment } from "./transcript-types";
import { TranscriptTurn } from "./transcript-turn";

interface TranscriptViewProps {
  segments: TranscriptSegment[];
  /** Playback position in ms, or null when there is no audio. */
  currentMs: number | null;
  playing: boolean;
  onSeek: ((ms: number) => void) | null;
}

/**
 * Speaker turns as a conversation; with audio, the turn and word being spoken
 * are lit. Annotations and the segment someone asked to see come from
 * TranscriptDecorationsContext when a page provides it.
 */
export function TranscriptView({ segments, currentMs, playing, onSeek }: TranscriptViewProps) {
  const { marks, focus, annotatable } = useContext(TranscriptDecorationsContext);
  const turn = currentMs === null ? -1 : activeIndex(segments, currentMs);
  const words = turn >= 0 ? segments[turn]!.words : [];
  const word = currentMs === null || turn < 0 ? -1 : activeIndex(words, currentMs);
  // Past a word's end (a pause) nothing is lit.
  const litWord = word >= 0 && currentMs !== null && currentMs <= words[word]!.endMs + 250 ? word : -1;

  if (segments.length === 0) return <p className="px-5 py-8 text-center text-sm text-slate-500">The transcript is empty: nobody spoke.</p>;
  return (
    <ol aria-label="Transcript" className="space-y-4 px-5 py-5">
      {segments.map((segment, i) => (
        <TranscriptTurn
          key={i}
          index={i}
          segment={segment}
          onSeek={onSeek}
          active={i === turn && currentMs !== null && currentMs > 0}
          activeWord={i === turn ? litWord : -1}
          follow={playing}
          marks={marks.get(i)}
          focus={focus?.segmentIndex === i ? focus : null}
          annotatable={annotatable}
        />
      ))}
    </ol>
  );
}
