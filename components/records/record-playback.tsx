"use client";

import { useCallback, useContext, useEffect } from "react";
import { AudioPlayer } from "./audio-player";
import { SeekRegistryContext } from "./transcript-context";
import type { TranscriptSegment } from "./transcript-types";
import { TranscriptView } from "./transcript-view";
import { useWaveSurfer } from "./use-wavesurfer";

interface RecordPlaybackProps {
  recordId: string;
  segments: TranscriptSegment[] | null;
  /** Shown instead of the transcript while there is none (still processing, or failed). */
  transcriptNote: string | null;
}

/** A call with audio: the player and the transcript, tied together by the playback position. */
export function RecordPlayback({ recordId, segments, transcriptNote }: RecordPlaybackProps) {
  const { container, state, seek, playPause, setRate } = useWaveSurfer(`/api/v1/records/${encodeURIComponent(recordId)}/audio`);
  const seekMs = useCallback((ms: number) => seek(ms / 1000), [seek]);
  // Evidence and action items elsewhere on the page seek this player through the registry, when there is one.
  const registerSeek = useContext(SeekRegistryContext);
  useEffect(() => {
    if (!registerSeek) return;
    registerSeek(seekMs);
    return () => registerSeek(null);
  }, [registerSeek, seekMs]);

  return (
    <>
      <section aria-label="Audio player" className="border-b border-slate-200">
        <AudioPlayer container={container} state={state} onPlayPause={playPause} onRate={setRate} />
      </section>
      {segments ? (
        <TranscriptView segments={segments} currentMs={state.time * 1000} playing={state.playing} onSeek={seekMs} />
      ) : (
        <p className="px-5 py-8 text-center text-sm text-slate-500">{transcriptNote}</p>
      )}
    </>
  );
}
