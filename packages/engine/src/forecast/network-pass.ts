import { MAX_BREAK_DAYS, WorkAxis } from "../cpm/work-axis.js";
import {
  ASAP,
  CLOSE,
  FF,
  FNET,
  FNLT,
  FS,
  LAG_ELAPSED,
  LAG_PERCENT,
  LAG_WORK,
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
  STARTED,
} from "../network/network.js";
import type { Evaluator } from "./evaluator.js";

/**
 * Keys count working minutes (doubled) from the project calendar's anchor day, so the dates of the
 * calendar's years 1900–2200 have keys inside ±RANGE even around the clock; a pass that goes
 * beyond stops with the calendar's out-of-range error. With durations and lags of at most
 * `LONGEST` minutes, no sum of keys inside ±RANGE leaves 32 bits, nor reaches INF.
 */
const RANGE = 2 ** 29;
const LONGEST = 2 ** 26;
/** Beyond every key. */
const INF = 2 ** 30;
const NEG = -INF;

/** The working minute of an integer key: `wOf` of work-axis.ts. */
const minuteOf = (key: number) => (key + 1) >> 1;

/**
 * Incoming start-side links each node has slots for; more go to a run after the slots. Unused
 * slots read a cell that always holds NEG. A fixed number of slots, read unconditionally, instead
 * of a loop per node whose length varies: with thousands of nodes the branch predictor cannot
 * learn where each loop ends, and the mispredictions cost more than a few idle reads.
 */
const SLOTS = 3;

/**
 * A link's code: 0 without a lag; otherwise 2 × lag, plus 1. Forward, a lagged link lands on the
 * finish side of its minute (`2 (minute + lag) − 1`, odd), which is `((key − 1) | 1) + 2 × lag`:
 * with `a` the code's low bit, `((key − a) | a) + code − a` covers both cases without a branch.
 * Backward the code holds −2 × lag, and `((key + a) & ~a) + code − a` is `2 (minute − lag)`.
 */
const forwardCode = (lag: number) => (lag === 0 ? 0 : (2 * lag) | 1);
const backwardCode = (lag: number) => (lag === 0 ? 0 : (-2 * lag) | 1);

/** The date a link gives its target, from its source's date `key` and its code. */
const forwardCandidate = (key: number, code: number) => {
  const a = code & 1;
  return ((key - a) | a) + code - a;
};

/** The date a link gives its source, from its target's late date `key` and its backward code. */
const backwardCandidate = (key: number, code: number) => {
  const a = code & 1;
  return ((key + a) & ~a) + code - a;
};

/**
 * A forward and backward CPM pass for Monte Carlo, on keys of the project calendar's working axis
 * (the same encoding as the engine's integer kernel): with every task on the project calendar and
 * no elapsed durations or lags, each pass is integer arithmetic over the compiled network, with no
 * calendar lookups. Durations are written to `durations` before each `evaluate`. A property test
 * checks it against `Scheduler` on random plans.
 *
 * Everything is indexed by position in topological order, so both passes stream; each node's links
 * are split into its start side and its finish side, and read the source's date through an index
 * into the interleaved `early` (or `late`) array, so the per-link work has no branch on its type.
 * Keys are whole numbers: a constraint date or deadline inside a break is rounded to the key every
 * date it decides is rounded to anyway (up forward, down backward), and durations and lags are
 * whole minutes.
 */
export class NetworkPass implements Evaluator {
  private readonly axis: WorkAxis;
  private readonly n: number;
  private readonly pos: Int32Array;
  private readonly topo: Int32Array;
  /** Task → position: its duration is `durations[slot[task]]`. */
  readonly slot: Int32Array;
  private readonly kind: Uint8Array;
  private readonly leaves: Int32Array;
  /**
   * The leaves that may finish last: a leaf with an FS link of working lag ≥ 0 to a leaf that is
   * not pinned (MSO, MFO) finishes no later than that one, so it never finishes last alone, and a
   * tie with it is traced back to it. (Not so with a percent lag: one that rounds to 0 minutes
   * still lands on the finish side of the minute, which can be the key before a milestone's.)
   */
  private readonly finishers: Int32Array;
  /** Duration of each position, in whole minutes. */
  readonly durations: Float64Array;
  /** Early start and finish of position p at `early[2p]` and `early[2p + 1]`; then two NEG cells. */
  private readonly early: Int32Array;
  /** Where the start and finish begin before the links: the project start, SNET, FNET, MSO, MFO. */
  private readonly startFloor: Int32Array;
  private readonly finishFloor: Int32Array;
  /**
   * Incoming links of p: `SLOTS` start-side links at `SLOTS × p`, unused ones reading `early[none]`;
   * more start-side links from `fRun[2p]` to `fRun[2p + 1]`, finish-side ones up to `fRun[2p + 2]`
   * (MSO and MFO tasks have none: the date decides). `fFrom` indexes the source's date in `early`.
   */
  private readonly none: number;
  private readonly fRun: Int32Array;
  private readonly fFrom: Int32Array;
  private readonly fCode: Int32Array;
  /** Late start (a summary's CLOSE: its latest start bound) and finish at `late[2p]`, `late[2p + 1]`. */
  private readonly late: Int32Array;
  /** Late constraints and deadlines: caps on the late start and finish. */
  private readonly startCap: Int32Array;
  private readonly finishCap: Int32Array;
  /** Outgoing links of p, as `fRun`, indexing the target's date in `late` (a ROLLUP is two links). */
  private readonly bRun: Int32Array;
  private readonly bTo: Int32Array;
  private readonly bCode: Int32Array;
  /** Percent lags: the share of the source's duration, recoded each iteration in both directions. */
  private readonly percentShare: Float64Array;
  private readonly percentSource: Int32Array;
  private readonly percentForward: Int32Array;
  private readonly percentBackward: Int32Array;
  /** The project start's key, unrounded: the finish of a plan without tasks. */
  private readonly startKey: number;
  private finishKey: number;
  /** Whether criticality comes from `trace` instead of the backward pass (see `traceable`). */
  private readonly traced: boolean;
  /** Nodes on the driving chains are marked with the iteration's stamp; `found` lists the leaves. */
  private readonly mark: Int32Array;
  private stamp = 0;
  private readonly stack: Int32Array;
  private readonly found: Int32Array;
  private foundCount = 0;

  /**
   * True when the pass gives the Scheduler's dates for this network, with no duration longer than
   * `longest` minutes.
   */
  static supports(net: Network, longest: number): boolean {
    const p = net.calendars.indexOf(net.projectCalendar);
    for (let v = 0; v < net.nodeCount; v++) {
      if (net.cal[v] !== p || net.durElapsed[v] === 1) return false;
    }
    for (let e = 0; e < net.edgeCount; e++) {
      const lag = Math.abs(net.eLag[e] as number);
      if (net.eLagKind[e] === LAG_ELAPSED) return false;
      if ((net.eLagKind[e] === LAG_PERCENT ? lag * longest : lag) > LONGEST) return false;
    }
    return longest <= LONGEST && net.projectCalendar.longestBreakDays() <= MAX_BREAK_DAYS;
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
    const m = net.edgeCount;
    this.n = n;
    this.axis = new WorkAxis(net.projectCalendar);
    this.topo = net.topo;
    const pos = new Int32Array(n);
    for (let p = 0; p < n; p++) pos[net.topo[p] as number] = p;
    this.pos = pos;
    this.slot = Int32Array.from(net.taskEntry, (v) => pos[v] as number);
    this.kind = new Uint8Array(n);
    this.durations = new Float64Array(n);
    this.early = new Int32Array(2 * n + 2).fill(NEG, 2 * n);
    this.none = 2 * n;
    this.late = new Int32Array(2 * n);
    this.startFloor = new Int32Array(n);
    this.finishFloor = new Int32Array(n);
    this.startCap = new Int32Array(n);
    this.finishCap = new Int32Array(n);
    this.startKey = this.axis.enc(net.projectStart);
    this.finishKey = this.startKey;
    const up = (t: number) => Math.ceil(this.axis.enc(t));
    const down = (t: number) => Math.floor(this.axis.enc(t));
    const start = Math.ceil(this.startKey);
    const leaves: number[] = [];
    for (let p = 0; p < n; p++) {
      const v = net.topo[p] as number;
      const ct = net.cType[v] as number;
      const date = net.cDate[v] as number;
      this.kind[p] = net.kind[v] as number;
      this.durations[p] = net.dur[v] as number;
      if (net.kind[v] === LEAF) leaves.push(p);
      // As in the scheduler: a start-no-earlier-than date replaces the project start as the floor.
      this.startFloor[p] = ct === SNET || ct === MSO ? up(date) : ct === MFO ? NEG : start;
      this.finishFloor[p] = ct === FNET || ct === MFO ? up(date) : NEG;
      // An OPEN node takes no caps (its late dates are its first child's).
      const open = net.kind[v] === OPEN;
      // A started task's pin places what happened; as in the scheduler, it caps no late date.
      const capless = open || net.progress[v] === STARTED;
      this.startCap[p] = !capless && (ct === SNLT || ct === MSO) ? down(date) : INF;
      let cap = !capless && (ct === FNLT || ct === MFO) ? down(date) : INF;
      if (!open && !Number.isNaN(net.deadline[v])) cap = Math.min(cap, down(net.deadline[v] as number));
      this.finishCap[p] = cap;
    }
    this.leaves = Int32Array.from(leaves);
    this.finishers = this.leaves.filter((p) => {
      const v = net.topo[p] as number;
      for (let x = net.succStart[v] as number; x < (net.succStart[v + 1] as number); x++) {
        const e = net.succEdge[x] as number;
        const to = net.eTo[e] as number;
        const pinned = net.cType[to] === MSO || net.cType[to] === MFO;
        const working = net.eLagKind[e] === LAG_WORK && (net.eLag[e] as number) >= 0;
        if (net.eType[e] === FS && working && net.kind[to] === LEAF && !pinned) return false;
      }
      return true;
    });

    // Links into each position: start side in the slots, then the rest of the start side, then the
    // finish side (where a ROLLUP counts).
    const startSide = (type: number) => type === FS || type === SS || type === PARENT;
    const readsFinish = (type: number) => type === FS || type === FF || type === ROLLUP;
    this.fRun = new Int32Array(2 * n + 1);
    this.fFrom = new Int32Array(SLOTS * n + m).fill(this.none, 0, SLOTS * n);
    this.fCode = new Int32Array(SLOTS * n + m);
    const share: number[] = [];
    const source: number[] = [];
    const forwardSlot: number[] = [];
    const backwardSlot: number[] = [];
    const percentOf = new Map<number, number>();
    const place = (e: number, k: number) => {
      const type = net.eType[e] as number;
      const i = pos[net.eFrom[e] as number] as number;
      this.fFrom[k] = 2 * i + (readsFinish(type) ? 1 : 0);
      const lag = net.eLag[e] as number;
      if (net.eLagKind[e] === LAG_PERCENT && lag !== 0) {
        percentOf.set(e, share.length);
        share.push(lag);
        source.push(i);
        forwardSlot.push(k);
        backwardSlot.push(-1);
      } else this.fCode[k] = forwardCode(lag);
    };
    const pinned = (v: number) => net.cType[v] === MSO || net.cType[v] === MFO;
    let k = SLOTS * n;
    for (let p = 0; p < n; p++) {
      const v = net.topo[p] as number;
      let slot = 0;
      this.fRun[2 * p] = k;
      for (let e = net.predStart[v] as number; e < (net.predStart[v + 1] as number) && !pinned(v); e++) {
        if (!startSide(net.eType[e] as number)) continue;
        if (slot < SLOTS) place(e, SLOTS * p + slot++);
        else place(e, k++);
      }
      this.fRun[2 * p + 1] = k;
      for (let e = net.predStart[v] as number; e < (net.predStart[v + 1] as number) && !pinned(v); e++) {
        if (!startSide(net.eType[e] as number)) place(e, k++);
      }
    }
    this.fRun[2 * n] = k;
    // A pinned task's links come after every run: no pass reads them, but their percent lags are recoded.
    for (let v = 0; v < n; v++) {
      if (!pinned(v)) continue;
      for (let e = net.predStart[v] as number; e < (net.predStart[v + 1] as number); e++) place(e, k++);
    }

    // Links out of each position: SS, SF, PARENT (an OPEN node's late start is its children's) and
    // a ROLLUP's start bound cap the start; FS, FF and a ROLLUP's finish the finish.
    this.bRun = new Int32Array(2 * n + 1);
    this.bTo = new Int32Array(m + n);
    this.bCode = new Int32Array(m + n);
    let l = 0;
    for (let p = 0; p < n; p++) {
      const v = net.topo[p] as number;
      for (const side of [true, false]) {
        this.bRun[2 * p + (side ? 0 : 1)] = l;
        for (let x = net.succStart[v] as number; x < (net.succStart[v + 1] as number); x++) {
          const e = net.succEdge[x] as number;
          const type = net.eType[e] as number;
          const j = pos[net.eTo[e] as number] as number;
          if (type === ROLLUP) {
            this.bTo[l++] = 2 * j + (side ? 0 : 1);
            continue;
          }
          const capsStart = type === SS || type === SF || type === PARENT;
          if (capsStart !== side) continue;
          this.bTo[l] = 2 * j + (type === FF || type === SF ? 1 : 0);
          const percent = percentOf.get(e);
          if (percent === undefined) this.bCode[l] = backwardCode(net.eLag[e] as number);
          else backwardSlot[percent] = l;
          l++;
        }
      }
    }
    this.bRun[2 * n] = l;
    this.percentShare = Float64Array.from(share);
    this.percentSource = Int32Array.from(source);
    this.percentForward = Int32Array.from(forwardSlot);
    this.percentBackward = Int32Array.from(backwardSlot);

    this.traced = trace;
    this.mark = new Int32Array(n);
    this.stack = new Int32Array(n);
    this.found = new Int32Array(n);
  }

  evaluate(): void {
    const {
      percentShare,
      percentSource,
      percentForward,
      percentBackward,
      durations: dur,
      fCode,
      bCode,
    } = this;
    for (let q = 0; q < percentShare.length; q++) {
      const lag = Math.round((percentShare[q] as number) * (dur[percentSource[q] as number] as number));
      fCode[percentForward[q] as number] = (2 * lag) | 1;
      bCode[percentBackward[q] as number] = (-2 * lag) | 1;
    }
    this.forward();
    const { finishers, early } = this;
    // As in the scheduler: the latest leaf finish, not floored at the project start.
    let key = NEG;
    for (let q = 0; q < finishers.length; q++) {
      const f = early[2 * (finishers[q] as number) + 1] as number;
      if (f > key) key = f;
    }
    this.finishKey = finishers.length === 0 ? this.startKey : key;
    if (this.traced) this.trace();
    else this.backward();
  }

  projectFinish(): number {
    return this.axis.dec(this.finishKey);
  }

  finish(node: number): number {
    return this.axis.dec(this.early[2 * (this.pos[node] as number) + 1] as number);
  }

  finishes(nodes: Int32Array, out: Float64Array, at: number): void {
    for (let k = 0; k < nodes.length; k++) out[at + k] = this.finish(nodes[k] as number);
  }

  critical(node: number): boolean {
    const p = this.pos[node] as number;
    if (this.traced) return this.mark[p] === this.stamp;
    return minuteOf(this.late[2 * p + 1] as number) - minuteOf(this.early[2 * p + 1] as number) <= 0;
  }

  countCritical(slot: Int32Array, counts: Uint32Array): void {
    const { topo, leaves, late, early, found } = this;
    if (this.traced) {
      for (let q = 0; q < this.foundCount; q++) {
        const k = slot[topo[found[q] as number] as number] as number;
        if (k >= 0) counts[k] = (counts[k] as number) + 1;
      }
      return;
    }
    for (let q = 0; q < leaves.length; q++) {
      const p = leaves[q] as number;
      const k = slot[topo[p] as number] as number;
      if (k >= 0 && minuteOf(late[2 * p + 1] as number) - minuteOf(early[2 * p + 1] as number) <= 0) {
        counts[k] = (counts[k] as number) + 1;
      }
    }
  }

  private forward(): void {
    const { n, early, kind, durations: dur, startFloor, finishFloor, fRun, fFrom, fCode } = this;
    // The latest finish and earliest start of any task: the first key past ±RANGE is exact here.
    let high = NEG;
    let low = INF;
    for (let p = 0; p < n; p++) {
      const first = fRun[2 * p] as number;
      const middle = fRun[2 * p + 1] as number;
      const last = fRun[2 * p + 2] as number;
      if (kind[p] === CLOSE) {
        // A summary spans its children: all its links are ROLLUPs, read at the child's finish.
        let s = INF;
        let f = NEG;
        for (let k = middle; k < last; k++) {
          const at = fFrom[k] as number;
          if ((early[at - 1] as number) < s) s = early[at - 1] as number;
          if ((early[at] as number) > f) f = early[at] as number;
        }
        early[2 * p] = s;
        early[2 * p + 1] = f;
        continue;
      }
      const b = SLOTS * p;
      let s = startFloor[p] as number;
      let c = forwardCandidate(early[fFrom[b] as number] as number, fCode[b] as number);
      if (c > s) s = c;
      c = forwardCandidate(early[fFrom[b + 1] as number] as number, fCode[b + 1] as number);
      if (c > s) s = c;
      c = forwardCandidate(early[fFrom[b + 2] as number] as number, fCode[b + 2] as number);
      if (c > s) s = c;
      for (let k = first; k < middle; k++) {
        c = forwardCandidate(early[fFrom[k] as number] as number, fCode[k] as number);
        if (c > s) s = c;
      }
      if (kind[p] === OPEN) {
        early[2 * p] = s;
        early[2 * p + 1] = s;
        continue;
      }
      let f = finishFloor[p] as number;
      for (let k = middle; k < last; k++) {
        c = forwardCandidate(early[fFrom[k] as number] as number, fCode[k] as number);
        if (c > f) f = c;
      }
      const d = dur[p] as number;
      let es: number;
      let ef: number;
      if (d === 0) {
        es = Math.max(s, f);
        ef = es;
      } else {
        let w = minuteOf(s);
        const byFinish = minuteOf(f) - d;
        if (byFinish > w) w = byFinish;
        es = 2 * w;
        ef = 2 * (w + d) - 1;
      }
      early[2 * p] = es;
      early[2 * p + 1] = ef;
      if (ef > high) high = ef;
      if (es < low) low = es;
    }
    if (high > RANGE || low < -RANGE) {
      // Beyond the calendar's years: decoding fails with the calendar's error, as the Scheduler's would.
      this.axis.dec(high > RANGE ? high : low);
      throw new RangeError("the forecast left the calendar's years");
    }
  }

  private backward(): void {
    const { n, late, kind, durations: dur, startCap, finishCap, bRun, bTo, bCode, finishKey } = this;
    // The earliest late date: the first key past −RANGE is exact here.
    let low = INF;
    for (let p = n - 1; p >= 0; p--) {
      const first = bRun[2 * p] as number;
      const middle = bRun[2 * p + 1] as number;
      const last = bRun[2 * p + 2] as number;
      let s = startCap[p] as number;
      for (let k = first; k < middle; k++) {
        const c = backwardCandidate(late[bTo[k] as number] as number, bCode[k] as number);
        if (c < s) s = c;
      }
      if (kind[p] === OPEN) {
        late[2 * p] = s;
        late[2 * p + 1] = s;
        continue;
      }
      let f = finishCap[p] as number;
      if (finishKey < f) f = finishKey;
      for (let k = middle; k < last; k++) {
        const c = backwardCandidate(late[bTo[k] as number] as number, bCode[k] as number);
        if (c < f) f = c;
      }
      const d = dur[p] as number;
      let ls = s;
      let lf = f;
      if (kind[p] === LEAF && d === 0) {
        ls = Math.min(s, f);
        lf = ls;
      } else if (kind[p] === LEAF) {
        let w = minuteOf(f);
        const byStart = minuteOf(s) + d;
        if (byStart < w) w = byStart;
        lf = 2 * w - 1;
        ls = 2 * (w - d);
      }
      late[2 * p] = ls;
      late[2 * p + 1] = lf;
      if (ls < low) low = ls;
      if (lf < low) low = lf;
    }
    if (low < -RANGE) {
      // A late date centuries before the calendar's years, which the Scheduler refuses too.
      this.axis.dec(low);
      throw new RangeError("the forecast left the calendar's years");
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
    const { finishers, early, mark, stack, found, kind, fRun, fFrom, fCode, none } = this;
    const stamp = ++this.stamp;
    const end = minuteOf(this.finishKey);
    let top = 0;
    for (let q = 0; q < finishers.length; q++) {
      const p = finishers[q] as number;
      if (minuteOf(early[2 * p + 1] as number) === end) {
        mark[p] = stamp;
        stack[top++] = p;
      }
    }
    // Pushes the source of link k when the link is tight, i.e. lands on `minute`.
    const follow = (k: number, minute: number) => {
      const at = fFrom[k] as number;
      const i = at >> 1;
      if (
        mark[i] !== stamp &&
        minuteOf(forwardCandidate(early[at] as number, fCode[k] as number)) === minute
      ) {
        mark[i] = stamp;
        stack[top++] = i;
      }
    };
    let count = 0;
    while (top > 0) {
      const j = stack[--top] as number;
      if (kind[j] === LEAF) found[count++] = j;
      const startMinute = minuteOf(early[2 * j] as number);
      for (let k = SLOTS * j; k < SLOTS * (j + 1) && fFrom[k] !== none; k++) follow(k, startMinute);
      const middle = fRun[2 * j + 1] as number;
      for (let k = fRun[2 * j] as number; k < middle; k++) follow(k, startMinute);
      const finishMinute = minuteOf(early[2 * j + 1] as number);
      for (let k = middle; k < (fRun[2 * j + 2] as number); k++) follow(k, finishMinute);
    }
    this.foundCount = count;
  }
}
