import { formatClock, formatPercent } from "./format";

const num = (value: unknown): number | null => (typeof value === "number" && Number.isFinite(value) ? value : null);

/** The transcript's talk metrics as a stat row; missing ones are left out (a mono call has no talk ratio). */
export function TalkMetrics({ metrics }: { metrics: Record<string, unknown> | null }) {
  if (!metrics) return null;
  const talkRatio = num(metrics.talkRatio);
  const silenceShare = num(metrics.silenceShare);
  const overtalkCount = num(metrics.overtalkCount);
  const longest = num(metrics.longestMonologueMs);
  const speaker = typeof metrics.longestMonologueSpeaker === "string" ? metrics.longestMonologueSpeaker : null;
  const stats = [
    talkRatio !== null && { label: "Agent talk ratio", value: formatPercent(talkRatio) },
    silenceShare !== null && { label: "Silence", value: formatPercent(silenceShare) },
    overtalkCount !== null && { label: "Overtalk", value: `${overtalkCount}×` },
    longest !== null && { label: "Longest monologue", value: formatClock(longest), note: speaker ?? undefined },
  ].filter((s): s is { label: string; value: string; note?: string } => Boolean(s));
  if (stats.length === 0) return null;

  return (
    <dl aria-label="Talk metrics" className="grid grid-cols-2 divide-slate-200 border-b border-slate-200 sm:grid-cols-4 sm:divide-x">
      {stats.map((s) => (
        <div key={s.label} className="px-5 py-3">
          <dt className="text-xs font-medium text-slate-500">{s.label}</dt>
          <dd className="mt-0.5 text-lg font-semibold text-slate-900 tabular-nums">
            {s.value}
            {s.note && <span className="ml-1.5 text-xs font-normal text-slate-500 capitalize">{s.note}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
