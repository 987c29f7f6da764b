import type { CurvePoint } from "@keel/engine";
import { describe, expect, it } from "vitest";
import { niceStep, sCurveChart } from "./s-curve.js";

const point = (
  period: number,
  pv: number,
  ev: number | null = null,
  ac: number | null = null,
): CurvePoint => ({
  date: `2027-01-${String(4 + period).padStart(2, "0")}T17:00:00`,
  period,
  pv,
  ev,
  ac,
});

describe("niceStep", () => {
  it("rounds a fifth of the top up to 1, 2, 2.5 or 5 × a power of ten", () => {
    expect([10, 10500, 7, 0, 120].map((n) => niceStep(n))).toEqual([2, 2500, 2, 1, 25]);
  });
});

describe("sCurveChart", () => {
  // Ten working days, 1000 a day; progress reported between boundaries 4 and 5.
  const curve = [...Array.from({ length: 11 }, (_, k) => point(k, k * 1000)), point(4.5, 4500, 3000, 3600)];
  const chart = sCurveChart(
    { curve, BAC: 10000, EAC: 12000, statusPeriod: 4.5, ES: 3, EV: 3000 },
    { width: 200, height: 100 },
  );

  it("scales periods across the width and values up to a round top above BAC and EAC", () => {
    expect(chart.yMax).toBe(12500);
    expect(chart.x(5)).toBe(100);
    expect(chart.y(0)).toBe(100);
    expect(chart.y(12500)).toBe(0);
    expect(chart.yTicks.map((t) => t.value)).toEqual([0, 2500, 5000, 7500, 10000, 12500]);
  });

  it("draws PV through every point in time order, the reported one included", () => {
    expect(chart.pv.startsWith("M0.0,100.0 L20.0,92.0")).toBe(true);
    expect(chart.pv).toContain("L80.0,68.0 L90.0,64.0 L100.0,60.0");
  });

  it("marks EV and AC at the status date, the BAC and EAC levels, and the earned schedule guide", () => {
    expect(chart.ev).toEqual([{ x: 90, y: 76, date: curve[11]?.date, value: 3000 }]);
    expect(chart.ac.map((m) => m.y)).toEqual([71.2]);
    expect(chart.evPath).toBe("");
    expect(chart.statusX).toBe(90);
    expect(chart.bacY).toBe(20);
    expect(chart.eacY).toBe(4);
    expect(chart.esGuide).toEqual({ x1: 60, x2: 90, y: 76 });
  });

  it("labels about six boundaries, always the last", () => {
    expect(chart.xLabels.map((l) => l.x)).toEqual([0, 40, 80, 120, 160, 200]);
    const many = sCurveChart(
      {
        curve: Array.from({ length: 31 }, (_, k) => point(k, k)),
        BAC: 30,
        EAC: null,
        statusPeriod: 0,
        ES: null,
        EV: 0,
      },
      { width: 300, height: 100 },
    );
    expect(many.xLabels.at(-1)?.x).toBe(300);
    expect(many.xLabels.length).toBe(6);
    expect(many.esGuide).toBeUndefined();
    expect(many.eacY).toBeUndefined();
  });

  it("joins several reported points, and copies with a curve of one point", () => {
    const history = sCurveChart(
      {
        curve: [point(0, 0), point(2, 50, 40, 45), point(4, 100, 70, 90)],
        BAC: 100,
        EAC: null,
        statusPeriod: 4,
        ES: 3,
        EV: 70,
      },
      { width: 100, height: 100 },
    );
    expect(history.evPath).toBe("M50.0,60.0 L100.0,30.0");
    const one = sCurveChart(
      { curve: [point(0, 0)], BAC: 0, EAC: null, statusPeriod: 0, ES: null, EV: 0 },
      { width: 100, height: 100 },
    );
    expect(one.pv).toBe("M0.0,100.0");
    expect(one.yMax).toBe(1);
  });
});
