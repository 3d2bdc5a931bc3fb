"use client";

import { usePathname, useRouter } from "next/navigation";
import { useId } from "react";

export interface AnalysisOption {
  id: string;
  label: string;
}

/** Picks which of a record's analyses to show (?analysis=); a plain GET form underneath, so it also works without JavaScript. */
export function AnalysisPicker({ options, selected }: { options: AnalysisOption[]; selected: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const id = useId();
  return (
    <form method="get" className="flex items-center gap-2">
      <label htmlFor={id} className="text-sm text-slate-600">
        Analysis
      </label>
      <select
        id={id}
        name="analysis"
        defaultValue={selected}
        onChange={(event) => router.push(`${pathname}?analysis=${encodeURIComponent(event.target.value)}`, { scroll: false })}
        className="h-8 max-w-64 rounded-md border-0 bg-white pr-8 pl-2 text-sm text-slate-900 shadow-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-brand-500 focus:outline-none"
      >
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="text-sm text-brand-700 underline">
          Show
        </button>
      </noscript>
    </form>
  );
}
