import { formatClock } from "@/components/records/format";
import type { AnalysisDto } from "@/lib/services/analyses/analysis-dto";
import { humanizeId } from "./criteria";
import { TranscriptLink } from "./transcript-link";

export function Chips({ items, label }: { items: { key: string; text: string; note?: string }[]; label: string }) {
  if (items.length === 0) return <p className="text-sm text-slate-500">None found.</p>;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1.5">
      {items.map((item) => (
        <li key={item.key} className="inline-flex items-center gap-1 rounded-full bg-slate-100 px-2.5 py-0.5 text-sm text-slate-800 ring-1 ring-slate-200 ring-inset">
          {item.text}
          {item.note && <span className="text-xs text-slate-500">{item.note}</span>}
        </li>
      ))}
    </ul>
  );
}

export function KeyPhrases({ phrases, topics }: { phrases: AnalysisDto["keyPhrases"]; topics: AnalysisDto["topics"] }) {
  return (
    <div className="space-y-4">
      <div>
        <h3 className="mb-2 text-sm font-semibold text-slate-900">Key phrases</h3>
        <Chips
          label="Key phrases"
          items={phrases.map((p) => ({ key: p.text, text: p.text, note: p.count > 1 ? `×${p.count}` : undefined }))}
        />
      </div>
      {/* The local analyzer's topics are often its key phrases again: not worth saying twice. */}
      {topics.length > 0 && !topics.every((t) => phrases.some((p) => p.text === t)) && (
        <div>
          <h3 className="mb-2 text-sm font-semibold text-slate-900">Topics</h3>
          <Chips label="Topics" items={topics.map((t) => ({ key: t, text: t }))} />
        </div>
      )}
    </div>
  );
}

/** Promises made in the conversation; those with a time seek the call and outline the turn. */
export function ActionItems({ items, timed }: { items: AnalysisDto["actionItems"]; timed: boolean }) {
  return (
    <div>
      <h3 className="mb-2 text-sm font-semibold text-slate-900">Action items</h3>
      {items.length === 0 ? (
        <p className="text-sm text-slate-500">No commitments were found.</p>
      ) : (
        <ul className="space-y-2" aria-label="Action items">
          {items.map((item, i) => (
            <li key={i} className="flex items-start gap-2 text-sm text-slate-800">
              <svg viewBox="0 0 16 16" className="mt-0.5 size-4 shrink-0 text-slate-400" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
                <path d="M3 8h9M9 4.5 12.5 8 9 11.5" />
              </svg>
              <div className="min-w-0">
                <p>{item.text}</p>
                <p className="mt-0.5 flex items-center gap-2 text-xs text-slate-500">
                  {humanizeId(item.speaker)}
                  {item.startMs >= 0 && (
                    <TranscriptLink
                      segmentIndex={item.segmentIndex}
                      startMs={timed ? item.startMs : null}
                      reason="Action item"
                      className="px-1.5 py-0.5"
                      aria-label={timed ? `Play from ${formatClock(item.startMs)}: ${item.text}` : `Show in the transcript: ${item.text}`}
                    >
                      {timed ? <span className="font-mono tabular-nums">{formatClock(item.startMs)}</span> : "Show in transcript"}
                    </TranscriptLink>
                  )}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Improvements({ items }: { items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div>
      <h3 className="mb-2 text-sm font-semibold text-slate-900">What to improve</h3>
      <ol className="list-decimal space-y-1.5 pl-5 text-sm text-slate-700 marker:text-slate-400">
        {items.map((text, i) => (
          <li key={i}>{text}</li>
        ))}
      </ol>
    </div>
  );
}

export function Summary({ summary, source }: { summary: string | null; source: AnalysisDto["summarySource"] }) {
  return (
    <div>
      <h3 className="mb-1 text-sm font-semibold text-slate-900">Summary</h3>
      {summary ? (
        <>
          <p className="text-sm leading-relaxed text-slate-800" data-testid="analysis-summary">
            {summary}
          </p>
          {source && (
            <p className="mt-1 text-xs text-slate-500">
              {source === "llm" ? "Written by the LLM from the transcript." : "Extractive: sentences picked from the transcript, not written by a model."}
            </p>
          )}
        </>
      ) : (
        <p className="text-sm text-slate-500">No summary for this conversation (summaries may be turned off for the project).</p>
      )}
    </div>
  );
}
