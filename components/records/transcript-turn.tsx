"use client";

import { memo, useEffect, useRef } from "react";
import { cn } from "@/components/ui/cn";
import { formatClock } from "./format";
import type { TranscriptSegment } from "./transcript-types";

const SPEAKER_LABEL: Record<string, string> = { agent: "Agent", customer: "Customer", speaker: "Speaker" };

interface TurnProps {
  segment: TranscriptSegment;
  /** Null for chats and emails, which have nothing to seek. */
  onSeek: ((ms: number) => void) | null;
  active: boolean;
  /** Index of the lit word, -1 for none. */
  activeWord: number;
  /** Keep the turn in view when it becomes active during playback. */
  follow: boolean;
}

/**
 * One speaker turn. Memoised so only the turn being spoken re-renders as the
 * time advances; a click on a word seeks there, on the rest of the turn to its start.
 */
export const TranscriptTurn = memo(function TranscriptTurn({ segment, onSeek, active, activeWord, follow }: TurnProps) {
  const ref = useRef<HTMLLIElement>(null);
  const isAgent = segment.speaker === "agent";
  const isCustomer = segment.speaker === "customer";

  useEffect(() => {
    if (active && follow) ref.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [active, follow]);

  return (
    <li
      ref={ref}
      data-speaker={segment.speaker}
      data-active={active || undefined}
      className={cn("flex flex-col gap-1", isCustomer ? "items-end" : "items-start")}
    >
      <div className="flex items-center gap-2 text-xs text-slate-500">
        <span className={cn("font-semibold", isAgent ? "text-brand-700" : isCustomer ? "text-emerald-700" : "text-slate-700")}>
          {SPEAKER_LABEL[segment.speaker] ?? segment.speaker}
        </span>
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
      </div>
      <div
        onClick={
          onSeek
            ? (event) => {
                const start = (event.target as HTMLElement).closest<HTMLElement>("[data-start-ms]")?.dataset.startMs;
                onSeek(start !== undefined ? Number(start) : segment.startMs);
              }
            : undefined
        }
        className={cn(
          "max-w-[85%] rounded-lg px-3.5 py-2 text-sm leading-relaxed whitespace-pre-wrap text-slate-800 transition-shadow",
          isAgent ? "bg-brand-50" : isCustomer ? "bg-emerald-50" : "bg-slate-50",
          active
            ? "shadow-md ring-2 ring-brand-500"
            : cn("ring-1 ring-inset", isAgent ? "ring-brand-100" : isCustomer ? "ring-emerald-100" : "ring-slate-200"),
          onSeek && "cursor-pointer",
        )}
      >
        {segment.words.length > 0 && onSeek
          ? segment.words.map((w, i) => (
              <span key={i}>
                <span
                  data-start-ms={w.startMs}
                  data-word
                  className={cn("rounded-sm hover:bg-white/80", i === activeWord && "bg-amber-200 text-slate-900")}
                >
                  {w.word}
                </span>{" "}
              </span>
            ))
          : segment.text}
      </div>
    </li>
  );
});
