import { Badge } from "@/components/ui/badge";
import { TBody, TD, TH, THead, TR, Table } from "@/components/ui/table";
import { clock } from "@/lib/scoring/format";
import type { ScorecardPreview } from "@/lib/services/scorecards/preview-scorecard";
import { OUTCOME } from "./labels";

interface PreviewResultProps {
  preview: ScorecardPreview;
  recordName: string;
  /** Category id → name, from the draft that was previewed. */
  categoryNames: ReadonlyMap<string, string>;
  passingScore: number | undefined;
}

/** What the draft scorecard makes of one record: score, compliance, categories, and every criterion with its reason. */
export function PreviewResult({ preview, recordName, categoryNames, passingScore }: PreviewResultProps) {
  const score = preview.qualityScore;
  const passing = score !== null && passingScore !== undefined ? score >= passingScore : null;
  const categoryName = (id: string) => categoryNames.get(id) ?? id;
  const compliancePassed = preview.complianceStatus === "passed";

  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-600">
        Preview of <span className="font-medium text-slate-900">{recordName}</span>. Nothing is saved: the record keeps its score.
      </p>
      <dl className="grid gap-4 sm:grid-cols-2">
        <div className="rounded-lg px-4 py-3 ring-1 ring-slate-200">
          <dt className="text-sm font-medium text-slate-500">Quality score</dt>
          <dd className="mt-1 flex flex-wrap items-baseline gap-2">
            <span className="text-3xl font-semibold tracking-tight text-slate-900" data-testid="preview-score">
              {score === null ? "No score" : score}
            </span>
            {score !== null && <span className="text-sm text-slate-500">out of 100</span>}
            {passing !== null && (
              <Badge tone={passing ? "success" : "danger"}>{passing ? `✓ At or above the passing score (${passingScore})` : `✗ Below the passing score (${passingScore})`}</Badge>
            )}
          </dd>
          {score === null && <p className="mt-1 text-sm text-slate-500">No criterion could be judged on this record.</p>}
        </div>
        <div className="rounded-lg px-4 py-3 ring-1 ring-slate-200">
          <dt className="text-sm font-medium text-slate-500">Compliance</dt>
          <dd className="mt-2">
            <Badge tone={compliancePassed ? "success" : "danger"} className="text-sm">
              {compliancePassed ? "✓ Passed" : "✗ Failed"}
            </Badge>
          </dd>
        </div>
      </dl>

      {Object.keys(preview.categories).length > 0 && (
        <section aria-labelledby="preview-categories-title">
          <h4 id="preview-categories-title" className="mb-2 text-sm font-semibold text-slate-900">
            Categories
          </h4>
          <div className="overflow-hidden rounded-md ring-1 ring-slate-200">
            <Table>
              <THead>
                <TR>
                  <TH>Category</TH>
                  <TH className="text-right">Score</TH>
                </TR>
              </THead>
              <TBody>
                {Object.entries(preview.categories).map(([id, value]) => (
                  <TR key={id}>
                    <TD>{categoryName(id)}</TD>
                    <TD className="text-right tabular-nums">{value}</TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          </div>
        </section>
      )}

      <section aria-labelledby="preview-criteria-title">
        <h4 id="preview-criteria-title" className="mb-2 text-sm font-semibold text-slate-900">
          Criteria
        </h4>
        <ul className="divide-y divide-slate-100 rounded-md ring-1 ring-slate-200" aria-label="Criteria results">
          {preview.criteria.map((c) => {
            const outcome = OUTCOME[c.result];
            return (
              <li key={c.id} data-result={c.result} className="px-4 py-3">
                <div className="flex flex-wrap items-center gap-2">
                  <Badge tone={outcome.tone}>
                    <span aria-hidden="true" className="mr-1">
                      {outcome.symbol}
                    </span>
                    {outcome.label}
                  </Badge>
                  <span className="text-sm font-medium text-slate-900">{c.name}</span>
                  <span className="text-xs text-slate-500">
                    {categoryName(c.category)} · weight {c.weight}
                    {c.compliance ? " · compliance" : ""}
                  </span>
                </div>
                <p className="mt-1 text-sm text-slate-600">{c.explanation}</p>
                {c.evidence.length > 0 && (
                  <ul className="mt-2 space-y-1" aria-label={`Evidence for ${c.name}`}>
                    {c.evidence.map((e, i) => (
                      <li key={i} className="text-sm text-slate-600">
                        <span className="mr-2 font-mono text-xs text-slate-500">{clock(e.startMs)}</span>
                        <q className="italic">{e.quote}</q>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      {preview.improvements.length > 0 && (
        <section aria-labelledby="preview-improvements-title">
          <h4 id="preview-improvements-title" className="mb-2 text-sm font-semibold text-slate-900">
            What to improve
          </h4>
          <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-700">
            {preview.improvements.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
