import { cn } from "./cn";

/** The wordmark: a sound-wave mark and the product name. */
export function Logo({ className }: { className?: string }) {
  return (
    <span className={cn("inline-flex items-center gap-2 font-semibold tracking-tight text-slate-900", className)}>
      <span className="grid size-7 place-items-center rounded-md bg-brand-600 text-white" aria-hidden="true">
        <svg viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <path d="M3 10v0M6.5 7v6M10 4v12M13.5 7v6M17 10v0" />
        </svg>
      </span>
      Callscope
    </span>
  );
}
