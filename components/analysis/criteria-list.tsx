import { formatClock } from "@/components/records/format";
import { Badge } from "@/components/ui/badge";
import { groupCriteria, resultCounts, type CategoryInfo, type CriterionResult } from "./criteria";
import { RESULT_LABEL, ResultBadge } from "./result-badge";
import { TranscriptLink } from "./transcript-link";

/** The quotes a result comes from; each one seeks the call and outlines its turn. */
export function EvidenceList({ criterion, timed }: { criterion: CriterionResult; timed: boolean }) {
  if (criterion.evidence.length === 0) return null;
  return (
    <ul aria-label={`Evidence for ${criterion.name}`} className="mt-2 flex flex-wrap gap-1.5">
      {criterion.evidence.map((e, i) => (
        <li key={i} className="max-w-full">
          <TranscriptLink
            segmentIndex={e.segmentIndex}
            startMs={timed ? e.startMs : null}
            quote={e.quote}
            aria-label={`Show evidence${timed ? ` at ${formatClock(e.startMs)}` : ""}: “${e.quote}”`}
          >
            {timed && <span className="font-mono text-slate-500 tabular-nums">{formatClock(e.startMs)}</span>}
            <span className="line-clamp-2 italic">“{e.quote}”</span>
          </TranscriptLink>
        </li>
      ))}
    </ul>
  );
}

function formatValue(c: CriterionResult): string | null {
  if (c.value === null) return null;
  return Math.abs(c.value) < 10 && !Number.isInteger(c.value) ? c.value.toFixed(2) : String(Math.round(c.value * 10) / 10);
}

interface CriteriaListProps {
  criteria: readonly CriterionResult[];
  categories: readonly CategoryInfo[];
  scores: Readonly<Record<string, number>>;
  /** The record has audio: evidence also seeks the player. */
  timed: boolean;
}

/** Every criterion by category: its result as icon and words, why, and the evidence. */
export function CriteriaList({ criteria, categories, scores, timed }: CriteriaListProps) {
  const groups = groupCriteria(criteria, categories, scores);
  const counts = resultCounts(criteria);
  const summary = (Object.keys(counts) as (keyof typeof counts)[])
    .filter((k) => counts[k] > 0)
    .map((k) => `${counts[k]} ${RESULT_LABEL[k].toLowerCase()}`)
    .join(", ");
  return (
    <div>
      <p className="border-b border-slate-200 px-5 py-3 text-sm text-slate-600">{summary || "No criteria."}</p>
      <div className="divide-y divide-slate-200">
        {groups.map((group) => (
          <section key={group.id} aria-labelledby={`category-${group.id}`} className="px-5 py-4">
            <h3 id={`category-${group.id}`} className="flex items-baseline justify-between gap-3 text-sm font-semibold text-slate-900">
              {group.name}
              <span className="text-xs font-normal text-slate-500 tabular-nums">{group.score === null ? "not scored" : `${Math.round(group.score)} / 100`}</span>
            </h3>
            <ul className="mt-3 space-y-4">
              {group.criteria.map((c) => {
                const value = formatValue(c);
                return (
                  <li key={c.id} data-criterion-id={c.id} data-result={c.result}>
                    <div className="flex flex-wrap items-center gap-2">
                      <ResultBadge result={c.result} />
                      <p className="text-sm font-medium text-slate-900">{c.name}</p>
                      {c.compliance && <Badge tone="warning">Compliance</Badge>}
                      <span className="text-xs text-slate-500">weight {c.weight}</span>
                    </div>
                    {(c.explanation || value) && (
                      <p className="mt-1 text-sm text-slate-600">
                        {c.explanation}
                        {value && <span className="ml-1 text-slate-500">(measured {value})</span>}
                      </p>
                    )}
                    <EvidenceList criterion={c} timed={timed} />
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
