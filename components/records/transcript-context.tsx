"use client";

import { createContext } from "react";
import type { TranscriptFocus, TranscriptMark } from "./transcript-pieces";

/**
 * What a page lays over the transcript: annotated spans per segment, the
 * segment someone asked to see, and whether turns offer "Annotate". Without a
 * provider the transcript renders as it always did.
 */
export interface TranscriptDecorations {
  marks: ReadonlyMap<number, readonly TranscriptMark[]>;
  focus: TranscriptFocus | null;
  annotatable: boolean;
}

export const NO_DECORATIONS: TranscriptDecorations = { marks: new Map(), focus: null, annotatable: false };

export const TranscriptDecorationsContext = createContext<TranscriptDecorations>(NO_DECORATIONS);

/**
 * Lets controls outside the player (evidence, action items) seek it:
 * RecordPlayback registers its seek function here when a provider exists.
 */
export type SeekRegistry = (seek: ((ms: number) => void) | null) => void;

export const SeekRegistryContext = createContext<SeekRegistry | null>(null);
