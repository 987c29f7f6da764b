import type { ProgressState } from "@keel/engine";
import { ROW_HEIGHT } from "./gantt-geometry.js";
import { type Timescale, wallMinutes } from "./timescale.js";

/** The moment a status date stands for: a bare date is the end of that day, as MS Project reads it. */
export function statusMinute(statusDate: string): number {
  return wallMinutes(statusDate) + (statusDate.length === 10 ? 1440 : 0);
}

/** A finish as a minute: a bare date (as baselines and actuals may hold) is the end of that day. */
export function finishMinute(date: string): number {
  return wallMinutes(date) + (date.length === 10 ? 1440 : 0);
}

/** One row of the Gantt as the progress line reads it, with the span its progress is measured on. */
export interface LineTask {
  readonly row: number;
  readonly kind: "task" | "milestone" | "summary";
  readonly state: ProgressState;
  readonly percent: number;
  /** Wall minutes of the span: the baseline's when one is shown, else the current bar's. */
  readonly start: number;
  readonly finish: number;
}

export interface Vertex {
  readonly row: number;
  readonly x: number;
}

/**
 * Where the progress line bends, as in MS Project: at each unfinished task that is under way or
 * should be (its span starts before the status date), to the point of its span its percent complete
 * reaches. Left of the status date it is behind, right of it ahead. Finished tasks, tasks not yet
 * due, milestones and summary tasks keep the line on the status date.
 */
export function progressVertices(tasks: readonly LineTask[], status: number, scale: Timescale): Vertex[] {
  const sx = scale.x(status);
  const out: Vertex[] = [];
  for (const t of tasks) {
    if (t.kind !== "task" || t.state === "complete") continue;
    if (t.percent === 0 && t.start >= status) continue;
    const x0 = scale.x(t.start);
    const x = x0 + (Math.min(100, Math.max(0, t.percent)) / 100) * (scale.x(t.finish) - x0);
    if (Math.abs(x - sx) >= 0.5) out.push({ row: t.row, x });
  }
  return out.sort((a, b) => a.row - b.row);
}

/** The polyline down the status date, bending out to each vertex in the middle of its row. */
export function progressLinePath(vertices: readonly Vertex[], statusX: number, rows: number): string {
  const f = (n: number) => Math.round(n * 10) / 10;
  const sx = f(statusX);
  const parts = [`M${sx},0`];
  for (const v of vertices) {
    const top = v.row * ROW_HEIGHT;
    parts.push(`L${sx},${top + 2}`, `L${f(v.x)},${top + ROW_HEIGHT / 2}`, `L${sx},${top + ROW_HEIGHT - 2}`);
  }
  parts.push(`L${sx},${rows * ROW_HEIGHT}`);
  return parts.join(" ");
}
