import { cn } from "@/components/ui/cn";
import type { ResultValue } from "./criteria";

export const RESULT_LABEL: Record<ResultValue, string> = {
  passed: "Passed",
  failed: "Failed",
  not_applicable: "Not applicable",
  not_evaluated: "Not evaluated",
};

const TONE: Record<ResultValue, string> = {
  passed: "bg-emerald-50 text-emerald-800 ring-emerald-600/25",
  failed: "bg-red-50 text-red-800 ring-red-600/25",
  not_applicable: "bg-slate-100 text-slate-700 ring-slate-500/20",
  not_evaluated: "bg-amber-50 text-amber-900 ring-amber-600/25",
};

/** A check, a cross, a dash, a question mark: the result reads without its colour. */
export function ResultIcon({ result, className }: { result: ResultValue; className?: string }) {
  return (
    <svg viewBox="0 0 16 16" className={cn("size-3.5 shrink-0", className)} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      {result === "passed" && <path d="m3.5 8.5 3 3 6-7" />}
      {result === "failed" && <path d="m4 4 8 8M12 4l-8 8" />}
      {result === "not_applicable" && <path d="M4 8h8" />}
      {result === "not_evaluated" && <path d="M6 6a2 2 0 1 1 3 1.7c-.6.4-1 .8-1 1.5M8 12h.01" />}
    </svg>
  );
}

export function ResultBadge({ result, prefix }: { result: ResultValue; prefix?: string }) {
  return (
    <span className={cn("inline-flex items-center gap-1 rounded-md px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset", TONE[result])}>
      <ResultIcon result={result} />
      {prefix}
      {RESULT_LABEL[result]}
    </span>
  );
}
