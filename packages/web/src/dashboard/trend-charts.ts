import type { IssueAgeBand, MilestoneTrend, TrendPoint } from "@keel/engine";
import { type Box, niceCount } from "../forecast/forecast-chart.js";

/** Pure geometry of the dashboard's charts: every x and y in pixels inside a chart's drawing box. */

const DAY = 86_400_000;

export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY;
}

export function dateOf(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

const f = (n: number) => n.toFixed(1);

export interface XY {
  readonly x: number;
  readonly y: number;
}

/** An SVG path through the points; a null breaks the line (a report without that figure). */
export function linePath(points: readonly (XY | null)[]): string {
  const parts: string[] = [];
  let pen = false;
  for (const p of points) {
    if (p === null) {
      pen = false;
      continue;
    }
    parts.push(`${pen ? "L" : "M"}${f(p.x)},${f(p.y)}`);
    pen = true;
  }
  return parts.join(" ");
}

export interface TimeAxis {
  readonly x: (date: string) => number;
  /** The first and last day the axis shows (day numbers; see `dayNumber`). */
  readonly start: number;
  readonly end: number;
  /** Report dates labelled under the axis: about `maxTicks`, always the last. */
  readonly ticks: readonly { readonly x: number; readonly date: string }[];
}

/**
 * Report dates across the width. The axis spans at least `minDays`, centred on the reports, so a
 * single report sits in the middle rather than on an edge.
 */
export function timeAxis(dates: readonly string[], width: number, maxTicks = 6, minDays = 14): TimeAxis {
  const days = [...new Set(dates)].sort().map(dayNumber);
  const first = days[0] ?? 0;
  const last = days.at(-1) ?? first;
  const pad = Math.max(0, minDays - (last - first)) / 2;
  const start = first - pad;
  const end = last + pad;
  const x = (date: string) => ((dayNumber(date) - start) / (end - start)) * width;
  const every = Math.max(1, Math.ceil(days.length / maxTicks));
  const labelled = days.filter((_, i) => (days.length - 1 - i) % every === 0);
  return { x, start, end, ticks: labelled.map((d) => ({ x: x(dateOf(d)), date: dateOf(d) })) };
}

/** A step of 1, 2, 2.5 or 5 × a power of ten near a quarter of `span`: gridlines. */
export function niceStep(span: number, ticks = 4): number {
  if (!(span > 0)) return 1;
  const raw = span / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= raw - 1e-12) return step * magnitude;
  return 10 * magnitude;
}

export interface ValueAxis {
  readonly y: (value: number) => number;
  readonly min: number;
  readonly max: number;
  readonly ticks: readonly number[];
}

/** A value axis over `values` and whatever must show (`include`: a reference line), rounded to nice steps. */
export function valueAxis(values: readonly number[], include: readonly number[], height: number): ValueAxis {
  const all = [...values, ...include];
  let low = Math.min(...all);
  let high = Math.max(...all);
  if (all.length === 0) [low, high] = [0, 1];
  if (high === low) [low, high] = [low - 1, high + 1];
  const step = niceStep(high - low);
  const min = Math.floor(low / step + 1e-9) * step;
  const max = Math.ceil(high / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = min; v <= max + step / 2; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return { y: (v) => height - ((v - min) / (max - min)) * height, min, max, ticks };
}

export interface Series {
  readonly path: string;
  readonly dots: readonly (XY & { readonly date: string; readonly value: number })[];
}

function series(
  points: readonly TrendPoint[],
  value: (p: TrendPoint) => number | null,
  x: (date: string) => number,
  y: (v: number) => number,
): Series {
  const at = points.map((p) => {
    const v = value(p);
    return v === null ? null : { x: x(p.asOf), y: y(v), date: p.asOf, value: v };
  });
  return { path: linePath(at), dots: at.filter((d) => d !== null) };
}

export interface IndexChart {
  readonly time: TimeAxis;
  readonly axis: ValueAxis;
  readonly spi: Series;
  readonly cpi: Series;
  /** 1.0: on plan; 0.9 and 0.8: where the status rules turn SPI and CPI AMBER and RED. */
  readonly onPlan: number;
  readonly amber: number;
  readonly red: number;
}

/** SPI and CPI per report, with the 1.0 line and the 0.9 / 0.8 thresholds always in view. */
export function indexChart(points: readonly TrendPoint[], box: Box, maxTicks = 6): IndexChart {
  const time = timeAxis(
    points.map((p) => p.asOf),
    box.width,
    maxTicks,
  );
  const values = points.flatMap((p) => [p.SPI, p.CPI]).filter((v): v is number => v !== null);
  const axis = valueAxis(values, [0.8, 1.1], box.height);
  return {
    time,
    axis,
    spi: series(points, (p) => p.SPI, time.x, axis.y),
    cpi: series(points, (p) => p.CPI, time.x, axis.y),
    onPlan: axis.y(1),
    amber: axis.y(0.9),
    red: axis.y(0.8),
  };
}

export interface BurnUpChart {
  readonly time: TimeAxis;
  readonly axis: ValueAxis;
  readonly done: Series;
  readonly planned: Series;
}

/** Percent complete against the percent the baseline had planned by each report, 0–100 %. */
export function burnUpChart(points: readonly TrendPoint[], box: Box, maxTicks = 6): BurnUpChart {
  const time = timeAxis(
    points.map((p) => p.asOf),
    box.width,
    maxTicks,
  );
  const axis = valueAxis([], [0, 100], box.height);
  return {
    time,
    axis,
    done: series(points, (p) => p.percentComplete, time.x, axis.y),
    planned: series(points, (p) => p.plannedPercentComplete, time.x, axis.y),
  };
}

export interface FloatChart {
  readonly time: TimeAxis;
  readonly axis: ValueAxis;
  readonly float: Series;
  /** Where float runs out: below it a deadline is missed. */
  readonly zero: number;
}

/** Working days of float before the nearest deadline, per report, with zero always in view. */
export function floatChart(points: readonly TrendPoint[], box: Box, maxTicks = 6): FloatChart {
  const time = timeAxis(
    points.map((p) => p.asOf),
    box.width,
    maxTicks,
  );
  const values = points.map((p) => p.criticalFloatDays).filter((v): v is number => v !== null);
  const axis = valueAxis(values, [0], box.height);
  return { time, axis, float: series(points, (p) => p.criticalFloatDays, time.x, axis.y), zero: axis.y(0) };
}

export interface MilestoneLine {
  readonly id: string;
  readonly name: string;
  readonly path: string;
  readonly dots: readonly (XY & { readonly asOf: string; readonly forecast: string })[];
}

export interface MilestoneChart {
  readonly time: TimeAxis;
  /** Forecast date → y: later is higher. */
  readonly y: (date: string) => number;
  readonly yTicks: readonly { readonly y: number; readonly date: string }[];
  readonly lines: readonly MilestoneLine[];
  /** Where the forecast equals the report date: a milestone whose line meets it was reached. */
  readonly diagonal: string;
  /** Milestones left out: reached before the first report. */
  readonly reachedBefore: number;
}

/** Days between labels on a date axis: a day, two, a week, two weeks, four weeks, then multiples. */
function dayStep(span: number, maxTicks: number): number {
  for (const step of [1, 2, 7, 14, 28]) if (span / step <= maxTicks) return step;
  return 28 * Math.ceil(span / 28 / maxTicks);
}

/**
 * The milestone trend chart: x is the report date, y each milestone's forecast date in that report,
 * one line per milestone. A flat line is a milestone holding its date, a rising one slipping; the
 * diagonal is where the forecast is the report date itself.
 */
export function milestoneChart(
  milestones: readonly MilestoneTrend[],
  reportDates: readonly string[],
  box: Box,
  maxTicks = 6,
): MilestoneChart {
  const time = timeAxis(reportDates, box.width, maxTicks);
  const shown = milestones
    .map((m) => ({ ...m, points: pointsUntilReached(m) }))
    .filter((m) => m.points.length > 0);
  const dates = [...reportDates, ...shown.flatMap((m) => m.points.map((p) => p.forecast))].map(dayNumber);
  const low = Math.min(...dates);
  const high = Math.max(...dates);
  const step = dayStep(Math.max(1, high - low), 5);
  const start = Math.floor(low / step) * step;
  const end = Math.max(start + step, Math.ceil(high / step) * step);
  const yDay = (day: number) => box.height - ((day - start) / (end - start)) * box.height;
  const y = (date: string) => yDay(dayNumber(date));
  const yTicks: { y: number; date: string }[] = [];
  for (let d = start; d <= end; d += step) yTicks.push({ y: yDay(d), date: dateOf(d) });
  const lines = shown.map((m) => {
    const dots = m.points.map((p) => ({
      x: time.x(p.asOf),
      y: y(p.forecast),
      asOf: p.asOf,
      forecast: p.forecast,
    }));
    return { id: m.id, name: m.name, path: linePath(dots), dots };
  });
  // The diagonal over the days both axes show.
  const from = Math.max(start, time.start);
  const to = Math.min(end, time.end);
  const xDay = (day: number) => ((day - time.start) / (time.end - time.start)) * box.width;
  const diagonal =
    to > from
      ? linePath([
          { x: xDay(from), y: yDay(from) },
          { x: xDay(to), y: yDay(to) },
        ])
      : "";
  return { time, y, yTicks, lines, diagonal, reachedBefore: milestones.length - shown.length };
}

/**
 * A milestone's points up to the report that saw it reached (its line ends on the diagonal); none
 * when it was reached before its first report, as it says nothing about the trend.
 */
export function pointsUntilReached(m: MilestoneTrend): MilestoneTrend["points"] {
  const out: MilestoneTrend["points"][number][] = [];
  for (const p of m.points) {
    out.push(p);
    if (p.forecast <= p.asOf) break;
  }
  const [first] = out;
  return out.length === 1 && first !== undefined && first.forecast < first.asOf ? [] : out;
}

export interface AgeBar {
  readonly label: string;
  readonly count: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Open issues by age band as bars side by side, on a count axis rounded up to a nice number. */
export function ageBars(
  bands: readonly IssueAgeBand[],
  box: Box,
  gap = 12,
): { bars: AgeBar[]; max: number; y: (n: number) => number } {
  const max = niceCount(Math.max(0, ...bands.map((b) => b.count)));
  const width = bands.length === 0 ? 0 : (box.width - gap * (bands.length - 1)) / bands.length;
  const y = (n: number) => box.height - (n / max) * box.height;
  return {
    max,
    y,
    bars: bands.map((b, i) => ({
      label: b.label,
      count: b.count,
      x: i * (width + gap),
      y: y(b.count),
      width,
      height: box.height - y(b.count),
    })),
  };
}
