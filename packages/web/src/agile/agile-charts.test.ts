import type { BurndownDay, CumulativeFlow } from "@keel/engine";
import { describe, expect, it } from "vitest";
import { cycleChart, flowChart, sprintChart, velocityChart } from "./agile-charts.js";

const box = { width: 300, height: 100 };

const day = (date: string, remaining: number, done: number, ideal: number, scope = 10): BurndownDay =>
  ({ date, remaining, done, ideal, scope }) as BurndownDay;

describe("agile charts", () => {
  it("puts a sprint's days across the width and its figures on one axis from zero", () => {
    const chart = sprintChart(
      [day("2027-03-01", 10, 0, 10), day("2027-03-02", 8, 2, 5), day("2027-03-03", 3, 8, 0, 11)],
      box,
    );
    expect(chart.axis.min).toBe(0);
    expect(chart.axis.max).toBeGreaterThanOrEqual(11);
    expect(chart.remaining.dots.map((d) => Math.round(d.x))).toEqual([0, 150, 300]);
    expect(chart.ideal.dots.at(-1)?.y).toBe(100);
    expect(chart.remaining.path.startsWith("M0.0,")).toBe(true);
    expect(chart.scope.dots.at(-1)?.value).toBe(11);
    expect(chart.done.dots[0]?.y).toBe(100);
  });

  it("draws committed and done side by side per sprint, with bars as tall as their share", () => {
    const chart = velocityChart(
      [
        { sprint: "S1", name: "Sprint 1", committed: 20, completed: 15 },
        { sprint: "S2", name: "Sprint 2", committed: 18, completed: 18 },
      ],
      box,
    );
    expect(chart.max).toBe(20);
    const [first, second] = chart.groups;
    expect(first?.committed.height).toBe(100);
    expect(first?.completed.height).toBe(75);
    expect(first?.completed.x).toBe(first?.centre);
    expect((first?.committed.x ?? 0) + (first?.committed.width ?? 0)).toBe(first?.centre);
    expect(second?.centre).toBe(225);
  });

  it("stacks cumulative flow with done at the bottom and the total on top", () => {
    const flow = {
      dates: ["2027-03-01", "2027-03-02"],
      series: [
        { status: "todo", name: "To Do", category: "todo", counts: [4, 2] },
        { status: "done", name: "Done", category: "done", counts: [0, 2] },
      ],
    } as unknown as CumulativeFlow;
    const chart = flowChart(flow, box);
    expect(chart.areas.map((a) => a.status)).toEqual(["done", "todo"]);
    // Done's band starts at zero on day one (its top there is the base line).
    expect(chart.areas[0]?.path.startsWith(`M0.0,${chart.axis.y(0).toFixed(1)}`)).toBe(true);
    // To Do's top on day two is the total of four.
    expect(chart.areas[1]?.path).toContain(`L300.0,${chart.axis.y(4).toFixed(1)}`);
    expect(chart.areas[1]?.path.endsWith("Z")).toBe(true);
  });

  it("places finished items by date and days, with percentile lines in view", () => {
    const chart = cycleChart(
      {
        points: [
          { item: "A", finished: "2027-03-01", days: 2 },
          { item: "B", finished: "2027-03-15", days: 6 },
        ],
        p50: 4,
        p85: 6,
        p95: 9,
      } as never,
      box,
    );
    expect(chart.axis.max).toBeGreaterThanOrEqual(9);
    expect(chart.lines.map((l) => l.label)).toEqual(["P50", "P85", "P95"]);
    expect(chart.dots[1]?.y).toBe(chart.axis.y(6));
    expect(chart.dots[0]?.x).toBeLessThan(chart.dots[1]?.x ?? 0);
    // Labels of close lines are pushed apart; a line with room keeps its label just above it.
    const close = cycleChart({ points: [], p50: 2, p85: 5, p95: 5.3 }, box);
    const [p50, p85, p95] = close.lines;
    expect((p95?.y ?? 0) - (p95?.labelY ?? 0)).toBeGreaterThan(3);
    expect((p85?.labelY ?? 0) - (p95?.labelY ?? 0)).toBe(12);
    expect(p50?.labelY).toBe((p50?.y ?? 0) - 3);
    expect(cycleChart({ points: [], p50: undefined, p85: undefined, p95: undefined }, box).lines).toEqual([]);
  });

  it("shares one line among percentiles on the same day, on an axis at least four days tall", () => {
    const chart = cycleChart(
      { points: [{ item: "A", finished: "2027-03-01", days: 1 }], p50: 1, p85: 1, p95: 1 } as never,
      box,
    );
    expect(chart.lines.map((l) => l.label)).toEqual(["P50/P85/P95"]);
    expect(chart.axis.max).toBe(4);
    expect(chart.axis.ticks.every(Number.isInteger)).toBe(true);
  });
});
