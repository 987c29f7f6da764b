import {
  ASAP,
  CLOSE,
  FF,
  FNET,
  FNLT,
  FS,
  LAG_ELAPSED,
  LAG_PERCENT,
  LEAF,
  MFO,
  MSO,
  type Network,
  OPEN,
  PARENT,
  ROLLUP,
  SNET,
  SNLT,
  SS,
  STARTED,
} from "../network/network.js";
import type { Kernel } from "./kernel.js";
import type { CpmState } from "./state.js";
import { MAX_BREAK_DAYS, WorkAxis, wOf } from "./work-axis.js";

/** An edge code's type bits, and its flag for a non-zero lag. */
const TYPE = 7;
const LAGGED = 8;

const INF = Number.POSITIVE_INFINITY;
const NEG = Number.NEGATIVE_INFINITY;

/**
 * True when every task works on the project calendar — the common case, where the CPM runs on keys
 * of its working axis with calendar lookups only for elapsed durations and lags.
 */
export function isUniform(net: Network): boolean {
  const p = net.calendars.indexOf(net.projectCalendar);
  for (let v = 0; v < net.nodeCount; v++) if (net.cal[v] !== p) return false;
  return net.projectCalendar.longestBreakDays() <= MAX_BREAK_DAYS;
}

/**
 * The kernel for uniform networks. Times are keys on the project calendar's working axis; the two
 * sides of a working-time boundary (Friday 17:00 and Monday 09:00) are adjacent keys, so a key says
 * exactly which wall-clock moment the general kernel would produce, and the results are identical.
 * Elapsed durations and lags go through wall-clock time and back, item by item.
 *
 * A class rather than closures over the arrays: V8 specialises optimised closures to the first
 * Scheduler's arrays, which then stay reachable and run slower for every later Scheduler.
 */
export class UniformKernel implements Kernel {
  private readonly n: number;
  private readonly axis: WorkAxis;
  private readonly st: CpmState;
  private readonly es: Float64Array;
  private readonly ef: Float64Array;
  private readonly ls: Float64Array;
  private readonly lf: Float64Array;
  private readonly lsb: Float64Array;
  /** Keys of constraint dates and deadlines, by node: few nodes have them. */
  private readonly cKey = new Map<number, number>();
  private readonly due = new Map<number, number>();
  private readonly deadline: Float64Array;
  private readonly startKey: number;
  private finishKey: number;
  private readonly predStart: Int32Array;
  private readonly succStart: Int32Array;
  private readonly succEdge: Int32Array;
  private readonly eFrom: Int32Array;
  private readonly eTo: Int32Array;
  /** Per edge: its type, plus LAGGED when it has a lag (one byte read instead of two arrays). */
  private readonly eCode: Uint8Array;
  private readonly eLagKind: Uint8Array;
  private readonly eLag: Float64Array;
  private readonly dur: Float64Array;
  private readonly durElapsed: Uint8Array;
  private readonly kind: Uint8Array;
  private readonly milestone: Uint8Array;
  private readonly cType: Uint8Array;
  private readonly progress: Uint8Array;
  private readonly topo: Int32Array;

  constructor(net: Network, st: CpmState) {
    const n = net.nodeCount;
    this.n = n;
    this.axis = new WorkAxis(net.projectCalendar);
    this.st = st;
    this.es = new Float64Array(n);
    this.ef = new Float64Array(n);
    this.ls = new Float64Array(n);
    this.lf = new Float64Array(n);
    this.lsb = new Float64Array(n);
    this.deadline = net.deadline;
    this.predStart = net.predStart;
    this.succStart = net.succStart;
    this.succEdge = net.succEdge;
    this.eFrom = net.eFrom;
    this.eTo = net.eTo;
    this.eCode = new Uint8Array(net.edgeCount);
    for (let e = 0; e < net.edgeCount; e++) {
      this.eCode[e] = (net.eType[e] as number) | (net.eLag[e] === 0 ? 0 : LAGGED);
    }
    this.eLagKind = net.eLagKind;
    this.eLag = net.eLag;
    this.dur = net.dur;
    this.durElapsed = net.durElapsed;
    this.kind = net.kind;
    this.milestone = net.milestone;
    this.cType = net.cType;
    this.progress = net.progress;
    this.topo = net.topo;
    for (let v = 0; v < n; v++) {
      if ((net.cType[v] as number) > 1) this.cKey.set(v, this.axis.enc(net.cDate[v] as number));
      if (!Number.isNaN(net.deadline[v])) this.due.set(v, this.axis.enc(net.deadline[v] as number));
    }
    this.startKey = this.axis.enc(net.projectStart);
    this.finishKey = this.startKey;
  }

  private lagOf(e: number): number {
    return this.eLagKind[e] === LAG_PERCENT
      ? Math.round((this.eLag[e] as number) * (this.dur[this.eFrom[e] as number] as number))
      : (this.eLag[e] as number);
  }

  /** A percent lag on an elapsed task is elapsed too, as in the general kernel. */
  private elapsedLag(e: number): boolean {
    const k = this.eLagKind[e];
    return k === LAG_ELAPSED || (k === LAG_PERCENT && this.durElapsed[this.eFrom[e] as number] === 1);
  }

  forward(j: number): boolean {
    const { es, ef, cKey, predStart, eFrom, eCode, dur, durElapsed, kind, milestone, cType } = this;
    const oldEs = es[j];
    const oldEf = ef[j];
    const from = predStart[j] as number;
    const to = predStart[j + 1] as number;
    if (kind[j] === CLOSE) {
      let s = INF;
      let f = NEG;
      for (let k = from; k < to; k++) {
        const i = eFrom[k] as number;
        if ((es[i] as number) < s) s = es[i] as number;
        if ((ef[i] as number) > f) f = ef[i] as number;
      }
      es[j] = s;
      ef[j] = f;
      return s !== oldEs || f !== oldEf;
    }
    const ct = cType[j];
    // A start-no-earlier-than date replaces the project start as the floor, as in MS Project: a task
    // constrained to an earlier date may start before the project does.
    let s = ct === SNET ? NEG : this.startKey;
    let f = NEG;
    for (let e = from; e < to; e++) {
      const i = eFrom[e] as number;
      const code = eCode[e] as number;
      const type = code & TYPE;
      if (type === PARENT) {
        if ((es[i] as number) > s) s = es[i] as number;
        continue;
      }
      const base = (type === FS || type === FF ? ef[i] : es[i]) as number;
      // A working lag lands on the finish side, as the general kernel's shiftForward does.
      const c =
        (code & LAGGED) === 0
          ? base
          : this.elapsedLag(e)
            ? this.axis.enc(this.axis.dec(base) + this.lagOf(e))
            : 2 * (wOf(base) + this.lagOf(e)) - 1;
      if (type === FS || type === SS) {
        if (c > s) s = c;
      } else if (c > f) f = c;
    }
    if (ct === SNET) s = Math.max(s, cKey.get(j) as number);
    else if (ct === FNET) f = Math.max(f, cKey.get(j) as number);
    else if (ct === MSO) {
      s = cKey.get(j) as number;
      f = NEG;
    } else if (ct === MFO) {
      s = NEG;
      f = cKey.get(j) as number;
    }
    if (kind[j] === OPEN) {
      es[j] = s;
      ef[j] = s;
      return s !== oldEs;
    }
    if (milestone[j] === 1) {
      // Inside a break a milestone moves on to the next working time (milestoneForward).
      const t = Math.max(s, f);
      es[j] = Number.isInteger(t) ? t : 2 * wOf(t);
      ef[j] = es[j] as number;
    } else if (durElapsed[j] === 1) {
      const d = dur[j] as number;
      let start = s;
      if (f !== NEG) start = Math.max(start, this.axis.enc(this.axis.dec(f) - d));
      es[j] = start;
      ef[j] = this.axis.enc(this.axis.dec(start) + d);
    } else {
      const d = dur[j] as number;
      let w = s === NEG ? NEG : wOf(s);
      if (f !== NEG) w = Math.max(w, wOf(f) - d);
      es[j] = 2 * w;
      ef[j] = 2 * (w + d) - 1;
    }
    return es[j] !== oldEs || ef[j] !== oldEf;
  }

  backward(i: number): boolean {
    const {
      ls,
      lf,
      lsb,
      cKey,
      due,
      deadline,
      succStart,
      succEdge,
      eTo,
      eCode,
      dur,
      durElapsed,
      kind,
      milestone,
      cType,
    } = this;
    const oldLs = ls[i];
    const oldLf = lf[i];
    const from = succStart[i] as number;
    const to = succStart[i + 1] as number;
    if (kind[i] === OPEN) {
      let s = INF;
      for (let k = from; k < to; k++) {
        const j = eTo[succEdge[k] as number] as number;
        if ((ls[j] as number) < s) s = ls[j] as number;
      }
      ls[i] = s;
      lf[i] = s;
      return s !== oldLs;
    }
    let f = this.finishKey;
    let s = INF;
    for (let k = from; k < to; k++) {
      const e = succEdge[k] as number;
      const j = eTo[e] as number;
      const code = eCode[e] as number;
      const type = code & TYPE;
      if (type === ROLLUP) {
        if ((lf[j] as number) < f) f = lf[j] as number;
        if ((lsb[j] as number) < s) s = lsb[j] as number;
        continue;
      }
      const base = (type === FS || type === SS ? ls[j] : lf[j]) as number;
      const c =
        (code & LAGGED) === 0
          ? base
          : this.elapsedLag(e)
            ? this.axis.enc(this.axis.dec(base) - this.lagOf(e))
            : 2 * (wOf(base) - this.lagOf(e));
      if (type === FS || type === FF) {
        if (c < f) f = c;
      } else if (c < s) s = c;
    }
    // As in backward.ts: a started task's pin does not cap its late dates.
    const ct = this.progress[i] === STARTED ? ASAP : cType[i];
    if (ct === FNLT || ct === MFO) f = Math.min(f, cKey.get(i) as number);
    else if (ct === SNLT || ct === MSO) s = Math.min(s, cKey.get(i) as number);
    if (!Number.isNaN(deadline[i])) f = Math.min(f, due.get(i) as number);
    if (kind[i] === CLOSE) {
      const oldLsb = lsb[i];
      lf[i] = f;
      lsb[i] = s;
      return f !== oldLf || s !== oldLsb;
    }
    if (milestone[i] === 1) {
      // Inside a break a milestone moves back to the end of the working time before it (milestoneBackward).
      const t = Math.min(s, f);
      ls[i] = Number.isInteger(t) ? t : 2 * wOf(t) - 1;
      lf[i] = ls[i] as number;
    } else if (durElapsed[i] === 1) {
      const d = dur[i] as number;
      let finish = f;
      if (s !== INF) finish = Math.min(finish, this.axis.enc(this.axis.dec(s) + d));
      lf[i] = finish;
      ls[i] = this.axis.enc(this.axis.dec(finish) - d);
    } else {
      const d = dur[i] as number;
      let w = wOf(f);
      if (s !== INF) w = Math.min(w, wOf(s) + d);
      lf[i] = 2 * w - 1;
      ls[i] = 2 * (w - d);
    }
    return ls[i] !== oldLs || lf[i] !== oldLf;
  }

  float(i: number): boolean {
    const { es, ef, lf, succStart, succEdge, eTo, eCode, kind, axis, st } = this;
    if (kind[i] === OPEN) return false;
    const efW = wOf(ef[i] as number);
    const tf = wOf(lf[i] as number) - efW;
    let ff = INF;
    for (let k = succStart[i] as number; k < (succStart[i + 1] as number); k++) {
      const e = succEdge[k] as number;
      const j = eTo[e] as number;
      const code = eCode[e] as number;
      const type = code & TYPE;
      let slack: number;
      if (type === ROLLUP) slack = wOf(ef[j] as number) - efW + (st.ff[j] as number);
      else if (type === PARENT) continue;
      else {
        const base = (type === FS || type === FF ? ef[i] : es[i]) as number;
        const allowed =
          (code & LAGGED) === 0
            ? wOf(base)
            : this.elapsedLag(e)
              ? axis.cal.toWork(axis.dec(base) + this.lagOf(e))
              : wOf(base) + this.lagOf(e);
        slack = wOf((type === FS || type === SS ? es[j] : ef[j]) as number) - allowed;
      }
      if (slack < ff) ff = slack;
    }
    if (ff === INF) ff = wOf(this.finishKey) - efW;
    ff = Math.max(0, Math.min(ff, tf));
    const old = st.ff[i];
    st.tf[i] = tf;
    st.ff[i] = ff;
    return kind[i] === CLOSE && ff !== old;
  }

  private publishNode(v: number): void {
    const { st, es, ef, ls, lf } = this;
    st.es[v] = this.axis.dec(es[v] as number);
    st.ef[v] = this.axis.dec(ef[v] as number);
    st.ls[v] = this.axis.dec(ls[v] as number);
    st.lf[v] = this.axis.dec(lf[v] as number);
  }

  forwardAll(): void {
    const topo = this.topo;
    for (let p = 0; p < this.n; p++) this.forward(topo[p] as number);
  }

  /**
   * The backward pass, and with it each node's floats and wall-clock dates: in reverse topological
   * order a node's successors are done, and floats need only their final early dates and free float.
   */
  lateAll(): void {
    const topo = this.topo;
    for (let p = this.n - 1; p >= 0; p--) {
      const v = topo[p] as number;
      this.backward(v);
      this.publishNode(v);
      this.float(v);
    }
  }

  finish(): boolean {
    const key = latestFinish(this.kind, this.ef, this.startKey);
    const moved = key !== this.finishKey;
    this.finishKey = key;
    this.st.projectFinish = this.axis.dec(key);
    return moved;
  }

  publish(nodes: readonly number[]): void {
    for (const v of nodes) this.publishNode(v);
  }
}

/**
 * The latest early finish of a leaf, or `start` when there is none. Not floored at `start`: tasks
 * constrained to dates before the project start may all finish before it, as in MS Project. A
 * function of its own: V8 compiles its loop on the stack and would otherwise drop that code at the
 * first use of what follows the loop, run after run.
 */
function latestFinish(kind: Uint8Array, ef: Float64Array, start: number): number {
  let key = NEG;
  for (let v = 0; v < kind.length; v++)
    if (kind[v] === LEAF && (ef[v] as number) > key) key = ef[v] as number;
  return key === NEG ? start : key;
}
