"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type WaveSurfer from "wavesurfer.js";

export interface PlayerState {
  ready: boolean;
  playing: boolean;
  /** Seconds. */
  time: number;
  duration: number;
  rate: number;
  error: string | null;
}

const INITIAL: PlayerState = { ready: false, playing: false, time: 0, duration: 0, rate: 1, error: null };

/**
 * Owns one wavesurfer instance drawn into `container`. wavesurfer is imported
 * in the effect because it needs the DOM; the server renders only the frame.
 */
export function useWaveSurfer(url: string) {
  const container = useRef<HTMLDivElement>(null);
  const instance = useRef<WaveSurfer | null>(null);
  // A seek asked for before the audio is ready is applied once it is.
  const pendingSeek = useRef<number | null>(null);
  const [state, setState] = useState<PlayerState>(INITIAL);

  useEffect(() => {
    let cancelled = false;
    let ws: WaveSurfer | null = null;
    void import("wavesurfer.js").then(({ default: WaveSurferClass }) => {
      if (cancelled || !container.current) return;
      ws = WaveSurferClass.create({
        container: container.current,
        url,
        height: 72,
        // Canvas colours cannot be CSS variables: slate-300 and the brand-600 of app/globals.css.
        waveColor: "#cbd5e1",
        progressColor: "#1f57cc",
        cursorColor: "#1e293b",
        barWidth: 2,
        barGap: 1,
        barRadius: 2,
        normalize: true,
        dragToSeek: true,
      });
      instance.current = ws;
      ws.on("ready", (duration) => {
        setState((s) => ({ ...s, ready: true, duration }));
        if (pendingSeek.current !== null) {
          ws?.setTime(pendingSeek.current);
          pendingSeek.current = null;
        }
      });
      ws.on("timeupdate", (time) => setState((s) => ({ ...s, time })));
      ws.on("play", () => setState((s) => ({ ...s, playing: true })));
      ws.on("pause", () => setState((s) => ({ ...s, playing: false })));
      ws.on("finish", () => setState((s) => ({ ...s, playing: false })));
      ws.on("error", (error) => setState((s) => ({ ...s, error: error.message || "The audio could not be loaded" })));
    });
    return () => {
      cancelled = true;
      ws?.destroy();
      instance.current = null;
    };
  }, [url]);

  const seek = useCallback((seconds: number) => {
    const ws = instance.current;
    // Shown at once: a headless or muted browser may not report the media's own time update.
    setState((s) => ({ ...s, time: seconds }));
    if (ws && ws.getDuration() > 0) ws.setTime(seconds);
    else pendingSeek.current = seconds;
  }, []);

  const playPause = useCallback(() => {
    void instance.current?.playPause().catch((error: Error) => setState((s) => ({ ...s, error: `Playback failed: ${error.message}` })));
  }, []);

  const setRate = useCallback((rate: number) => {
    instance.current?.setPlaybackRate(rate, true);
    setState((s) => ({ ...s, rate }));
  }, []);

  return { container, state, seek, playPause, setRate };
}
