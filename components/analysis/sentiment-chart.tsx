import type { ReactNode } from "react";
import { formatClock } from "@/components/records/format";
import { humanizeId } from "./criteria";
import { layoutChart, sentimentSeries, type SentimentSegment } from "./sentiment-chart-data";

interface SpeakerSummary {
  score: number;
  label: "negative" | "neutral" | "positive";
  trend: { start: number; end: number; direction: "improving" | "worsening" | "stable" };
}

interface SentimentChartProps {
  segments: readonly SentimentSegment[];
  /** Start time of each transcript segment, by index. */
  startTimes: readonly number[];
  speakers: Readonly<Record<string, SpeakerSummary>>;
  /** A unique prefix for the SVG's title and description ids. */
  id: string;
}

const BOX = { width: 640, height: 200, top: 12, right: 16, bottom: 28, left: 72 };

/** Each speaker is told apart by colour, line style and marker shape, so the chart reads in greyscale too. */
const STYLES: Record<string, { color: string; dash?: string; marker: "circle" | "square" | "diamond"; name: string }> = {
  agent: { color: "#1f57cc", marker: "circle", name: "Agent" },
  customer: { color: "#047857", dash: "6 4", marker: "square", name: "Customer" },
};
const OTHER = { color: "#64748b", dash: "2 3", marker: "diamond" as const };

function styleOf(speaker: string) {
  return STYLES[speaker] ?? { ...OTHER, name: humanizeId(speaker) };
}

function Marker({ shape, x, y, color, children }: { shape: "circle" | "square" | "diamond"; x: number; y: number; color: string; children?: ReactNode }) {
  if (shape === "circle") return <circle cx={x} cy={y} r={3.5} fill={color}>{children}</circle>;
  if (shape === "square") return <rect x={x - 3.5} y={y - 3.5} width={7} height={7} fill={color}>{children}</rect>;
  return <path d={`M${x} ${y - 4.5}L${x + 4.5} ${y}L${x} ${y + 4.5}L${x - 4.5} ${y}Z`} fill={color}>{children}</path>;
}

const signed = (n: number) => `${n > 0 ? "+" : ""}${n.toFixed(2)}`;
const Y_LABEL: Record<number, string> = { 1: "Positive", 0: "Neutral", [-1]: "Negative" };

/** Sentiment of each turn over the call, one line per speaker, drawn as inline SVG (no chart library). */
export function SentimentChart({ segments, startTimes, speakers, id }: SentimentChartProps) {
  const series = sentimentSeries(segments, startTimes);
  if (series.length === 0) return <p className="text-sm text-slate-500">No sentiment was measured for this conversation.</p>;
  const layout = layoutChart(series, BOX);
  const description = series
    .map((s) => {
      const name = styleOf(s.speaker).name;
      const summary = speakers[s.speaker];
      if (!summary) return `${name}: ${s.points.length} turns.`;
      return `${name}: ${summary.label} overall (${signed(summary.score)}), from ${signed(summary.trend.start)} at the start to ${signed(summary.trend.end)} at the end, ${summary.trend.direction}.`;
    })
    .join(" ");

  return (
    <figure>
      <svg
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        className="h-auto w-full"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        data-testid="sentiment-chart"
      >
        <title id={`${id}-title`}>Sentiment of each turn over the conversation</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {layout.yTicks.map((t) => (
          <g key={t.value}>
            <line x1={BOX.left} x2={BOX.width - BOX.right} y1={t.y} y2={t.y} stroke={t.value === 0 ? "#94a3b8" : "#e2e8f0"} strokeDasharray={t.value === 0 ? "4 3" : undefined} />
            <text x={BOX.left - 8} y={t.y} textAnchor="end" dominantBaseline="middle" className="fill-slate-500 text-[11px]">
              {Y_LABEL[t.value]}
            </text>
          </g>
        ))}
        {layout.xTicks.map((t) => (
          <text key={t.ms} x={t.x} y={BOX.height - 8} textAnchor="middle" className="fill-slate-500 text-[11px]">
            {formatClock(t.ms)}
          </text>
        ))}
        {layout.series.map((s) => {
          const style = styleOf(s.speaker);
          return (
            <g key={s.speaker} data-speaker={s.speaker}>
              {s.d && <path d={s.d} fill="none" stroke={style.color} strokeWidth={2} strokeDasharray={style.dash} strokeLinejoin="round" />}
              {s.points.map((p) => (
                <Marker key={p.segmentIndex} shape={style.marker} x={p.x} y={p.y} color={style.color}>
                  <title>{`${style.name} at ${formatClock(p.ms)}: ${signed(p.score)} (${p.label})`}</title>
                </Marker>
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul aria-label="Legend" className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-xs text-slate-600">
          {series.map((s) => {
            const style = styleOf(s.speaker);
            const summary = speakers[s.speaker];
            return (
              <li key={s.speaker} className="flex items-center gap-1.5">
                <svg viewBox="0 0 28 10" className="h-2.5 w-7" aria-hidden="true">
                  <line x1={0} x2={28} y1={5} y2={5} stroke={style.color} strokeWidth={2} strokeDasharray={style.dash} />
                  <Marker shape={style.marker} x={14} y={5} color={style.color} />
                </svg>
                <span className="font-medium text-slate-800">{style.name}</span>
                {summary && (
                  <span>
                    {summary.label}, {summary.trend.direction}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </figcaption>
    </figure>
  );
}
