import type { WorkCalendar } from "../calendar/work-calendar.js";
import type { Network } from "../network/network.js";

/**
 * The CPM results for every node, in wall minutes (dates) and working minutes (floats). Int32Arrays:
 * wall minutes of the supported years 1900–2200 lie within ±2^31 (see `wall`).
 */
export interface CpmState {
  readonly es: Int32Array;
  readonly ef: Int32Array;
  readonly ls: Int32Array;
  readonly lf: Int32Array;
  /** Scheduled dates: the early dates, or for ALAP tasks the latest that delays nothing. */
  readonly ss: Int32Array;
  readonly sf: Int32Array;
  readonly tf: Int32Array;
  readonly ff: Int32Array;
  projectFinish: number;
}

export function createState(net: Network): CpmState {
  const n = net.nodeCount;
  return {
    es: new Int32Array(n),
    ef: new Int32Array(n),
    ls: new Int32Array(n),
    lf: new Int32Array(n),
    ss: new Int32Array(n),
    sf: new Int32Array(n),
    tf: new Int32Array(n),
    ff: new Int32Array(n),
    projectFinish: net.projectStart,
  };
}

/**
 * `t`, checked to fit the state: a date reached without a calendar lookup (elapsed time) may lie
 * beyond the supported years, and the calendar then reports it as it would for any other date.
 */
export function wall(cal: WorkCalendar, t: number): number {
  if ((t | 0) !== t) cal.toWork(t);
  return t;
}
