"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, ResponsiveContainer, XAxis, YAxis, type BarShapeProps } from "recharts";

export interface SentimentBar {
  label: "Positive" | "Neutral" | "Negative";
  count: number;
  /** "50%" */
  share: string;
}

// Colour repeats what the axis already says in words.
const COLOURS: Record<SentimentBar["label"], string> = { Positive: "#059669", Neutral: "#94a3b8", Negative: "#dc2626" };
const AXIS_TICK = { fontSize: 12, fill: "#64748b" };

/** How customers ended their conversations. Drawing only; the figure around it describes it. */
export function SentimentChart({ data }: { data: SentimentBar[] }) {
  return (
    <ResponsiveContainer width="100%" height={240} initialDimension={{ width: 400, height: 240 }}>
      <BarChart data={data} margin={{ top: 24, right: 8, bottom: 0, left: -12 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ ...AXIS_TICK, fill: "#334155" }} tickLine={false} axisLine={{ stroke: "#cbd5e1" }} />
        <YAxis allowDecimals={false} tick={AXIS_TICK} tickLine={false} axisLine={false} width={44} />
        <Bar
          dataKey="count"
          maxBarSize={64}
          isAnimationActive={false}
          shape={(props: BarShapeProps) => <Rectangle {...props} fill={COLOURS[(props.payload as SentimentBar).label]} radius={[4, 4, 0, 0]} />}
        >
          <LabelList
            dataKey="count"
            position="top"
            content={({ x, y, width, index }) => {
              const bar = typeof index === "number" ? data[index] : undefined;
              if (!bar) return null;
              return (
                <text x={Number(x) + Number(width) / 2} y={Number(y) - 6} textAnchor="middle" fontSize={12} fill="#334155">
                  {`${bar.count} (${bar.share})`}
                </text>
              );
            }}
          />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
