import type { TaskKind } from "@keel/engine";
import { Timescale, wallMinutes, ZOOMS, type Zoom } from "../plan/timescale.js";

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

/**
 * The one timescale both sides of the diff are drawn on: the closest zoom at which the whole span
 * fits `width` pixels (the coarsest zoom when none does).
 */
export function diffScale(rows: readonly MovedTask[], extra: readonly string[], width: number): Timescale {
  const s = span(rows, extra);
  const [first, last] = s ?? [0, 0];
  let chosen: Timescale | undefined;
  for (const zoom of ZOOMS) {
    chosen = Timescale.around(zoom, first, last);
    if (chosen.width <= width) return chosen;
  }
  return chosen ?? Timescale.around("quarter" satisfies Zoom, first, last);
}

function bar(d: DiffDates | null, kind: TaskKind, scale: Timescale): DiffBar | undefined {
  if (d === null) return undefined;
  const x = scale.x(wallMinutes(d.start));
  const width = Math.max(kind === "milestone" ? 0 : 2, scale.x(wallMinutes(d.finish)) - x);
  return { x, width, critical: d.critical };
}

/** Where each moved task's old and new bar go on the shared timescale. */
export function diffRows(rows: readonly MovedTask[], scale: Timescale): DiffRow[] {
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    status: r.before === null ? "added" : r.after === null ? "removed" : "moved",
    before: bar(r.before, r.kind, scale),
    after: bar(r.after, r.kind, scale),
  }));
}
