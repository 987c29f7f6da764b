import type { Instance } from "./instance.js";
import type { Profile } from "./profile.js";

/**
 * The serial schedule-generation scheme, forward and backward, on one reusable profile: no
 * allocation per schedule.
 *
 * Forward: activities in list order (precedence-feasible), each at the earliest time ≥ its release
 * and its predecessors' starts plus lags where it fits the free capacity; fixed activities stay
 * where they are (the profile already holds them). Every placement lies in the instance's
 * [tLo, tHi): by induction over the list, an activity starts no later than the latest finish
 * placed so far (or the time from which capacity no longer changes) plus its largest incoming lag,
 * since the free capacity that holds from there on covers its demands.
 *
 * Backward: activities in an order where successors come first, each at the latest time ≤ the
 * deadline minus its duration and its successors' starts minus lags where it fits.
 */
export class Sgs {
  readonly inst: Instance;
  readonly profile: Profile;
  /** Serial passes run so far. */
  schedules = 0;
  /** Activities the last forward pass placed ignoring resources (see `latestStart`). */
  unresolved = 0;
  /** Per activity, 1 when the last forward pass left it unresolved. */
  readonly flag: Uint8Array;
  /** Earliest start by release and fixed predecessors: the floor of the backward pass. */
  private readonly floor: Float64Array;
  private readonly fixedFinish: number;
  private readonly heap: Int32Array;
  private readonly count: Int32Array;

  constructor(inst: Instance, profile: Profile) {
    this.inst = inst;
    this.profile = profile;
    const n = inst.n;
    this.flag = new Uint8Array(n);
    this.heap = new Int32Array(n);
    this.count = new Int32Array(n);
    this.floor = new Float64Array(n);
    let fixedFinish = Number.NEGATIVE_INFINITY;
    for (let a = 0; a < n; a++) {
      if (inst.isFixed[a]) {
        fixedFinish = Math.max(fixedFinish, (inst.fixed[a] as number) + (inst.dur[a] as number));
        continue;
      }
      let f = inst.release[a] as number;
      for (let k = inst.predStart[a] as number; k < (inst.predStart[a + 1] as number); k++) {
        const p = inst.predFrom[k] as number;
        if (inst.isFixed[p]) f = Math.max(f, (inst.fixed[p] as number) + (inst.predLag[k] as number));
      }
      this.floor[a] = f;
    }
    this.fixedFinish = fixedFinish;
  }

  /**
   * Decodes a precedence-feasible list of all activities into `start`; returns the makespan. An
   * activity that fits nowhere, or not by its latest start, is placed at its earliest start
   * regardless of resources, flagged and counted in `unresolved`.
   */
  forward(list: Int32Array, start: Float64Array): number {
    const inst = this.inst;
    const { dur, release, isFixed, fixed, latest, predStart, predFrom, predLag, needsCapacity } = inst;
    const profile = this.profile;
    const n = inst.n;
    this.schedules++;
    profile.reset();
    if (this.unresolved > 0) this.flag.fill(0);
    this.unresolved = 0;
    let ms = n === 0 ? 0 : this.fixedFinish;
    for (let i = 0; i < n; i++) {
      const a = list[i] as number;
      if (isFixed[a]) {
        start[a] = fixed[a] as number;
        continue;
      }
      let es = release[a] as number;
      for (let k = predStart[a] as number; k < (predStart[a + 1] as number); k++) {
        const v = (start[predFrom[k] as number] as number) + (predLag[k] as number);
        if (v > es) es = v;
      }
      let s = es;
      if (needsCapacity[a]) {
        s = profile.earliest(a, es);
        if (!(s <= (latest[a] as number))) {
          s = es;
          this.flag[a] = 1;
          this.unresolved++;
        }
        profile.add(a, s);
      }
      start[a] = s;
      const f = s + (dur[a] as number);
      if (f > ms) ms = f;
    }
    return ms;
  }

  /**
   * Places the activities of `order` (successors first) as late as possible with every finish ≤
   * `deadline`, into `start`. False when some activity cannot be placed above its floor (possible
   * only with lags shorter than the predecessor's duration); `start` is then garbage.
   */
  backward(order: Int32Array, deadline: number, start: Float64Array): boolean {
    const inst = this.inst;
    const { dur, isFixed, fixed, latest, succStart, succTo, succLag, needsCapacity } = inst;
    const floor = this.floor;
    const profile = this.profile;
    const n = inst.n;
    this.schedules++;
    profile.reset();
    for (let i = 0; i < n; i++) {
      const a = order[i] as number;
      if (isFixed[a]) {
        start[a] = fixed[a] as number;
        continue;
      }
      let ub = deadline - (dur[a] as number);
      for (let k = succStart[a] as number; k < (succStart[a + 1] as number); k++) {
        const b = succTo[k] as number;
        if (isFixed[b]) continue;
        const v = (start[b] as number) - (succLag[k] as number);
        if (v < ub) ub = v;
      }
      const l = latest[a] as number;
      if (l < ub) ub = l;
      let s = ub;
      if (needsCapacity[a]) {
        s = profile.latest(a, ub, floor[a] as number);
        if (Number.isNaN(s)) return false;
        profile.add(a, s);
      } else if (s < (floor[a] as number)) return false;
      start[a] = s;
    }
    return true;
  }

  /**
   * A precedence-feasible list of all activities: among those whose predecessors are all listed,
   * the smallest `key` first (ties: lowest index).
   */
  orderForward(key: Float64Array, out: Int32Array): void {
    const { n, predStart, succStart, succTo } = this.inst;
    const count = this.count;
    const heap = this.heap;
    let size = 0;
    for (let a = 0; a < n; a++) {
      const c = (predStart[a + 1] as number) - (predStart[a] as number);
      count[a] = c;
      if (c === 0) size = push(heap, size, a, key, 1);
    }
    for (let i = 0; i < n; i++) {
      const a = heap[0] as number;
      size = pop(heap, size, key, 1);
      out[i] = a;
      for (let k = succStart[a] as number; k < (succStart[a + 1] as number); k++) {
        const b = succTo[k] as number;
        const c = (count[b] as number) - 1;
        count[b] = c;
        if (c === 0) size = push(heap, size, b, key, 1);
      }
    }
  }

  /**
   * An order for the backward pass: among activities whose successors are all listed, the largest
   * `start + duration` first (ties: highest index).
   */
  orderBackward(start: Float64Array, finish: Float64Array, out: Int32Array): void {
    const { n, predStart, predFrom, succStart, dur } = this.inst;
    for (let a = 0; a < n; a++) finish[a] = (start[a] as number) + (dur[a] as number);
    const count = this.count;
    const heap = this.heap;
    let size = 0;
    for (let a = 0; a < n; a++) {
      const c = (succStart[a + 1] as number) - (succStart[a] as number);
      count[a] = c;
      if (c === 0) size = push(heap, size, a, finish, -1);
    }
    for (let i = 0; i < n; i++) {
      const a = heap[0] as number;
      size = pop(heap, size, finish, -1);
      out[i] = a;
      for (let k = predStart[a] as number; k < (predStart[a + 1] as number); k++) {
        const b = predFrom[k] as number;
        const c = (count[b] as number) - 1;
        count[b] = c;
        if (c === 0) size = push(heap, size, b, finish, -1);
      }
    }
  }
}

/** True when x goes before y: smaller `sign * key`, then smaller `sign * index`. */
function before(x: number, y: number, key: Float64Array, sign: number): boolean {
  const kx = (key[x] as number) * sign;
  const ky = (key[y] as number) * sign;
  return kx < ky || (kx === ky && x * sign < y * sign);
}

function push(heap: Int32Array, size: number, a: number, key: Float64Array, sign: number): number {
  let i = size;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const p = heap[parent] as number;
    if (!before(a, p, key, sign)) break;
    heap[i] = p;
    i = parent;
  }
  heap[i] = a;
  return size + 1;
}

function pop(heap: Int32Array, size: number, key: Float64Array, sign: number): number {
  const last = heap[size - 1] as number;
  const n = size - 1;
  let i = 0;
  for (;;) {
    let c = 2 * i + 1;
    if (c >= n) break;
    if (c + 1 < n && before(heap[c + 1] as number, heap[c] as number, key, sign)) c++;
    if (!before(heap[c] as number, last, key, sign)) break;
    heap[i] = heap[c] as number;
    i = c;
  }
  if (n > 0) heap[i] = last;
  return n;
}
