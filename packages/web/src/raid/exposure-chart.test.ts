import { describe, expect, it } from "vitest";
import { trendChart } from "./exposure-chart.js";

const box = { width: 100, height: 50 };

describe("trendChart", () => {
  const points = [
    { date: "2027-03-01", inherent: 20, residual: 20, open: 1 },
    { date: "2027-03-03", inherent: 32, residual: 12, open: 2 },
  ];

  it("draws step lines from 0 before the first change to today", () => {
    const chart = trendChart(points, box, "2027-03-05", 6, 5);
    expect(chart.maxExposure).toBe(50);
    expect(chart.maxOpen).toBe(2);
    // Mar 1 → 0, Mar 3 → 50, Mar 5 → 100.
    expect(chart.inherent).toBe("M0.0,50.0 H0.0 V30.0 H50.0 V18.0 H100.0");
    expect(chart.residual).toBe("M0.0,50.0 H0.0 V30.0 H50.0 V38.0 H100.0");
    expect(chart.residualArea).toBe("M0.0,50.0 H0.0 V30.0 H50.0 V38.0 H100.0 V50.0 H0.0 Z");
    expect(chart.open).toBe("M0.0,50.0 H0.0 V25.0 H50.0 V0.0 H100.0");
    expect(chart.marks.map((m) => m.x)).toEqual([0, 50]);
  });

  it("shows at least `minDays`, so a first day of changes is not squeezed into the edge", () => {
    const chart = trendChart(
      [{ date: "2027-03-03", inherent: 6, residual: 4, open: 1 }],
      box,
      "2027-03-05",
      7,
      5,
    );
    // Five days to Mar 5: Mar 1 → 0, Mar 3 → 50, Mar 5 → 100.
    expect(chart.marks[0]?.x).toBe(50);
    expect(chart.inherent).toBe("M0.0,50.0 H50.0 V20.0 H100.0");
  });

  it("labels about `maxTicks` days under the axis", () => {
    const chart = trendChart(points, box, "2027-03-05", 2, 1);
    expect(chart.ticks).toEqual([
      { x: 0, date: "2027-03-01" },
      { x: 50, date: "2027-03-03" },
      { x: 100, date: "2027-03-05" },
    ]);
  });

  it("draws nothing for no history", () => {
    const chart = trendChart([], box, "2027-03-05");
    expect(chart.inherent).toBe("");
    expect(chart.residualArea).toBe("");
    expect(chart.maxExposure).toBe(1);
  });
});
