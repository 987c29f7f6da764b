import type { MilestoneTrend, TrendPoint } from "@keel/engine";
import type { LocalDate } from "@keel/model";
import { describe, expect, it } from "vitest";
import {
  ageBars,
  burnUpChart,
  floatChart,
  indexChart,
  linePath,
  milestoneChart,
  niceStep,
  pointsUntilReached,
  timeAxis,
  valueAxis,
} from "./trend-charts.js";

const box = { width: 100, height: 50 };

function point(asOf: string, fields: Partial<TrendPoint> = {}): TrendPoint {
  return {
    asOf,
    rag: "GREEN",
    SPI: 1,
    CPI: 1,
    criticalFloatDays: 5,
    percentComplete: 10,
    plannedPercentComplete: 20,
    finish: "2027-03-31T17:00:00",
    finishVarianceDays: 0,
    openRisks: 0,
    highRisks: 0,
    openIssues: 0,
    ...fields,
  } as TrendPoint;
}

describe("dashboard chart geometry", () => {
  it("breaks a line where a report has no figure", () => {
    expect(linePath([{ x: 0, y: 1 }, { x: 2, y: 3 }, null, { x: 4, y: 5 }])).toBe(
      "M0.0,1.0 L2.0,3.0 M4.0,5.0",
    );
  });

  it("centres reports less than two weeks apart, and spreads more over the width", () => {
    const one = timeAxis(["2027-02-10"], 100);
    expect(one.x("2027-02-10")).toBe(50);
    expect(one.x("2027-02-03")).toBe(0);
    const weekly = timeAxis(["2027-02-03", "2027-02-10"], 100);
    expect([weekly.x("2027-02-03"), weekly.x("2027-02-10")]).toEqual([25, 75]);
    const many = timeAxis(["2027-02-17", "2027-02-03", "2027-02-10", "2027-02-24"], 90, 2);
    expect(many.x("2027-02-03")).toBeCloseTo(0);
    expect(many.x("2027-02-24")).toBeCloseTo(90);
    // Two labels at most, the last report always labelled.
    expect(many.ticks.map((t) => t.date)).toEqual(["2027-02-10", "2027-02-24"]);
  });

  it("rounds a value axis to nice steps around what must show", () => {
    expect(niceStep(0.6)).toBe(0.2);
    expect(niceStep(100)).toBe(25);
    const axis = valueAxis([0.84, 0.95], [0.8, 1.1], 100);
    expect([axis.min, axis.max]).toEqual([0.8, 1.1]);
    expect(axis.ticks).toEqual([0.8, 0.9, 1, 1.1]);
    expect(axis.y(0.8)).toBe(100);
    expect(axis.y(1.1)).toBe(0);
    expect(valueAxis([-2, 4], [0], 60).ticks).toEqual([-2, 0, 2, 4]);
  });

  it("draws SPI and CPI with the on-plan line and the AMBER and RED thresholds", () => {
    const chart = indexChart(
      [point("2027-02-03", { SPI: 0.9 }), point("2027-02-17", { SPI: 0.8, CPI: null })],
      box,
    );
    expect([chart.axis.min, chart.axis.max]).toEqual([0.8, 1.1]);
    expect(chart.red).toBe(50);
    expect(chart.onPlan).toBeCloseTo(50 / 3);
    expect(chart.spi.dots.map((d) => d.value)).toEqual([0.9, 0.8]);
    // CPI is missing in the second report: one dot, no line to nowhere.
    expect(chart.cpi.dots).toHaveLength(1);
    expect(chart.cpi.path).toBe(`M0.0,${(50 / 3).toFixed(1)}`);
  });

  it("draws work done against planned on 0–100 %, and float with zero in view", () => {
    const burn = burnUpChart([point("2027-02-03"), point("2027-02-17", { percentComplete: 40 })], box);
    expect(burn.done.path).toBe("M0.0,45.0 L100.0,30.0");
    expect(burn.planned.path).toBe("M0.0,40.0 L100.0,40.0");
    const float = floatChart(
      [point("2027-02-03", { criticalFloatDays: 4 }), point("2027-02-10", { criticalFloatDays: -2 })],
      box,
    );
    expect(float.axis.min).toBeLessThanOrEqual(-2);
    expect(float.axis.max).toBeGreaterThanOrEqual(4);
    expect(float.zero).toBe(float.axis.y(0));
  });

  it("puts each milestone's forecast per report on the milestone trend chart, with the diagonal", () => {
    const chart = milestoneChart(
      [
        {
          id: "beta",
          name: "Beta ready",
          baseline: "2027-02-24" as LocalDate,
          points: [
            { asOf: "2027-02-03" as LocalDate, forecast: "2027-02-24" as LocalDate },
            { asOf: "2027-02-17" as LocalDate, forecast: "2027-03-03" as LocalDate },
          ],
        },
      ],
      ["2027-02-03", "2027-02-17"],
      box,
    );
    const [line] = chart.lines;
    expect(line?.dots.map((d) => d.x)).toEqual([0, 100]);
    // Slipping a week is a rising line: the later forecast is higher.
    expect((line?.dots[1]?.y ?? 0) < (line?.dots[0]?.y ?? 0)).toBe(true);
    expect(chart.y("2027-03-03")).toBeGreaterThanOrEqual(0);
    expect(chart.y("2027-02-03")).toBeLessThanOrEqual(50);
    // Weekly labels from a week boundary at or before the first report.
    expect(chart.yTicks.length).toBeGreaterThanOrEqual(2);
    expect(chart.diagonal).toMatch(/^M0\.0,[\d.]+ L100\.0,[\d.]+$/);
  });

  it("ends a milestone's line when it is reached, and leaves out those reached before the first report", () => {
    const reached: MilestoneTrend = {
      id: "design",
      name: "Design signed off",
      baseline: null,
      points: [
        { asOf: "2027-02-03" as LocalDate, forecast: "2027-01-21" as LocalDate },
        { asOf: "2027-02-10" as LocalDate, forecast: "2027-01-21" as LocalDate },
      ],
    };
    const beta: MilestoneTrend = {
      id: "beta",
      name: "Beta ready",
      baseline: null,
      points: [
        { asOf: "2027-02-03" as LocalDate, forecast: "2027-02-10" as LocalDate },
        { asOf: "2027-02-10" as LocalDate, forecast: "2027-02-10" as LocalDate },
        { asOf: "2027-02-17" as LocalDate, forecast: "2027-02-10" as LocalDate },
      ],
    };
    expect(pointsUntilReached(reached)).toEqual([]);
    expect(pointsUntilReached(beta)).toHaveLength(2);
    const chart = milestoneChart([reached, beta], ["2027-02-03", "2027-02-10", "2027-02-17"], box);
    expect(chart.lines.map((l) => l.id)).toEqual(["beta"]);
    expect(chart.reachedBefore).toBe(1);
  });

  it("stands the issue age bands side by side on a nice count axis", () => {
    const { bars, max } = ageBars(
      [
        { label: "under a week", count: 3, issues: [] },
        { label: "1–4 weeks", count: 0, issues: [] },
      ],
      box,
      10,
    );
    expect(max).toBe(5);
    expect(bars.map((b) => [b.x, b.width, b.y, b.height])).toEqual([
      [0, 45, 20, 30],
      [55, 45, 50, 0],
    ]);
  });
});
