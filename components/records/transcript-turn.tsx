"use client";

import { memo, useEffect, useMemo, useRef } from "react";
import { cn } from "@/components/ui/cn";
import { formatClock } from "./format";
import { findQuote, splitPieces, wordRangesOf, type TranscriptFocus, type TranscriptMark } from "./transcript-pieces";
import type { TranscriptSegment } from "./transcript-types";

const SPEAKER_LABEL: Record<string, string> = { agent: "Agent", customer: "Customer", speaker: "Speaker" };
const NO_MARKS: readonly TranscriptMark[] = [];

interface TurnProps {
  segment: TranscriptSegment;
  /** Null for chats and emails, which have nothing to seek. */
  onSeek: ((ms: number) => void) | null;
  active: boolean;
  /** Index of the lit word, -1 for none. */
  activeWord: number;
  /** Keep the turn in view when it becomes active during playback. */
  follow: boolean;
  /** The segment's index in the transcript (annotations and evidence point at it). */
  index?: number;
  /** Annotated spans of this turn. */
  marks?: readonly TranscriptMark[];
  /** Set when someone asked to see this turn (evidence); it is scrolled to and outlined. */
  focus?: TranscriptFocus | null;
  /** Offer an "Annotate" button (the page's selection handler does the rest). */
  annotatable?: boolean;
}

/** A click that ends a text selection is someone selecting, not asking to seek. */
function selecting(within: HTMLElement): boolean {
  const selection = window.getSelection();
  return Boolean(selection && !selection.isCollapsed && selection.anchorNode && within.contains(selection.anchorNode));
}

/**
 * One speaker turn. Memoised so only the turn being spoken re-renders as the
 * time advances; a click on a word seeks there, on the rest of the turn to its
 * start. The text is rendered exactly as stored (timed words are found in it),
 * so a selection's character offsets are offsets in `segment.text`.
 */
export const TranscriptTurn = memo(function TranscriptTurn({
  segment,
  onSeek,
  active,
  activeWord,
  follow,
  index,
  marks = NO_MARKS,
  focus = null,
  annotatable = false,
}: TurnProps) {
  const ref = useRef<HTMLLIElement>(null);
  const isAgent = segment.speaker === "agent";
  const isCustomer = segment.speaker === "customer";
  const speaker = SPEAKER_LABEL[segment.speaker] ?? segment.speaker;
  const focused = focus !== null;

  useEffect(() => {
    if (active && follow) ref.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [active, follow]);

  useEffect(() => {
    if (focus) ref.current?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [focus]);

  // Words are only spans when they can be clicked to seek; otherwise the text alone.
  const wordRanges = useMemo(() => (onSeek ? wordRangesOf(segment.text, segment.words) : []), [onSeek, segment.text, segment.words]);
  const evidence = useMemo(() => (focus ? findQuote(segment.text, focus.quote) : null), [focus, segment.text]);
  const pieces = useMemo(() => splitPieces(segment.text, wordRanges, marks, evidence), [segment.text, wordRanges, marks, evidence]);

  return (
    <li
      ref={ref}
      data-speaker={segment.speaker}
      data-active={active || undefined}
      data-segment-index={index}
      data-focused={focused || undefined}
      className={cn("flex scroll-my-24 flex-col gap-1", isCustomer ? "items-end" : "items-start")}
    >
      <div className="flex items-center gap-2 text-xs text-slate-500">
        <span className={cn("font-semibold", isAgent ? "text-brand-700" : isCustomer ? "text-emerald-700" : "text-slate-700")}>{speaker}</span>
        {onSeek ? (
          <button
            type="button"
            onClick={() => onSeek(segment.startMs)}
            className="font-mono tabular-nums hover:text-slate-800 hover:underline"
            aria-label={`Play from ${formatClock(segment.startMs)}`}
          >
            {formatClock(segment.startMs)}
          </button>
        ) : null}
        {focus && <span className="rounded bg-amber-100 px-1.5 py-px font-medium text-amber-900">{focus.label}</span>}
        {annotatable && index !== undefined && (
          <button
            type="button"
            data-annotate-segment={index}
            className="rounded px-1 text-slate-500 underline decoration-dotted underline-offset-2 hover:text-slate-800"
            aria-label={`Annotate this ${speaker.toLowerCase()} turn at ${formatClock(segment.startMs)}`}
          >
            Annotate
          </button>
        )}
      </div>
      <div
        onClick={
          onSeek
            ? (event) => {
                if (selecting(event.currentTarget)) return;
                const start = (event.target as HTMLElement).closest<HTMLElement>("[data-start-ms]")?.dataset.startMs;
                onSeek(start !== undefined ? Number(start) : segment.startMs);
              }
            : undefined
        }
        className={cn(
          "max-w-[85%] rounded-lg px-3.5 py-2 text-sm leading-relaxed whitespace-pre-wrap text-slate-800 transition-shadow",
          isAgent ? "bg-brand-50" : isCustomer ? "bg-emerald-50" : "bg-slate-50",
          focused
            ? "shadow-md ring-2 ring-amber-500"
            : active
              ? "shadow-md ring-2 ring-brand-500"
              : cn("ring-1 ring-inset", isAgent ? "ring-brand-100" : isCustomer ? "ring-emerald-100" : "ring-slate-200"),
          onSeek && "cursor-pointer",
        )}
      >
        <span data-segment-text={index}>
          {pieces.map((piece) => {
            const text = segment.text.slice(piece.start, piece.end);
            const isWord = piece.word >= 0;
            const marked = piece.marks.length > 0;
            if (!isWord && !marked && !piece.evidence) return text;
            const wordProps = isWord ? { "data-start-ms": segment.words[piece.word]!.startMs, "data-word": true } : {};
            const lit = isWord && piece.word === activeWord;
            if (marked || piece.evidence) {
              return (
                <mark
                  key={piece.start}
                  {...wordProps}
                  data-annotation-id={piece.marks[0]}
                  data-evidence={piece.evidence || undefined}
                  className={cn(
                    "rounded-sm text-slate-900",
                    marked ? "cursor-pointer bg-yellow-200/80 underline decoration-yellow-600 decoration-2 underline-offset-2" : "bg-amber-100",
                    piece.evidence && "font-medium",
                    lit && "bg-amber-300",
                  )}
                >
                  {text}
                </mark>
              );
            }
            return (
              <span key={piece.start} {...wordProps} className={cn("rounded-sm hover:bg-white/80", lit && "bg-amber-200 text-slate-900")}>
                {text}
              </span>
            );
          })}
        </span>
      </div>
      {marks.length > 0 && (
        <ul aria-label={`Annotations on this ${speaker.toLowerCase()} turn`} className={cn("flex max-w-[85%] flex-wrap gap-1.5", isCustomer && "justify-end")}>
          {marks.map((m) => (
            <li key={m.id}>
              <button
                type="button"
                data-annotation-id={m.id}
                className="inline-flex items-center gap-1 rounded-full bg-yellow-50 px-2 py-0.5 text-xs font-medium text-yellow-900 ring-1 ring-yellow-300 ring-inset hover:bg-yellow-100"
              >
                <svg viewBox="0 0 16 16" className="size-3" fill="currentColor" aria-hidden="true">
                  <path d="M2 3a1 1 0 0 1 1-1h5.6a1 1 0 0 1 .7.3l4.4 4.4a1 1 0 0 1 0 1.4l-5.6 5.6a1 1 0 0 1-1.4 0L2.3 9.3A1 1 0 0 1 2 8.6V3Zm3 2.5a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z" />
                </svg>
                <span className="sr-only">Annotation: </span>
                {m.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
});
