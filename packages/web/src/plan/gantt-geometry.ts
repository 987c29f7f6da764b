import type { TaskResult } from "@keel/engine";
import type { LinkType } from "@keel/model";
import { type Timescale, wallMinutes } from "./timescale.js";

export const ROW_HEIGHT = 30;
const BAR_HEIGHT = 14;
const ELBOW = 8;

/** Where one task is drawn in its row: the bar, the trailing float, the deadline marker. */
export interface BarGeometry {
  readonly kind: TaskResult["kind"];
  readonly x: number;
  readonly width: number;
  /** The total float as a trailing bar, from the finish to the late finish. */
  readonly floatWidth: number;
  readonly deadlineX: number | undefined;
  readonly critical: boolean;
}

export function barGeometry(task: TaskResult, scale: Timescale): BarGeometry {
  const x = scale.x(wallMinutes(task.start));
  const finish = scale.x(wallMinutes(task.finish));
  const lateFinish = scale.x(wallMinutes(task.lateFinish));
  return {
    kind: task.kind,
    x,
    width: Math.max(task.kind === "milestone" ? 0 : 2, finish - x),
    floatWidth: Math.max(0, lateFinish - finish),
    deadlineX: task.deadline === undefined ? undefined : scale.x(wallMinutes(`${task.deadline}T23:59`)),
    critical: task.critical,
  };
}

export const BAR_TOP = (ROW_HEIGHT - BAR_HEIGHT) / 2;
export const BAR_HEIGHT_PX = BAR_HEIGHT;

/**
 * An elbow path for a link, from the predecessor's finish (FS, FF) or start (SS, SF) to the
 * successor's start (FS, SS) or finish (FF, SF), in tbody coordinates.
 */
export function linkPath(
  type: LinkType,
  from: { readonly bar: BarGeometry; readonly row: number },
  to: { readonly bar: BarGeometry; readonly row: number },
): string {
  const fromEnd = type === "FS" || type === "FF";
  const toEnd = type === "FF" || type === "SF";
  const x1 = fromEnd ? from.bar.x + from.bar.width : from.bar.x;
  const x2 = toEnd ? to.bar.x + to.bar.width : to.bar.x;
  const y1 = from.row * ROW_HEIGHT + ROW_HEIGHT / 2;
  const y2 = to.row * ROW_HEIGHT + ROW_HEIGHT / 2;
  // Leave the predecessor outward, arrive at the successor from outside its bar.
  const out = fromEnd ? x1 + ELBOW : x1 - ELBOW;
  const into = toEnd ? x2 + ELBOW : x2 - ELBOW;
  const midY = y2 > y1 ? y2 - ROW_HEIGHT / 2 : y2 + ROW_HEIGHT / 2;
  return `M${x1},${y1} H${out} V${midY} H${into} V${y2} H${x2}`;
}
