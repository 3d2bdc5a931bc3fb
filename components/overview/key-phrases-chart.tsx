"use client";

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";

export interface PhraseBar {
  text: string;
  records: number;
}

const AXIS_TICK = { fontSize: 12, fill: "#334155" };
const MAX_LABEL = 22;

/** The phrases most conversations mention, longest bar first. Drawing only; the figure around it describes it. */
export function KeyPhrasesChart({ data }: { data: PhraseBar[] }) {
  const height = Math.max(120, data.length * 30 + 24);
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 400, height }}>
      <BarChart data={data} layout="vertical" margin={{ top: 0, right: 32, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={{ ...AXIS_TICK, fill: "#64748b" }} tickLine={false} axisLine={false} />
        <YAxis
          type="category"
          dataKey="text"
          width={150}
          tick={AXIS_TICK}
          tickLine={false}
          axisLine={{ stroke: "#cbd5e1" }}
          interval={0}
          tickFormatter={(text: string) => (text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text)}
        />
        <Bar dataKey="records" fill="#1f57cc" radius={[0, 4, 4, 0]} maxBarSize={20} isAnimationActive={false}>
          <LabelList dataKey="records" position="right" fontSize={12} fill="#334155" />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
