"use client";

import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { useTranscriptNavigation } from "./transcript-navigation";

interface TranscriptLinkProps {
  segmentIndex: number;
  /** Where the player seeks; negative or null: nothing to seek (chats, emails, items without a time). */
  startMs: number | null;
  quote?: string | null;
  /** Shown on the segment once it is outlined ("Evidence", "Action item"). */
  reason?: string;
  "aria-label"?: string;
  className?: string;
  children: ReactNode;
}

/** A button that plays the call from a moment and scrolls to, and outlines, the turn it comes from. */
export function TranscriptLink({ segmentIndex, startMs, quote = null, reason = "Evidence", className, children, ...rest }: TranscriptLinkProps) {
  const { goTo } = useTranscriptNavigation();
  return (
    <button
      type="button"
      onClick={() => goTo({ segmentIndex, startMs, quote, label: reason })}
      aria-label={rest["aria-label"]}
      data-segment-link={segmentIndex}
      className={cn(
        "inline-flex max-w-full items-baseline gap-1.5 rounded-md bg-white px-2 py-1 text-left text-xs text-slate-700 shadow-sm ring-1 ring-slate-300 ring-inset hover:bg-slate-50 hover:text-slate-900",
        className,
      )}
    >
      {children}
    </button>
  );
}
