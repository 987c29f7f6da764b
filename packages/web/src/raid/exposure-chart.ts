import type { ExposurePoint } from "@keel/engine";
import { type Box, niceCount } from "../forecast/forecast-chart.js";

export interface TrendChart {
  /** Step lines: the register holds its value from one day of change to the next. */
  readonly inherent: string;
  readonly residual: string;
  /** The residual line closed down to the axis: the exposure left after the response. */
  readonly residualArea: string;
  readonly open: string;
  /** Exposure → y (left axis). */
  readonly yExposure: (value: number) => number;
  /** Open risks → y (right axis). */
  readonly yOpen: (count: number) => number;
  readonly maxExposure: number;
  readonly maxOpen: number;
  /** Dates labelled under the axis. */
  readonly ticks: readonly { readonly x: number; readonly date: string }[];
  /** Each day the register changed, where it sits on the x axis. */
  readonly marks: readonly { readonly x: number; readonly point: ExposurePoint }[];
}

const DAY = 86_400_000;

function dayNumber(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY;
}

function dateOf(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/**
 * The exposure trend on a day axis to `today` (or the last change, if later), from the first change
 * or `minDays` before the end, whichever is earlier: inherent and residual exposure of the open
 * threats on the left axis, the open count on the right. Before the first change the register was
 * empty, so the lines start at 0.
 */
export function trendChart(
  points: readonly ExposurePoint[],
  box: Box,
  today?: string,
  maxTicks = 7,
  minDays = 7,
): TrendChart {
  const first = points[0];
  const last = points[points.length - 1];
  const end = Math.max(
    dayNumber(last?.date ?? today ?? "1970-01-02"),
    today === undefined ? 0 : dayNumber(today),
  );
  const start = Math.min(first === undefined ? end : dayNumber(first.date), end - Math.max(1, minDays - 1));
  const x = (day: number) => ((day - start) / (end - start)) * box.width;
  let mostExposure = 0;
  let mostOpen = 0;
  for (const p of points) {
    mostExposure = Math.max(mostExposure, p.inherent, p.residual);
    mostOpen = Math.max(mostOpen, p.open);
  }
  const maxExposure = niceCount(mostExposure);
  const maxOpen = niceCount(mostOpen);
  const yExposure = (v: number) => box.height - (v / maxExposure) * box.height;
  const yOpen = (v: number) => box.height - (v / maxOpen) * box.height;
  const step = (value: (p: ExposurePoint) => number, y: (v: number) => number) => {
    if (points.length === 0) return "";
    const parts = [`M${x(start).toFixed(1)},${y(0).toFixed(1)}`];
    for (const p of points) parts.push(`H${x(dayNumber(p.date)).toFixed(1)} V${y(value(p)).toFixed(1)}`);
    parts.push(`H${x(end).toFixed(1)}`);
    return parts.join(" ");
  };
  const every = Math.max(1, Math.ceil((end - start) / maxTicks));
  const ticks: { x: number; date: string }[] = [];
  for (let day = start; day <= end; day += every) ticks.push({ x: x(day), date: dateOf(day) });
  const residual = step((p) => p.residual, yExposure);
  return {
    inherent: step((p) => p.inherent, yExposure),
    residual,
    residualArea: residual === "" ? "" : `${residual} V${box.height.toFixed(1)} H${x(start).toFixed(1)} Z`,
    open: step((p) => p.open, yOpen),
    yExposure,
    yOpen,
    maxExposure,
    maxOpen,
    ticks,
    marks: points.map((point) => ({ x: x(dayNumber(point.date)), point })),
  };
}
