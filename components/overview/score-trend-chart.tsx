"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface TrendPoint {
  /** "Mar 5" */
  label: string;
  score: number | null;
  /** Compliance pass rate in percent, on the same 0–100 scale as the score. */
  compliance: number | null;
  records: number;
}

const AXIS_TICK = { fontSize: 12, fill: "#64748b" };

/**
 * Average score and compliance pass rate by day. Drawing only: the figure
 * around it carries the title, the summary and the data table, so the SVG is
 * hidden from screen readers and kept out of the tab order.
 */
export function ScoreTrendChart({ data }: { data: TrendPoint[] }) {
  return (
    <ResponsiveContainer width="100%" height={280} initialDimension={{ width: 600, height: 280 }}>
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: -12 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={AXIS_TICK} tickLine={false} axisLine={{ stroke: "#cbd5e1" }} minTickGap={24} padding={{ left: 12, right: 12 }} />
        <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={AXIS_TICK} tickLine={false} axisLine={false} width={44} />
        <Tooltip
          formatter={(value, name) => (value === null || value === undefined ? ["—", name] : [name === "Average score" ? value : `${value}%`, name])}
          contentStyle={{ fontSize: 13, borderRadius: 6, borderColor: "#e2e8f0" }}
        />
        <Legend iconType="plainline" wrapperStyle={{ fontSize: 13 }} />
        <Line
          type="monotone"
          dataKey="score"
          name="Average score"
          stroke="#1f57cc"
          strokeWidth={2.5}
          dot={{ r: 3, fill: "#1f57cc" }}
          connectNulls
          isAnimationActive={false}
        />
        <Line
          type="monotone"
          dataKey="compliance"
          name="Compliance pass rate (%)"
          stroke="#059669"
          strokeWidth={2}
          strokeDasharray="6 4"
          dot={{ r: 3, fill: "#fff", stroke: "#059669", strokeWidth: 2 }}
          connectNulls
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
