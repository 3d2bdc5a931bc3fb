"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { SeekRegistryContext, TranscriptDecorationsContext, type TranscriptDecorations } from "@/components/records/transcript-context";
import type { TranscriptFocus } from "@/components/records/transcript-pieces";
import { marksBySegment, type AnnotationView } from "@/components/reviews/annotation-view";

export interface GoTo {
  segmentIndex: number;
  /** Seek the player here; null or negative when there is no time (chats, emails). */
  startMs: number | null;
  quote?: string | null;
  /** Shown next to the speaker: "Evidence", "Action item". */
  label?: string;
}

interface Navigation {
  goTo: (target: GoTo) => void;
  annotations: readonly AnnotationView[];
}

const NavigationContext = createContext<Navigation>({ goTo: () => {}, annotations: [] });

/**
 * Ties a page's analysis to its player and transcript: evidence and action
 * items call goTo, which seeks the player (when the record has audio) and
 * scrolls to and outlines the segment; annotations are drawn into the
 * transcript. Wrap the analysis and the transcript in one of these.
 */
export function TranscriptNavigation({
  annotations = [],
  annotatable = false,
  initial = null,
  children,
}: {
  annotations?: readonly AnnotationView[];
  annotatable?: boolean;
  /** Where to go when the page opens (a search hit's turn and time, from the address). */
  initial?: GoTo | null;
  children: ReactNode;
}) {
  const focusOn = (target: GoTo | null, nonce: number): TranscriptFocus | null =>
    target ? { segmentIndex: target.segmentIndex, quote: target.quote ?? null, label: target.label ?? "Evidence", nonce } : null;
  const [focus, setFocus] = useState<TranscriptFocus | null>(() => focusOn(initial, 1));
  // The page opened at another moment (a new search hit, same record): outline that turn instead.
  const [openedAt, setOpenedAt] = useState(initial);
  if (openedAt !== initial) {
    setOpenedAt(initial);
    if (initial) setFocus(focusOn(initial, (focus?.nonce ?? 0) + 1));
  }
  const seek = useRef<((ms: number) => void) | null>(null);
  const register = useCallback((fn: ((ms: number) => void) | null) => {
    seek.current = fn;
  }, []);

  const goTo = useCallback(({ segmentIndex, startMs, quote = null, label = "Evidence" }: GoTo) => {
    setFocus((previous) => ({ segmentIndex, quote, label, nonce: (previous?.nonce ?? 0) + 1 }));
    if (startMs !== null && startMs >= 0) seek.current?.(startMs);
  }, []);

  // Seeks once the player below has registered (children's effects run first); a seek before the audio is ready waits for it.
  useEffect(() => {
    if (initial && initial.startMs !== null && initial.startMs >= 0) seek.current?.(initial.startMs);
  }, [initial]);

  const marks = useMemo(() => marksBySegment(annotations), [annotations]);
  const decorations = useMemo<TranscriptDecorations>(() => ({ marks, focus, annotatable }), [marks, focus, annotatable]);
  const navigation = useMemo(() => ({ goTo, annotations }), [goTo, annotations]);

  return (
    <NavigationContext value={navigation}>
      <SeekRegistryContext value={register}>
        <TranscriptDecorationsContext value={decorations}>{children}</TranscriptDecorationsContext>
      </SeekRegistryContext>
    </NavigationContext>
  );
}

export function useTranscriptNavigation(): Navigation {
  return useContext(NavigationContext);
}
