import { MAX_BREAK_DAYS, WorkAxis, wOf } from "../cpm/work-axis.js";
import {
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
} from "../network/network.js";
import type { Evaluator } from "./evaluator.js";

const INF = Number.POSITIVE_INFINITY;
const NEG = Number.NEGATIVE_INFINITY;
/**
 * A forward and backward CPM pass for Monte Carlo, on keys of the project calendar's working axis
 * (the same encoding as the engine's integer kernel): with every task on the project calendar and
 * no elapsed durations or lags, each pass is integer arithmetic over the compiled network, with no
 * calendar lookups. Durations are set per task before each `evaluate`. A property test checks it
 * against `Scheduler` on random plans.
 */
export class NetworkPass implements Evaluator {
  private readonly net: Network;
  private readonly axis: WorkAxis;
  private readonly n: number;
  private readonly topo: Int32Array;
  private readonly kind: Uint8Array;
  private readonly cType: Uint8Array;
  private readonly cKey: Float64Array;
  private readonly due: Float64Array;
  private readonly dur: Float64Array;
  private readonly predStart: Int32Array;
  private readonly succStart: Int32Array;
  private readonly succEdge: Int32Array;
  private readonly eFrom: Int32Array;
  private readonly eTo: Int32Array;
  private readonly eType: Uint8Array;
  private readonly eLagKind: Uint8Array;
  private readonly eLag: Float64Array;
  private readonly leaves: Int32Array;
  private readonly es: Float64Array;
  private readonly ef: Float64Array;
  private readonly ls: Float64Array;
  private readonly lf: Float64Array;
  private readonly lsb: Float64Array;
  private readonly startKey: number;
  private finishKey: number;

  /** True when the pass gives the Scheduler's dates for this network. */
  static supports(net: Network): boolean {
    const p = net.calendars.indexOf(net.projectCalendar);
    for (let v = 0; v < net.nodeCount; v++) {
      if (net.cal[v] !== p || net.durElapsed[v] === 1) return false;
    }
    for (let e = 0; e < net.edgeCount; e++) if (net.eLagKind[e] === LAG_ELAPSED) return false;
    return net.projectCalendar.longestBreakDays() <= MAX_BREAK_DAYS;
  }

  constructor(net: Network) {
    const n = net.nodeCount;
    this.net = net;
    this.n = n;
    this.axis = new WorkAxis(net.projectCalendar);
    this.topo = net.topo;
    this.kind = net.kind;
    this.cType = net.cType;
    this.predStart = net.predStart;
    this.succStart = net.succStart;
    this.succEdge = net.succEdge;
    this.eFrom = net.eFrom;
    this.eTo = net.eTo;
    this.eType = net.eType;
    this.eLagKind = net.eLagKind;
    this.eLag = net.eLag;
    this.dur = Float64Array.from(net.dur);
    this.cKey = new Float64Array(n);
    this.due = new Float64Array(n).fill(INF);
    for (let v = 0; v < n; v++) {
      if ((net.cType[v] as number) > 1) this.cKey[v] = this.axis.enc(net.cDate[v] as number);
      if (!Number.isNaN(net.deadline[v])) this.due[v] = this.axis.enc(net.deadline[v] as number);
    }
    const leaves: number[] = [];
    for (let v = 0; v < n; v++) if (net.kind[v] === LEAF) leaves.push(v);
    this.leaves = Int32Array.from(leaves);
    this.es = new Float64Array(n);
    this.ef = new Float64Array(n);
    this.ls = new Float64Array(n);
    this.lf = new Float64Array(n);
    this.lsb = new Float64Array(n);
    this.startKey = this.axis.enc(net.projectStart);
    this.finishKey = this.startKey;
  }

  setDuration(task: number, minutes: number): void {
    this.dur[this.net.taskEntry[task] as number] = minutes;
  }

  evaluate(): void {
    const { topo, n, leaves, ef } = this;
    for (let p = 0; p < n; p++) this.forward(topo[p] as number);
    // As in the scheduler: the latest leaf finish, not floored at the project start.
    let key = NEG;
    for (let k = 0; k < leaves.length; k++) {
      const f = ef[leaves[k] as number] as number;
      if (f > key) key = f;
    }
    this.finishKey = key === NEG ? this.startKey : key;
    for (let p = n - 1; p >= 0; p--) this.backward(topo[p] as number);
  }

  projectFinish(): number {
    return this.axis.dec(this.finishKey);
  }

  finish(node: number): number {
    return this.axis.dec(this.ef[node] as number);
  }

  critical(node: number): boolean {
    return wOf(this.lf[node] as number) - wOf(this.ef[node] as number) <= 0;
  }

  private lagOf(e: number): number {
    return this.eLagKind[e] === LAG_PERCENT
      ? Math.round((this.eLag[e] as number) * (this.dur[this.eFrom[e] as number] as number))
      : (this.eLag[e] as number);
  }

  private forward(j: number): void {
    const { es, ef, cKey, predStart, eFrom, eType, eLag, dur, kind, cType } = this;
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
      return;
    }
    const ct = cType[j];
    // As in the scheduler: a start-no-earlier-than date replaces the project start as the floor.
    let s = ct === SNET ? NEG : this.startKey;
    let f = NEG;
    for (let k = from; k < to; k++) {
      // Edges are stored by target: node j's predecessors are edges predStart[j] … predStart[j + 1].
      const e = k;
      const i = eFrom[e] as number;
      const type = eType[e];
      if (type === PARENT) {
        if ((es[i] as number) > s) s = es[i] as number;
        continue;
      }
      const base = (type === FS || type === FF ? ef[i] : es[i]) as number;
      const c = eLag[e] === 0 ? base : 2 * (wOf(base) + this.lagOf(e)) - 1;
      if (type === FS || type === SS) {
        if (c > s) s = c;
      } else if (c > f) f = c;
    }
    if (ct === SNET) s = Math.max(s, cKey[j] as number);
    else if (ct === FNET) f = Math.max(f, cKey[j] as number);
    else if (ct === MSO) {
      s = cKey[j] as number;
      f = NEG;
    } else if (ct === MFO) {
      s = NEG;
      f = cKey[j] as number;
    }
    if (kind[j] === OPEN) {
      es[j] = s;
      ef[j] = s;
      return;
    }
    const d = dur[j] as number;
    if (d === 0) {
      const t = Math.max(s, f);
      es[j] = Number.isInteger(t) ? t : 2 * wOf(t);
      ef[j] = es[j] as number;
    } else {
      let w = s === NEG ? NEG : wOf(s);
      if (f !== NEG) w = Math.max(w, wOf(f) - d);
      es[j] = 2 * w;
      ef[j] = 2 * (w + d) - 1;
    }
  }

  private backward(i: number): void {
    const { ls, lf, lsb, cKey, due, succStart, succEdge, eTo, eType, eLag, dur, kind, cType } = this;
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
      return;
    }
    let f = this.finishKey;
    let s = INF;
    for (let k = from; k < to; k++) {
      const e = succEdge[k] as number;
      const j = eTo[e] as number;
      const type = eType[e];
      if (type === ROLLUP) {
        if ((lf[j] as number) < f) f = lf[j] as number;
        if ((lsb[j] as number) < s) s = lsb[j] as number;
        continue;
      }
      const base = (type === FS || type === SS ? ls[j] : lf[j]) as number;
      const c = eLag[e] === 0 ? base : 2 * (wOf(base) - this.lagOf(e));
      if (type === FS || type === FF) {
        if (c < f) f = c;
      } else if (c < s) s = c;
    }
    const ct = cType[i];
    if (ct === FNLT || ct === MFO) f = Math.min(f, cKey[i] as number);
    else if (ct === SNLT || ct === MSO) s = Math.min(s, cKey[i] as number);
    f = Math.min(f, due[i] as number);
    if (kind[i] === CLOSE) {
      lf[i] = f;
      lsb[i] = s;
      return;
    }
    const d = dur[i] as number;
    if (d === 0) {
      const t = Math.min(s, f);
      ls[i] = Number.isInteger(t) ? t : 2 * wOf(t) - 1;
      lf[i] = ls[i] as number;
    } else {
      let w = wOf(f);
      if (s !== INF) w = Math.min(w, wOf(s) + d);
      lf[i] = 2 * w - 1;
      ls[i] = 2 * (w - d);
    }
  }
}
