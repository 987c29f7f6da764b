import type { BurndownDay, CumulativeFlow, CycleTimes, VelocityPoint } from "@keel/engine";
import {
  linePath,
  type Series,
  type TimeAxis,
  timeAxis,
  type ValueAxis,
  valueAxis,
} from "../dashboard/trend-charts.js";
import { type Box, niceCount } from "../forecast/forecast-chart.js";

/** Pure geometry of the agile charts: every x and y in pixels inside a chart's drawing box. */

function seriesOf<P extends { readonly date: string }>(
  points: readonly P[],
  value: (p: P) => number,
  x: (date: string) => number,
  y: (v: number) => number,
): Series {
  const dots = points.map((p) => ({ x: x(p.date), y: y(value(p)), date: p.date, value: value(p) }));
  return { path: linePath(dots), dots };
}

export interface SprintChart {
  readonly time: TimeAxis;
  readonly axis: ValueAxis;
  /** Burndown: estimate left each day, and the straight line from the commitment to zero. */
  readonly remaining: Series;
  readonly ideal: Series;
  /** Burn-up: estimate done each day, and the sprint's total (rises with scope added). */
  readonly done: Series;
  readonly scope: Series;
}

/** A sprint's days on one axis (at least a week wide), with zero and the largest figure in view. */
export function sprintChart(days: readonly BurndownDay[], box: Box, maxTicks = 6): SprintChart {
  const time = timeAxis(
    days.map((d) => d.date),
    box.width,
    maxTicks,
    1,
  );
  const axis = valueAxis(
    days.flatMap((d) => [d.remaining, d.ideal, d.scope, d.done]),
    [0],
    box.height,
  );
  return {
    time,
    axis,
    remaining: seriesOf(days, (d) => d.remaining, time.x, axis.y),
    ideal: seriesOf(days, (d) => d.ideal, time.x, axis.y),
    done: seriesOf(days, (d) => d.done, time.x, axis.y),
    scope: seriesOf(days, (d) => d.scope, time.x, axis.y),
  };
}

export interface Bar {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly value: number;
}

export interface VelocityGroup {
  readonly sprint: string;
  readonly name: string;
  /** Centre of the pair, for its label under the axis. */
  readonly centre: number;
  readonly committed: Bar;
  readonly completed: Bar;
}

export interface VelocityChart {
  readonly groups: readonly VelocityGroup[];
  readonly max: number;
  readonly y: (value: number) => number;
}

/** Committed and done side by side per sprint, on an axis rounded up to a nice number. */
export function velocityChart(points: readonly VelocityPoint[], box: Box, gap = 16): VelocityChart {
  const max = niceCount(Math.max(0, ...points.flatMap((p) => [p.committed, p.completed])));
  const y = (v: number) => box.height - (v / max) * box.height;
  const slot = points.length === 0 ? 0 : box.width / points.length;
  // Each bar at most 48 px, so one or two sprints do not fill the card with two slabs.
  const bar = Math.max(2, Math.min(48, (slot - gap) / 2));
  const barOf = (x: number, value: number) => ({
    x,
    y: y(value),
    width: bar,
    height: box.height - y(value),
    value,
  });
  return {
    max,
    y,
    groups: points.map((p, i) => {
      const centre = i * slot + slot / 2;
      return {
        sprint: p.sprint,
        name: p.name,
        centre,
        committed: barOf(centre - bar, p.committed),
        completed: barOf(centre, p.completed),
      };
    }),
  };
}

export interface FlowArea {
  readonly status: string;
  readonly name: string;
  readonly category: CumulativeFlow["series"][number]["category"];
  /** Position in board order, for its colour. */
  readonly index: number;
  readonly path: string;
}

export interface FlowChart {
  readonly time: TimeAxis;
  readonly axis: ValueAxis;
  /** Bottom to top: the last status of the board (done) at the bottom, the first on top. */
  readonly areas: readonly FlowArea[];
}

/**
 * Cumulative flow: one band per status stacked each day, done at the bottom so finished work grows
 * from the base and the width of a band is what sits in that status.
 */
export function flowChart(flow: CumulativeFlow, box: Box, maxTicks = 6): FlowChart {
  const time = timeAxis(flow.dates, box.width, maxTicks, 1);
  const totals = flow.dates.map((_, d) => flow.series.reduce((n, s) => n + (s.counts[d] ?? 0), 0));
  const axis = valueAxis(totals, [0], box.height);
  const base = flow.dates.map(() => 0);
  const areas: FlowArea[] = [];
  for (let k = flow.series.length - 1; k >= 0; k--) {
    const s = flow.series[k];
    if (s === undefined) continue;
    const lower = [...base];
    flow.dates.forEach((_, d) => {
      base[d] = (base[d] ?? 0) + (s.counts[d] ?? 0);
    });
    const top = flow.dates.map((date, d) => ({ x: time.x(date), y: axis.y(base[d] ?? 0) }));
    const bottom = flow.dates.map((date, d) => ({ x: time.x(date), y: axis.y(lower[d] ?? 0) })).reverse();
    const path = top.length === 0 ? "" : `${linePath([...top, ...bottom])} Z`;
    areas.push({ status: s.status, name: s.name, category: s.category, index: k, path });
  }
  return { time, axis, areas };
}

export interface CycleDot {
  readonly item: string;
  readonly finished: string;
  readonly days: number;
  readonly x: number;
  readonly y: number;
}

export interface CycleChart {
  readonly time: TimeAxis;
  readonly axis: ValueAxis;
  readonly dots: readonly CycleDot[];
  /** P50, P85 and P95 as horizontal lines: that share of items finished within so many days. */
  readonly lines: readonly {
    readonly label: string;
    readonly days: number;
    readonly y: number;
    /** Where its label sits: just above the line, or higher when the line below is close. */
    readonly labelY: number;
  }[];
}

const MIN_CYCLE_DAYS = 4;
const LABEL_GAP = 12;

/** Each finished item at its finish date and cycle time, with the percentile lines over them. */
export function cycleChart(cycle: CycleTimes, box: Box, maxTicks = 6): CycleChart {
  const time = timeAxis(
    cycle.points.map((p) => p.finished),
    box.width,
    maxTicks,
  );
  // Percentiles on the same day share one line and one label.
  const marks: { label: string; days: number }[] = [];
  for (const [label, days] of [
    ["P50", cycle.p50],
    ["P85", cycle.p85],
    ["P95", cycle.p95],
  ] as const) {
    if (days === undefined) continue;
    const same = marks.find((m) => m.days === days);
    if (same === undefined) marks.push({ label, days });
    else same.label = `${same.label}/${label}`;
  }
  // At least four days tall, so a team finishing in a day or two does not get fractional days.
  const axis = valueAxis(
    cycle.points.map((p) => p.days),
    [0, MIN_CYCLE_DAYS, ...marks.map((m) => m.days)],
    box.height,
  );
  // Each label above its line, pushed up to stay clear of the one below it.
  let below = Number.POSITIVE_INFINITY;
  const lines = marks.map((m) => {
    const y = axis.y(m.days);
    const labelY = Math.min(y - 3, below - LABEL_GAP);
    below = labelY;
    return { ...m, y, labelY };
  });
  return {
    time,
    axis,
    dots: cycle.points.map((p) => ({ ...p, x: time.x(p.finished), y: axis.y(p.days) })),
    lines,
  };
}
