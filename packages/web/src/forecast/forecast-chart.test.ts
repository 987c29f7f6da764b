import type { HistogramBin, TaskForecast } from "@keel/engine";
import { describe, expect, it } from "vitest";
import {
  criticalityLevel,
  formatCorrelation,
  formatShare,
  histogramChart,
  mostCritical,
  niceCount,
  tornado,
} from "./forecast-chart.js";

const bin = (endWorkingDays: number, count: number, cumulative: number): HistogramBin => ({
  start: "",
  end: "",
  endWorkingDays,
  count,
  cumulative,
});

const task = (id: string, sensitivity: number, criticality = 0): TaskForecast => ({
  id,
  name: id.toUpperCase(),
  uncertain: sensitivity !== 0,
  criticality,
  sensitivity,
});

describe("histogramChart", () => {
  const bins = [bin(10, 2, 0.2), bin(12, 5, 0.7), bin(14, 3, 1)];
  const chart = histogramChart(bins, { P50: 11, P80: 12.5 }, { width: 300, height: 100 });

  it("puts equal bars side by side, as tall as their counts on a rounded scale", () => {
    expect(chart.maxCount).toBe(5);
    expect(chart.bars.map((b) => [b.x, b.width, b.height])).toEqual([
      [0.5, 99, 40],
      [100.5, 99, 100],
      [200.5, 99, 60],
    ]);
    expect(chart.bars[1]?.y).toBe(0);
  });

  it("draws the S-curve from zero at the first bin's start through each bin's end", () => {
    expect(chart.curve).toBe("M0.0,100.0 L100.0,80.0 L200.0,30.0 L300.0,0.0");
  });

  it("places the percentile marks on the working-day axis, clamped to it", () => {
    expect(chart.marks).toEqual([
      { label: "P50", workingDays: 11, x: 150 },
      { label: "P80", workingDays: 12.5, x: 225 },
    ]);
    expect(chart.x(3)).toBe(0);
    expect(chart.x(99)).toBe(300);
  });

  it("labels about every n-th bin, always the last", () => {
    const many = Array.from({ length: 30 }, (_, i) => bin(i + 1, 1, (i + 1) / 30));
    const labelled = histogramChart(many, {}, { width: 600, height: 100 }, 6).labelled;
    expect(labelled).toEqual([4, 9, 14, 19, 24, 29]);
  });

  it("copes with a single bin and with none", () => {
    const one = histogramChart([bin(5, 10, 1)], { P50: 5 }, { width: 100, height: 50 });
    expect(one.curve).toBe("M0.0,50.0 L100.0,0.0");
    expect(one.marks[0]?.x).toBe(100);
    expect(histogramChart([], {}, { width: 100, height: 50 }).curve).toBe("");
  });
});

describe("niceCount", () => {
  it("rounds up to 1, 2, 5 × a power of ten", () => {
    expect([0, 1, 3, 7, 12, 380, 1000, 1001].map(niceCount)).toEqual([1, 1, 5, 10, 20, 500, 1000, 2000]);
  });
});

describe("tornado", () => {
  it("keeps the ten largest |sensitivities|, leaves fixed tasks out, and draws negatives leftwards", () => {
    const tasks = [task("a", 0.1), task("b", -0.45), task("c", 0), task("d", 0.8)];
    const t = tornado(tasks, 200);
    expect(t.extent).toBe(0.8);
    expect(t.centre).toBe(100);
    expect(t.rows.map((r) => [r.id, r.x, r.width])).toEqual([
      ["d", 100, 100],
      ["b", 43.75, 56.25],
      ["a", 100, 12.5],
    ]);
    const many = Array.from({ length: 14 }, (_, i) => task(`t${i}`, (i + 1) / 20));
    expect(tornado(many, 100).rows).toHaveLength(10);
    expect(tornado(many, 100).rows[0]?.id).toBe("t13");
  });

  it("has no rows when nothing varies", () => {
    expect(tornado([task("a", 0)], 100)).toEqual({ rows: [], centre: 50, extent: 1 });
  });
});

describe("criticality", () => {
  it("lists the tasks critical in some runs, most critical first", () => {
    const list = mostCritical([task("a", 0, 0.3), task("b", 0, 0), task("c", 0, 1), task("d", 0, 0.3)]);
    expect(list.map((t) => t.id)).toEqual(["c", "a", "d"]);
  });

  it("buckets the index into five tint levels", () => {
    expect([0, 0.19, 0.2, 0.39, 0.4, 0.6, 0.79, 0.8, 1].map(criticalityLevel)).toEqual([
      0, 0, 1, 1, 2, 3, 3, 4, 4,
    ]);
  });
});

describe("formatting", () => {
  it("shows shares of runs as percentages, keeping small and almost-certain ones apart from 0 and 100", () => {
    expect([0, 0.004, 0.25, 0.8, 0.996, 1].map(formatShare)).toEqual([
      "0 %",
      "0.4 %",
      "25 %",
      "80 %",
      "99.6 %",
      "100 %",
    ]);
  });

  it("signs correlations", () => {
    expect([0.625, -0.1, 0].map(formatCorrelation)).toEqual(["+0.63", "−0.10", "+0.00"]);
  });
});
