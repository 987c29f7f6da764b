import type { LoadPeriod } from "@keel/engine";
import { describe, expect, it } from "vitest";
import { Timescale, wallMinutes } from "../plan/timescale.js";
import { formatHours, loadChart, niceCeiling } from "./load-chart.js";

const period = (start: string, demandHours: number, capacityHours = 8): LoadPeriod => ({
  start,
  capacityHours,
  demandHours,
  peakUnits: demandHours / 8,
  overAllocated: demandHours > capacityHours,
  tasks: [],
});

describe("load chart", () => {
  const origin = wallMinutes("2027-01-04");
  const scale = new Timescale("day", origin, origin + 10 * 1440);

  it("puts each day's bar under that day of the Gantt, as wide as the day less a gap", () => {
    const chart = loadChart([period("2027-01-04", 8), period("2027-01-05", 16)], "day", scale, 100);
    expect(chart.bars.map((b) => [b.x, b.width])).toEqual([
      [0.5, 39],
      [40.5, 39],
    ]);
    expect(chart.bars.map((b) => b.over)).toEqual([false, true]);
    // 16 h and a tenth more fits under 20 h.
    expect(chart.maxHours).toBe(20);
    expect(chart.bars[1]?.height).toBe(80);
    expect(chart.bars[0]?.y).toBe(60);
  });

  it("draws the capacity as a step line, and weeks seven days wide", () => {
    const chart = loadChart([period("2027-01-04", 20, 40), period("2027-01-11", 50, 32)], "week", scale, 100);
    expect(chart.bars[0]?.width).toBe(7 * 40 - 1);
    expect(chart.maxHours).toBe(80);
    expect(chart.capacityPath).toBe("M0,50 H280 L280,60 H560");
  });

  it("has a scale even when nothing is planned", () => {
    const chart = loadChart([period("2027-01-04", 0, 0)], "day", scale, 100);
    expect(chart.maxHours).toBe(1);
    expect(chart.bars[0]?.height).toBe(0);
  });

  it("rounds the top of the scale to a readable number", () => {
    expect([0.7, 1, 3, 7, 9, 11, 45, 99].map(niceCeiling)).toEqual([0.8, 1, 4, 8, 10, 20, 50, 100]);
    expect(formatHours(7.25)).toBe("7.3 h");
  });
});
