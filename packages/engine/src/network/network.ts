import type { WorkCalendar } from "../calendar/work-calendar.js";

/** Node kinds: a leaf task or milestone is one node; a summary task is an OPEN and a CLOSE node. */
export const LEAF = 0;
export const OPEN = 1;
export const CLOSE = 2;

/** Edge types 0–3 are plan links; PARENT ties a summary's OPEN to a child; ROLLUP a child to its CLOSE. */
export const FS = 0;
export const SS = 1;
export const FF = 2;
export const SF = 3;
export const PARENT = 4;
export const ROLLUP = 5;

export const LAG_WORK = 0;
export const LAG_ELAPSED = 1;
export const LAG_PERCENT = 2;

/** Constraint codes, in the order of the model's CONSTRAINT_TYPES. */
export const ASAP = 0;
export const ALAP = 1;
export const SNET = 2;
export const SNLT = 3;
export const FNET = 4;
export const FNLT = 5;
export const MSO = 6;
export const MFO = 7;

/** Progress of a leaf node: its dates are the plan's until work starts, then pinned by its actuals. */
export const NOT_STARTED = 0;
export const STARTED = 1;
export const COMPLETE = 2;

/**
 * A plan compiled to typed arrays: nodes, edges sorted by target with an index by source
 * (compressed sparse rows) and a topological order. Times are wall minutes; durations and lags are minutes.
 */
export interface Network {
  readonly nodeCount: number;
  readonly edgeCount: number;
  readonly taskIds: readonly string[];
  readonly taskIndex: ReadonlyMap<string, number>;
  /** Node → task index. */
  readonly nodeTask: Int32Array;
  /** Task → node that receives its incoming links (leaf or OPEN) / that sends its outgoing links (leaf or CLOSE). */
  readonly taskEntry: Int32Array;
  readonly taskExit: Int32Array;
  readonly kind: Uint8Array;
  readonly calendars: readonly WorkCalendar[];
  /** Calendar index of each node. */
  readonly cal: Uint16Array;
  /** The project calendar: counts working lags and the project's working days. */
  readonly projectCalendar: WorkCalendar;
  readonly dur: Float64Array;
  readonly durElapsed: Uint8Array;
  readonly milestone: Uint8Array;
  readonly cType: Uint8Array;
  readonly cDate: Float64Array;
  /**
   * NOT_STARTED, STARTED or COMPLETE per node. A started or complete leaf is pinned by an MFO at
   * its finish (the start follows from `dur`): what happened is not replanned, and a sampled
   * duration in the forecast moves only its start, which nothing reports.
   */
  readonly progress: Uint8Array;
  /** Working (or elapsed) minutes of work done and still to do per leaf; `dur` is the span, gaps included. */
  readonly doneDur: Float64Array;
  readonly remainingDur: Float64Array;
  /** End of the deadline day, or NaN. */
  readonly deadline: Float64Array;
  readonly eFrom: Int32Array;
  readonly eTo: Int32Array;
  readonly eType: Uint8Array;
  readonly eLagKind: Uint8Array;
  /** Minutes for work/elapsed lags, a fraction for percent lags. */
  readonly eLag: Float64Array;
  /** Successors of node v: edges `succEdge[k]` for k from `succStart[v]` to `succStart[v + 1]`. */
  readonly succStart: Int32Array;
  readonly succEdge: Int32Array;
  /** Edges are grouped by target node: node v's predecessors are edges `predStart[v]` to `predStart[v + 1]`. */
  readonly predStart: Int32Array;
  /** The identity (`predEdge[k] === k`), allocated on first use: read edge `k` directly instead. */
  readonly predEdge: Int32Array;
  readonly topo: Int32Array;
  /** Position of each node in `topo`. */
  readonly pos: Int32Array;
  readonly projectStart: number;
  readonly minutesPerDay: number;
  readonly minutesPerWeek: number;
  readonly hasAlap: boolean;
}
