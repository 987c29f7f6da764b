import type { LoadPeriod } from "@keel/engine";
import { type Timescale, wallMinutes } from "../plan/timescale.js";

/** One period's demand bar in the load histogram, in the Gantt's x pixels. */
export interface LoadBar {
  readonly start: string;
  readonly x: number;
  readonly width: number;
  readonly y: number;
  readonly height: number;
  readonly over: boolean;
  readonly period: LoadPeriod;
}

export interface LoadChart {
  readonly bars: readonly LoadBar[];
  /** The capacity as a step line over the periods (SVG path), empty without periods. */
  readonly capacityPath: string;
  /** The hours at the top of the chart. */
  readonly maxHours: number;
  /** Hours → y pixels. */
  readonly y: (hours: number) => number;
}

const GAP = 1;

/**
 * Demand bars and the capacity line of one resource, on the Gantt's timescale so each bar sits under
 * its days: a day (or week) is as wide as in the Gantt above. `height` is the drawing's height; the
 * top of the scale leaves some room above the highest bar or capacity.
 */
export function loadChart(
  periods: readonly LoadPeriod[],
  by: "day" | "week",
  scale: Timescale,
  height: number,
): LoadChart {
  const days = by === "week" ? 7 : 1;
  let most = 0;
  for (const p of periods) most = Math.max(most, p.demandHours, p.capacityHours);
  const maxHours = niceCeiling(Math.max(most * 1.1, 1));
  const y = (hours: number) => height - (hours / maxHours) * height;
  const bars = periods.map((period) => {
    const from = wallMinutes(period.start);
    const x = scale.x(from);
    const right = scale.x(from + days * 1440);
    const top = y(period.demandHours);
    return {
      start: period.start,
      x: x + GAP / 2,
      width: Math.max(1, right - x - GAP),
      y: top,
      height: height - top,
      over: period.overAllocated,
      period,
    };
  });
  let capacityPath = "";
  for (const [i, p] of periods.entries()) {
    const from = wallMinutes(p.start);
    const x0 = scale.x(from);
    const x1 = scale.x(from + days * 1440);
    const yc = y(p.capacityHours);
    capacityPath += `${i === 0 ? "M" : "L"}${round(x0)},${round(yc)} H${round(x1)} `;
  }
  return { bars, capacityPath: capacityPath.trim(), maxHours, y };
}

/** 1, 2, 5, 10, 20, 50… — the smallest such step at or above `value`, for a readable top label. */
export function niceCeiling(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 4, 5, 8, 10]) if (step * power >= value - 1e-9) return step * power;
  return 10 * power;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Hours for people: 7.5 → "7.5 h", 8 → "8 h". */
export function formatHours(hours: number): string {
  return `${Math.round(hours * 10) / 10} h`;
}
