import { MAX_BREAK_DAYS, WorkAxis, wOf } from "../cpm/work-axis.js";
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
  NOT_STARTED,
  OPEN,
  PARENT,
  ROLLUP,
  SF,
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
  private readonly axis: WorkAxis;
  private readonly n: number;
  /** Everything below is indexed by position in topological order, not by node: both passes stream. */
  private readonly pos: Int32Array;
  private readonly entryPos: Int32Array;
  private readonly kind: Uint8Array;
  private readonly cType: Uint8Array;
  private readonly cKey: Float64Array;
  private readonly due: Float64Array;
  private readonly dur: Float64Array;
  /** Predecessor edges of each position, contiguous: source position, type, lag, percent of the source. */
  private readonly predStart: Int32Array;
  private readonly pFrom: Int32Array;
  private readonly pType: Uint8Array;
  private readonly pLag: Float64Array;
  private readonly pPercent: Uint8Array;
  /** Successor edges of each position, contiguous. */
  private readonly succStart: Int32Array;
  private readonly sTo: Int32Array;
  private readonly sType: Uint8Array;
  private readonly sLag: Float64Array;
  private readonly sPercent: Uint8Array;
  private readonly leaves: Int32Array;
  private readonly es: Float64Array;
  private readonly ef: Float64Array;
  private readonly ls: Float64Array;
  private readonly lf: Float64Array;
  private readonly lsb: Float64Array;
  private readonly startKey: number;
  private finishKey: number;
  /** Task → node, for `countCritical`'s slots. */
  private readonly topo: Int32Array;
  /** Whether criticality comes from `trace` instead of the backward pass (see `traceable`). */
  private readonly traced: boolean;
  /** Nodes on the driving chains are marked with the iteration's stamp; `found` lists the leaves. */
  private readonly mark: Int32Array;
  private stamp = 0;
  private readonly stack: Int32Array;
  private readonly found: Int32Array;
  private foundCount = 0;

  /** True when the pass gives the Scheduler's dates for this network. */
  static supports(net: Network): boolean {
    const p = net.calendars.indexOf(net.projectCalendar);
    for (let v = 0; v < net.nodeCount; v++) {
      if (net.cal[v] !== p || net.durElapsed[v] === 1) return false;
    }
    for (let e = 0; e < net.edgeCount; e++) if (net.eLagKind[e] === LAG_ELAPSED) return false;
    return net.projectCalendar.longestBreakDays() <= MAX_BREAK_DAYS;
  }

  /**
   * True when total float can only be 0 or more and every backward constraint mirrors a forward
   * one, so the critical tasks are exactly those on the driving chains back from the finish: no
   * deadlines, no late constraints (SNLT, FNLT, MSO, MFO; ALAP too, to be safe), no progress pins,
   * and no SS or SF link out of a summary (its early start is its first child's, yet its latest
   * start bounds every child).
   */
  static traceable(net: Network): boolean {
    for (let v = 0; v < net.nodeCount; v++) {
      const ct = net.cType[v] as number;
      if (ct !== ASAP && ct !== SNET && ct !== FNET) return false;
      if (!Number.isNaN(net.deadline[v]) || net.progress[v] !== NOT_STARTED) return false;
    }
    for (let e = 0; e < net.edgeCount; e++) {
      const type = net.eType[e];
      if ((type === SS || type === SF) && net.kind[net.eFrom[e] as number] === CLOSE) return false;
    }
    return true;
  }

  /** `trace` false forces the full backward pass (the property test compares both). */
  constructor(net: Network, trace = NetworkPass.traceable(net)) {
    const n = net.nodeCount;
    this.n = n;
    this.topo = net.topo;
    this.traced = trace;
    this.mark = new Int32Array(n);
    this.stack = new Int32Array(n);
    this.found = new Int32Array(n);
    this.axis = new WorkAxis(net.projectCalendar);
    const pos = new Int32Array(n);
    for (let p = 0; p < n; p++) pos[net.topo[p] as number] = p;
    this.pos = pos;
    this.entryPos = Int32Array.from(net.taskEntry, (v) => pos[v] as number);
    this.kind = new Uint8Array(n);
    this.cType = new Uint8Array(n);
    this.dur = new Float64Array(n);
    this.cKey = new Float64Array(n);
    this.due = new Float64Array(n).fill(INF);
    const leaves: number[] = [];
    for (let p = 0; p < n; p++) {
      const v = net.topo[p] as number;
      this.kind[p] = net.kind[v] as number;
      this.cType[p] = net.cType[v] as number;
      this.dur[p] = net.dur[v] as number;
      if ((net.cType[v] as number) > 1) this.cKey[p] = this.axis.enc(net.cDate[v] as number);
      if (!Number.isNaN(net.deadline[v])) this.due[p] = this.axis.enc(net.deadline[v] as number);
      if (net.kind[v] === LEAF) leaves.push(p);
    }
    this.leaves = Int32Array.from(leaves);

    const m = net.edgeCount;
    this.predStart = new Int32Array(n + 1);
    this.pFrom = new Int32Array(m);
    this.pType = new Uint8Array(m);
    this.pLag = new Float64Array(m);
    this.pPercent = new Uint8Array(m);
    this.succStart = new Int32Array(n + 1);
    this.sTo = new Int32Array(m);
    this.sType = new Uint8Array(m);
    this.sLag = new Float64Array(m);
    this.sPercent = new Uint8Array(m);
    let k = 0;
    let l = 0;
    for (let p = 0; p < n; p++) {
      const v = net.topo[p] as number;
      this.predStart[p] = k;
      // Edges are stored by target: node v's predecessors are edges predStart[v] … predStart[v + 1].
      for (let e = net.predStart[v] as number; e < (net.predStart[v + 1] as number); e++, k++) {
        this.pFrom[k] = pos[net.eFrom[e] as number] as number;
        this.pType[k] = net.eType[e] as number;
        this.pLag[k] = net.eLag[e] as number;
        this.pPercent[k] = net.eLagKind[e] === LAG_PERCENT ? 1 : 0;
      }
      this.succStart[p] = l;
      for (let x = net.succStart[v] as number; x < (net.succStart[v + 1] as number); x++, l++) {
        const e = net.succEdge[x] as number;
        this.sTo[l] = pos[net.eTo[e] as number] as number;
        this.sType[l] = net.eType[e] as number;
        this.sLag[l] = net.eLag[e] as number;
        this.sPercent[l] = net.eLagKind[e] === LAG_PERCENT ? 1 : 0;
      }
    }
    this.predStart[n] = k;
    this.succStart[n] = l;
    this.es = new Float64Array(n);
    this.ef = new Float64Array(n);
    this.ls = new Float64Array(n);
    this.lf = new Float64Array(n);
    this.lsb = new Float64Array(n);
    this.startKey = this.axis.enc(net.projectStart);
    this.finishKey = this.startKey;
  }

  setDuration(task: number, minutes: number): void {
    this.dur[this.entryPos[task] as number] = minutes;
  }

  evaluate(): void {
    const { n, leaves, ef } = this;
    for (let p = 0; p < n; p++) this.forward(p);
    // As in the scheduler: the latest leaf finish, not floored at the project start.
    let key = NEG;
    for (let k = 0; k < leaves.length; k++) {
      const f = ef[leaves[k] as number] as number;
      if (f > key) key = f;
    }
    this.finishKey = key === NEG ? this.startKey : key;
    if (this.traced) this.trace();
    else for (let p = n - 1; p >= 0; p--) this.backward(p);
  }

  projectFinish(): number {
    return this.axis.dec(this.finishKey);
  }

  finish(node: number): number {
    return this.axis.dec(this.ef[this.pos[node] as number] as number);
  }

  critical(node: number): boolean {
    const p = this.pos[node] as number;
    if (this.traced) return this.mark[p] === this.stamp;
    return wOf(this.lf[p] as number) - wOf(this.ef[p] as number) <= 0;
  }

  countCritical(slot: Int32Array, counts: Uint32Array): void {
    const { topo } = this;
    const add = (p: number) => {
      const k = slot[topo[p] as number] as number;
      if (k >= 0) counts[k] = (counts[k] as number) + 1;
    };
    if (this.traced) {
      for (let k = 0; k < this.foundCount; k++) add(this.found[k] as number);
    } else {
      for (let k = 0; k < this.leaves.length; k++) {
        const p = this.leaves[k] as number;
        if (wOf(this.lf[p] as number) - wOf(this.ef[p] as number) <= 0) add(p);
      }
    }
  }

  /**
   * Marks the nodes with zero total float without a backward pass. In working minutes the passes
   * are a longest-path problem whose late dates never fall before the early ones (see
   * `traceable`), so a node has zero float exactly when it finishes at the project finish, or a
   * link from it is tight (its early date plus the lag equals the early date the link leads to)
   * into a node with zero float. Every tight link is followed, so parallel paths of equal length
   * are all found.
   */
  private trace(): void {
    const { leaves, es, ef, mark, stack, found, kind, predStart, pFrom, pType, pLag, pPercent, dur } = this;
    const stamp = ++this.stamp;
    const end = wOf(this.finishKey);
    let top = 0;
    for (let k = 0; k < leaves.length; k++) {
      const p = leaves[k] as number;
      if (wOf(ef[p] as number) === end) {
        mark[p] = stamp;
        stack[top++] = p;
      }
    }
    let count = 0;
    while (top > 0) {
      const j = stack[--top] as number;
      if (kind[j] === LEAF) found[count++] = j;
      const startMinute = wOf(es[j] as number);
      const finishMinute = wOf(ef[j] as number);
      for (let k = predStart[j] as number; k < (predStart[j + 1] as number); k++) {
        const i = pFrom[k] as number;
        if (mark[i] === stamp) continue;
        const type = pType[k];
        // The link's candidate in working minutes: a lag lands it whole minutes on (see `forward`).
        const lag = pLag[k] as number;
        const base = wOf((type === FS || type === FF || type === ROLLUP ? ef[i] : es[i]) as number);
        const c = lag === 0 ? base : base + (pPercent[k] === 1 ? Math.round(lag * (dur[i] as number)) : lag);
        if (c === (type === FF || type === SF || type === ROLLUP ? finishMinute : startMinute)) {
          mark[i] = stamp;
          stack[top++] = i;
        }
      }
    }
    this.foundCount = count;
  }

  private forward(j: number): void {
    const { es, ef, cKey, predStart, pFrom, pType, pLag, pPercent, dur, kind, cType } = this;
    const from = predStart[j] as number;
    const to = predStart[j + 1] as number;
    if (kind[j] === CLOSE) {
      let s = INF;
      let f = NEG;
      for (let k = from; k < to; k++) {
        const i = pFrom[k] as number;
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
      const i = pFrom[k] as number;
      const type = pType[k];
      if (type === PARENT) {
        if ((es[i] as number) > s) s = es[i] as number;
        continue;
      }
      const base = (type === FS || type === FF ? ef[i] : es[i]) as number;
      const lag = pLag[k] as number;
      const c =
        lag === 0
          ? base
          : 2 * (wOf(base) + (pPercent[k] === 1 ? Math.round(lag * (dur[i] as number)) : lag)) - 1;
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
    const { ls, lf, lsb, cKey, due, succStart, sTo, sType, sLag, sPercent, dur, kind, cType } = this;
    const from = succStart[i] as number;
    const to = succStart[i + 1] as number;
    if (kind[i] === OPEN) {
      let s = INF;
      for (let k = from; k < to; k++) {
        const j = sTo[k] as number;
        if ((ls[j] as number) < s) s = ls[j] as number;
      }
      ls[i] = s;
      lf[i] = s;
      return;
    }
    let f = this.finishKey;
    let s = INF;
    for (let k = from; k < to; k++) {
      const j = sTo[k] as number;
      const type = sType[k];
      if (type === ROLLUP) {
        if ((lf[j] as number) < f) f = lf[j] as number;
        if ((lsb[j] as number) < s) s = lsb[j] as number;
        continue;
      }
      const base = (type === FS || type === SS ? ls[j] : lf[j]) as number;
      const lag = sLag[k] as number;
      // A percent lag is a share of this node's own duration: it is the edge's source.
      const c =
        lag === 0 ? base : 2 * (wOf(base) - (sPercent[k] === 1 ? Math.round(lag * (dur[i] as number)) : lag));
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
