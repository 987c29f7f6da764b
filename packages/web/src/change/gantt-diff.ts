import type { TaskKind } from "@keel/engine";
import { Timescale, wallMinutes, type Zoom } from "../plan/timescale.js";

/** A task's dates on one side of a change. */
export interface DiffDates {
  readonly start: string;
  readonly finish: string;
  readonly critical: boolean;
}

/** A row of `GET …/impact`'s `tasks`: a task the change moves, adds (no `before`) or removes (no `after`). */
export interface MovedTask {
  readonly id: string;
  readonly name: string;
  readonly kind: TaskKind;
  readonly before: DiffDates | null;
  readonly after: DiffDates | null;
}

export type DiffStatus = "added" | "removed" | "moved";

export interface DiffBar {
  readonly x: number;
  readonly width: number;
  readonly critical: boolean;
}

export interface DiffRow {
  readonly id: string;
  readonly name: string;
  readonly kind: TaskKind;
  readonly status: DiffStatus;
  /** The old bar, drawn as an outline; absent for an added task. */
  readonly before?: DiffBar | undefined;
  /** The new bar, drawn solid; absent for a removed task. */
  readonly after?: DiffBar | undefined;
}

/** Every date a diff draws: the moved tasks' starts and finishes and the project finish on each side. */
function span(rows: readonly MovedTask[], extra: readonly string[]): [number, number] | undefined {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  const see = (date: string) => {
    const m = wallMinutes(date);
    first = Math.min(first, m);
    last = Math.max(last, m);
  };
  for (const r of rows) {
    for (const d of [r.before, r.after]) {
      if (d === null) continue;
      see(d.start);
      see(d.finish);
    }
  }
  for (const d of extra) see(d);
  return first <= last ? [first, last] : undefined;
}

/** Days of margin on each side of the span, at least: room for a milestone's diamond and the finish line. */
const MARGIN_DAYS = 1;
/** Wider than this per day, bars of a short span only get harder to compare. */
const MAX_PX_PER_DAY = 60;

/**
 * The one timescale both sides of the diff are drawn on, stretched so the whole span fills `width`
 * pixels. Its ticks are those of the plan's zoom that suits the resulting pixels per day (days,
 * Mondays, months or quarters), moved onto this scale.
 */
export class DiffScale {
  readonly zoom: Zoom;
  readonly origin: number;
  readonly end: number;
  readonly pxPerMinute: number;
  private readonly labels: Timescale;

  constructor(first: number, last: number, width: number) {
    const margin = Math.max(MARGIN_DAYS * 1440, (last - first) * 0.03);
    this.origin = Math.floor((first - margin) / 1440) * 1440;
    this.end = Math.max(last + margin, this.origin + 1440);
    const pxPerDay = Math.min(MAX_PX_PER_DAY, (width / (this.end - this.origin)) * 1440);
    this.pxPerMinute = pxPerDay / 1440;
    this.zoom = pxPerDay >= 30 ? "day" : pxPerDay >= 8 ? "week" : pxPerDay >= 2 ? "month" : "quarter";
    this.labels = new Timescale(this.zoom, this.origin, this.end);
  }

  x(minutes: number): number {
    return (minutes - this.origin) * this.pxPerMinute;
  }

  get width(): number {
    return Math.ceil(this.x(this.end));
  }

  ticks(): { x: number; label: string; major: boolean }[] {
    const stretch = this.pxPerMinute / this.labels.pxPerMinute;
    return this.labels.ticks().map((t) => ({ ...t, x: t.x * stretch }));
  }
}

/** The scale of a diff: every moved task's dates and the `extra` dates (the finish on each side). */
export function diffScale(rows: readonly MovedTask[], extra: readonly string[], width: number): DiffScale {
  const [first, last] = span(rows, extra) ?? [0, 1440];
  return new DiffScale(first, last, width);
}

function bar(d: DiffDates | null, kind: TaskKind, scale: DiffScale): DiffBar | undefined {
  if (d === null) return undefined;
  const x = scale.x(wallMinutes(d.start));
  const width = Math.max(kind === "milestone" ? 0 : 2, scale.x(wallMinutes(d.finish)) - x);
  return { x, width, critical: d.critical };
}

/** Where each moved task's old and new bar go on the shared timescale. */
export function diffRows(rows: readonly MovedTask[], scale: DiffScale): DiffRow[] {
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    status: r.before === null ? "added" : r.after === null ? "removed" : "moved",
    before: bar(r.before, r.kind, scale),
    after: bar(r.after, r.kind, scale),
  }));
}
