import type { CurvePoint } from "@keel/engine";

/** The drawing area of a chart, in pixels, inside its margins. */
export interface Box {
  readonly width: number;
  readonly height: number;
}

export interface SCurveInput {
  readonly curve: readonly CurvePoint[];
  readonly BAC: number;
  /** The estimate at completion, drawn as a second level when there is one. */
  readonly EAC: number | null;
  /** The status date in periods from the baseline start (AT). */
  readonly statusPeriod: number;
  /** Earned schedule: when the baseline planned to have earned today's EV. */
  readonly ES: number | null;
  readonly EV: number;
}

export interface Marker {
  readonly x: number;
  readonly y: number;
  readonly date: string;
  readonly value: number;
}

export interface SCurveChart {
  readonly x: (period: number) => number;
  readonly y: (value: number) => number;
  /** The top of the value axis, a round number at or above everything drawn. */
  readonly yMax: number;
  readonly yTicks: readonly { readonly y: number; readonly value: number }[];
  /** PV over the whole baseline, as an SVG path. */
  readonly pv: string;
  /** EV and AC where progress was reported, with a path joining them when there are several. */
  readonly ev: readonly Marker[];
  readonly evPath: string;
  readonly ac: readonly Marker[];
  readonly acPath: string;
  readonly statusX: number;
  readonly bacY: number;
  readonly eacY: number | undefined;
  /**
   * From the PV curve where it reached today's EV (earned schedule) to the status date, at EV's
   * height: its length is the schedule variance in time, SV(t).
   */
  readonly esGuide: { readonly x1: number; readonly x2: number; readonly y: number } | undefined;
  /** Period boundaries labelled with their date under the axis: about `maxLabels`, always the last. */
  readonly xLabels: readonly { readonly x: number; readonly date: string }[];
}

/** A step of 1, 2, 2.5 or 5 × a power of ten near a fifth of `max`: the value axis's gridlines. */
export function niceStep(max: number, ticks = 5): number {
  if (!(max > 0)) return 1;
  const raw = max / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= raw) return step * magnitude;
  return 10 * magnitude;
}

const f = (n: number) => n.toFixed(1);

function path(points: readonly { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? "M" : "L"}${f(p.x)},${f(p.y)}`).join(" ");
}

/**
 * The earned value S-curve on one period axis (working days or weeks from the baseline start): PV
 * as planned, EV and AC where progress is known, the BAC (and EAC) levels and the status date.
 */
export function sCurveChart(input: SCurveInput, box: Box, maxLabels = 6): SCurveChart {
  const points = [...input.curve].sort((a, b) => a.period - b.period);
  const lastPeriod = Math.max(points.at(-1)?.period ?? 0, input.statusPeriod, 1e-9);
  let top = Math.max(input.BAC, input.EAC ?? 0);
  for (const p of points) top = Math.max(top, p.pv, p.ev ?? 0, p.ac ?? 0);
  const step = niceStep(top);
  const yMax = Math.max(step, Math.ceil(top / step - 1e-9) * step);
  const x = (period: number) => (Math.max(0, Math.min(period, lastPeriod)) / lastPeriod) * box.width;
  const y = (value: number) => box.height - (value / yMax) * box.height;
  const yTicks = [];
  for (let v = 0; v <= yMax + 1e-9; v += step) yTicks.push({ y: y(v), value: v });

  const markers = (pick: (p: CurvePoint) => number | null) =>
    points.flatMap((p) => {
      const value = pick(p);
      return value === null ? [] : [{ x: x(p.period), y: y(value), date: p.date, value }];
    });
  const ev = markers((p) => p.ev);
  const ac = markers((p) => p.ac);

  const boundaries = points.filter((p) => Number.isInteger(p.period));
  const every = Math.max(1, Math.ceil(boundaries.length / maxLabels));
  const xLabels = [];
  for (let i = boundaries.length - 1; i >= 0; i -= every) {
    const p = boundaries[i] as CurvePoint;
    xLabels.unshift({ x: x(p.period), date: p.date });
  }

  const statusX = x(input.statusPeriod);
  return {
    x,
    y,
    yMax,
    yTicks,
    pv: path(points.map((p) => ({ x: x(p.period), y: y(p.pv) }))),
    ev,
    evPath: ev.length > 1 ? path(ev) : "",
    ac,
    acPath: ac.length > 1 ? path(ac) : "",
    statusX,
    bacY: y(input.BAC),
    eacY: input.EAC === null || input.EAC <= 0 ? undefined : y(input.EAC),
    esGuide:
      input.ES === null || ev.length === 0 ? undefined : { x1: x(input.ES), x2: statusX, y: y(input.EV) },
    xLabels,
  };
}
