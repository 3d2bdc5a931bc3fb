import { cn } from "@/components/ui/cn";
import type { AnalysisDto } from "@/lib/services/analyses/analysis-dto";
import { categoryScores, scoreBand, type CategoryInfo } from "./criteria";

const BAND_TEXT = { pass: "text-emerald-700", fail: "text-red-700", none: "text-slate-400" } as const;
const BAR = { pass: "bg-emerald-500", fail: "bg-red-500", none: "bg-slate-300" } as const;

/** `short` drops the word "Compliance" from sight (a table column already says it); screen readers still hear it. */
export function ComplianceBadge({ status, short = false }: { status: AnalysisDto["complianceStatus"]; short?: boolean }) {
  const passed = status === "passed";
  const failed = status === "failed";
  return (
    <span
      data-compliance={status ?? "none"}
      className={cn(
        "inline-flex items-center gap-1.5 rounded-md px-2 py-1 text-sm font-medium whitespace-nowrap ring-1 ring-inset",
        passed ? "bg-emerald-50 text-emerald-800 ring-emerald-600/25" : failed ? "bg-red-50 text-red-800 ring-red-600/25" : "bg-slate-100 text-slate-700 ring-slate-500/20",
      )}
    >
      <svg viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
        <path d="M10 2.5 4 5v4.5c0 3.8 2.6 6.8 6 8 3.4-1.2 6-4.2 6-8V5l-6-2.5Z" />
        {passed && <path d="m7.5 10 2 2 3.5-4" />}
        {failed && <path d="m8 8 4 4m0-4-4 4" />}
      </svg>
      {short ? (
        <span>
          <span className="sr-only">Compliance </span>
          {passed ? "Passed" : failed ? "Failed" : "Not checked"}
        </span>
      ) : passed ? (
        "Compliance passed"
      ) : failed ? (
        "Compliance failed"
      ) : (
        "Compliance not checked"
      )}
    </span>
  );
}

interface ScoreOverviewProps {
  score: number | null;
  complianceStatus: AnalysisDto["complianceStatus"];
  categories: Readonly<Record<string, number>>;
  categoryInfo: readonly CategoryInfo[];
  passingScore: number;
}

/** The headline: the score against the passing score (said in words, not only in colour), compliance, and a bar per category. */
export function ScoreOverview({ score, complianceStatus, categories, categoryInfo, passingScore }: ScoreOverviewProps) {
  const band = scoreBand(score, passingScore);
  const bars = categoryScores(categories, categoryInfo);
  return (
    <div className="grid gap-6 px-5 py-5 sm:grid-cols-[12rem_minmax(0,1fr)]">
      <div>
        <p className="text-xs font-medium text-slate-500">Quality score</p>
        <p className="mt-1 flex items-baseline gap-1">
          <span className={cn("text-5xl font-semibold tracking-tight tabular-nums", BAND_TEXT[band])} data-testid="quality-score" data-band={band}>
            {score === null ? "—" : Math.round(score)}
          </span>
          {score !== null && <span className="text-sm text-slate-500">/ 100</span>}
        </p>
        <p className={cn("mt-1 text-sm font-medium", BAND_TEXT[band])}>
          {band === "pass" ? `Passing (${passingScore} or more)` : band === "fail" ? `Below the passing score of ${passingScore}` : "Not scored"}
        </p>
        <div className="mt-4">
          <ComplianceBadge status={complianceStatus} />
        </div>
      </div>
      <div className="min-w-0">
        <h3 className="text-xs font-medium text-slate-500">Categories</h3>
        {bars.length === 0 ? (
          <p className="mt-2 text-sm text-slate-500">No category could be scored.</p>
        ) : (
          <dl className="mt-2 space-y-2.5" aria-label="Category scores">
            {bars.map((c) => {
              const barBand = scoreBand(c.score, passingScore);
              return (
                <div key={c.id} className="grid grid-cols-[minmax(7rem,11rem)_minmax(0,1fr)_2.5rem] items-center gap-3">
                  <dt className="truncate text-sm text-slate-700">{c.name}</dt>
                  <dd className="h-2 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
                    <div className={cn("h-full rounded-full", BAR[barBand])} style={{ width: `${Math.max(0, Math.min(100, c.score))}%` }} />
                  </dd>
                  <dd className="text-right text-sm font-medium text-slate-900 tabular-nums">{Math.round(c.score)}</dd>
                </div>
              );
            })}
          </dl>
        )}
      </div>
    </div>
  );
}
