/** Pure geometry for the sentiment chart: which points, where they go, and the ticks. */

export interface SentimentSegment {
  segmentIndex: number;
  speaker: string;
  score: number;
  label: "negative" | "neutral" | "positive";
}

export interface SentimentPoint {
  segmentIndex: number;
  ms: number;
  score: number;
  label: SentimentSegment["label"];
}

export interface SentimentSeries {
  speaker: string;
  points: SentimentPoint[];
}

/** Agent first, then the customer, then anyone else by name: the legend reads the same on every call. */
const SPEAKER_ORDER: Record<string, number> = { agent: 0, customer: 1 };

/**
 * Points per speaker, in time order. x is the segment's start time (the
 * transcript's; a segment it does not have keeps its index as seconds so the
 * order survives); scores are clamped to -1..1.
 */
export function sentimentSeries(segments: readonly SentimentSegment[], startTimes: readonly number[]): SentimentSeries[] {
  const bySpeaker = new Map<string, SentimentPoint[]>();
  for (const s of segments) {
    if (!Number.isFinite(s.score)) continue;
    const ms = startTimes[s.segmentIndex] ?? s.segmentIndex * 1000;
    const list = bySpeaker.get(s.speaker) ?? [];
    list.push({ segmentIndex: s.segmentIndex, ms, score: Math.max(-1, Math.min(1, s.score)), label: s.label });
    bySpeaker.set(s.speaker, list);
  }
  return [...bySpeaker.entries()]
    .map(([speaker, points]) => ({ speaker, points: points.sort((a, b) => a.ms - b.ms || a.segmentIndex - b.segmentIndex) }))
    .sort((a, b) => (SPEAKER_ORDER[a.speaker] ?? 2) - (SPEAKER_ORDER[b.speaker] ?? 2) || a.speaker.localeCompare(b.speaker));
}

/** A linear map from a domain to a range; an empty domain maps to the middle of the range. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  return (value) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

/** Round numbers of seconds for the time axis: about `count` ticks from 0 to the end. */
export function timeTicks(maxMs: number, count = 5): number[] {
  if (!(maxMs > 0)) return [0];
  const rough = maxMs / count;
  const steps = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600].map((s) => s * 1000);
  const step = steps.find((s) => s >= rough) ?? Math.ceil(rough / 3_600_000) * 3_600_000;
  const ticks: number[] = [];
  for (let t = 0; t <= maxMs + 1e-9; t += step) ticks.push(t);
  return ticks;
}

export interface ChartBox {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface PlacedSeries {
  speaker: string;
  /** An SVG path through the points; a single point has no line. */
  d: string;
  points: Array<SentimentPoint & { x: number; y: number }>;
}

export interface ChartLayout {
  series: PlacedSeries[];
  xTicks: { ms: number; x: number }[];
  yTicks: { value: number; y: number }[];
  maxMs: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Places every series in the plot area of `box`: x from 0 to the last point's time, y from -1 (bottom) to 1 (top). */
export function layoutChart(series: readonly SentimentSeries[], box: ChartBox): ChartLayout {
  const maxMs = Math.max(0, ...series.flatMap((s) => s.points.map((p) => p.ms)));
  const ticks = timeTicks(maxMs);
  const domainEnd = Math.max(maxMs, ticks.at(-1) ?? 0);
  const x = linearScale([0, domainEnd], [box.left, box.width - box.right]);
  const y = linearScale([-1, 1], [box.height - box.bottom, box.top]);
  const placed = series.map((s) => {
    const points = s.points.map((p) => ({ ...p, x: round(x(p.ms)), y: round(y(p.score)) }));
    const d = points.length > 1 ? points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x} ${p.y}`).join(" ") : "";
    return { speaker: s.speaker, d, points };
  });
  return {
    series: placed,
    xTicks: ticks.map((ms) => ({ ms, x: round(x(ms)) })),
    yTicks: [1, 0, -1].map((value) => ({ value, y: round(y(value)) })),
    maxMs,
  };
}
