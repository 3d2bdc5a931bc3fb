"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatAmount } from "./format";

export interface UsageBar {
  /** "Mar 5" */
  label: string;
  cost: number;
  audioMinutes: number;
  analyses: number;
}

const AXIS_TICK = { fontSize: 12, fill: "#64748b" };

/** Cost per day of the period. Drawing only: the figure around it carries the summary and the data table. */
export function UsageChart({ data, currency }: { data: UsageBar[]; currency: string }) {
  return (
    <ResponsiveContainer width="100%" height={260} initialDimension={{ width: 600, height: 260 }}>
      <BarChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={AXIS_TICK} tickLine={false} axisLine={{ stroke: "#cbd5e1" }} minTickGap={16} />
        <YAxis tick={AXIS_TICK} tickLine={false} axisLine={false} width={64} tickFormatter={(v: number) => formatAmount(v, currency)} />
        <Tooltip
          formatter={(value) => [formatAmount(Number(value), currency), "Cost"]}
          contentStyle={{ fontSize: 13, borderRadius: 6, borderColor: "#e2e8f0" }}
          cursor={{ fill: "#f1f5f9" }}
        />
        <Bar dataKey="cost" name="Cost" fill="#1f57cc" radius={[4, 4, 0, 0]} maxBarSize={28} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
