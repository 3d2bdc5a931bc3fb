"use client";

import type { RefObject } from "react";
import { formatClock } from "./format";
import type { PlayerState } from "./use-wavesurfer";

const RATES = [0.75, 1, 1.25, 1.5, 2];

interface AudioPlayerProps {
  container: RefObject<HTMLDivElement | null>;
  state: PlayerState;
  onPlayPause: () => void;
  onRate: (rate: number) => void;
}

/** The waveform and its controls; the wavesurfer instance lives in useWaveSurfer. */
export function AudioPlayer({ container, state, onPlayPause, onRate }: AudioPlayerProps) {
  return (
    <div className="px-5 py-4">
      <div ref={container} className="min-h-[72px] w-full" aria-label="Waveform; click to seek" role="group" />
      {!state.ready && !state.error && <p className="text-sm text-slate-500">Loading audio…</p>}
      {state.error && (
        <p role="alert" className="text-sm text-red-700">
          {state.error}
        </p>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={onPlayPause}
          disabled={!state.ready}
          aria-label={state.playing ? "Pause" : "Play"}
          className="grid size-10 place-items-center rounded-full bg-brand-600 text-white shadow-sm hover:bg-brand-700 focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2 focus-visible:outline-none disabled:bg-brand-600/50"
        >
          <svg viewBox="0 0 20 20" className="size-5" fill="currentColor" aria-hidden="true">
            {state.playing ? <path d="M6 4h3v12H6zM11 4h3v12h-3z" /> : <path d="M6 4l10 6-10 6z" />}
          </svg>
        </button>
        <p className="font-mono text-sm text-slate-700 tabular-nums">
          <span aria-label="Current time" data-testid="player-time" data-seconds={state.time.toFixed(2)}>
            {formatClock(state.time * 1000)}
          </span>
          <span className="text-slate-400"> / </span>
          <span aria-label="Duration">{state.ready ? formatClock(state.duration * 1000) : "—"}</span>
        </p>
        <label className="ml-auto flex items-center gap-2 text-sm text-slate-600">
          Speed
          <select
            value={state.rate}
            onChange={(e) => onRate(Number(e.target.value))}
            className="h-8 rounded-md border-0 bg-white px-2 text-sm text-slate-900 shadow-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-brand-500 focus:outline-none"
          >
            {RATES.map((r) => (
              <option key={r} value={r}>
                {r}×
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}
