"use client";

import { CopyButton } from "./copy-button";
import { cn } from "./cn";

interface CopyFieldProps {
  id: string;
  value: string;
  copyLabel: string;
  describedBy?: string;
  className?: string;
}

/** A read-only value with a copy button; selected on focus so it can be copied by hand too. `className` replaces the background and text size. */
export function CopyField({ id, value, copyLabel, describedBy, className }: CopyFieldProps) {
  return (
    <div className="flex gap-2">
      <input
        id={id}
        readOnly
        value={value}
        onFocus={(e) => e.currentTarget.select()}
        aria-describedby={describedBy}
        className={cn(
          "h-9 min-w-0 flex-1 rounded-md border-0 px-3 font-mono text-slate-900 shadow-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-brand-500 focus:outline-none",
          className ?? "bg-white text-sm",
        )}
      />
      <CopyButton value={value} label={copyLabel} fallbackTargetId={id} />
    </div>
  );
}
