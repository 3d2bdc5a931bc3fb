import { describe, expect, it } from "vitest";
import { layoutChart, linearScale, sentimentSeries, timeTicks } from "./sentiment-chart-data";

const box = { width: 400, height: 120, top: 10, right: 10, bottom: 10, left: 50 };

describe("sentimentSeries", () => {
  it("splits points by speaker, agent then customer then others, at each segment's start time, in time order, clamped", () => {
    const series = sentimentSeries(
      [
        { segmentIndex: 2, speaker: "customer", score: 0.5, label: "positive" },
        { segmentIndex: 0, speaker: "customer", score: -3, label: "negative" },
        { segmentIndex: 1, speaker: "agent", score: 0.2, label: "positive" },
        { segmentIndex: 3, speaker: "supervisor", score: 0, label: "neutral" },
        { segmentIndex: 4, speaker: "agent", score: Number.NaN, label: "neutral" },
      ],
      [0, 4000, 9000],
    );
    expect(series.map((s) => s.speaker)).toEqual(["agent", "customer", "supervisor"]);
    expect(series[1]!.points.map((p) => [p.ms, p.score])).toEqual([
      [0, -1],
      [9000, 0.5],
    ]);
    // Segment 3 is not in the transcript's times: its index stands in as seconds.
    expect(series[2]!.points[0]!.ms).toBe(3000);
    expect(series[0]!.points).toHaveLength(1);
  });
});

describe("scales and ticks", () => {
  it("maps linearly, and an empty domain to the middle", () => {
    const y = linearScale([-1, 1], [100, 0]);
    expect([y(-1), y(0), y(1)]).toEqual([100, 50, 0]);
    expect(linearScale([5, 5], [0, 10])(5)).toBe(5);
  });

  it("picks round steps of time", () => {
    expect(timeTicks(96_000)).toEqual([0, 30_000, 60_000, 90_000]);
    expect(timeTicks(4_000)).toEqual([0, 1000, 2000, 3000, 4000]);
    expect(timeTicks(0)).toEqual([0]);
    expect(timeTicks(10 * 3_600_000).length).toBeLessThanOrEqual(6);
  });
});

describe("layoutChart", () => {
  it("puts time across the plot area and -1..1 from bottom to top, with a path for each speaker with two or more points", () => {
    const layout = layoutChart(
      [
        { speaker: "agent", points: [{ segmentIndex: 0, ms: 0, score: 1, label: "positive" }, { segmentIndex: 2, ms: 60_000, score: -1, label: "negative" }] },
        { speaker: "customer", points: [{ segmentIndex: 1, ms: 30_000, score: 0, label: "neutral" }] },
      ],
      box,
    );
    const [agent, customer] = layout.series;
    expect(agent!.points.map((p) => [p.x, p.y])).toEqual([
      [50, 10],
      [390, 110],
    ]);
    expect(agent!.d).toBe("M50 10 L390 110");
    expect(customer!.points[0]).toMatchObject({ x: 220, y: 60 });
    expect(customer!.d).toBe("");
    expect(layout.yTicks).toEqual([
      { value: 1, y: 10 },
      { value: 0, y: 60 },
      { value: -1, y: 110 },
    ]);
    expect(layout.xTicks.map((t) => [t.ms, t.x])).toEqual([
      [0, 50],
      [15_000, 135],
      [30_000, 220],
      [45_000, 305],
      [60_000, 390],
    ]);
  });
});
