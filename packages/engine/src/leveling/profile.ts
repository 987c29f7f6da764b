import { EPS, type Instance } from "./instance.js";

/**
 * Free capacity over time of every resource: capacity minus the fixed activities, minus what the
 * activities placed since the last `reset` use. Two implementations with the same contract: a
 * period array when the horizon is small (PSPLIB) and a step function of sorted breakpoints when it
 * is huge (working minutes of a long plan).
 */
export interface Profile {
  /** Back to capacity minus the fixed activities. */
  reset(): void;
  /** The earliest start ≥ `t` at which activity `a` fits, or NaN if it never fits from `t` on. */
  earliest(a: number, t: number): number;
  /** The latest start ≤ `t` and ≥ `lo` at which activity `a` fits, or NaN. */
  latest(a: number, t: number, lo: number): number;
  /** Books activity `a` from `t` (even where it over-allocates). */
  add(a: number, t: number): void;
}

/** Capacity minus fixed activities as a step function: segment i is [st[i], st[i + 1]), st[0] = -∞. */
export interface BaseSteps {
  st: Float64Array;
  /** Free capacity, segment-major: `fv[i * resourceCount + r]`. */
  fv: Float64Array;
  m: number;
}

export function baseSteps(inst: Instance): BaseSteps {
  const R = inst.resourceCount;
  const points = new Set<number>();
  for (const times of inst.capTimes) for (let i = 1; i < times.length; i++) points.add(times[i] as number);
  for (let a = 0; a < inst.n; a++) {
    if (!inst.isFixed[a] || !inst.needsCapacity[a]) continue;
    points.add(inst.fixed[a] as number);
    points.add((inst.fixed[a] as number) + (inst.dur[a] as number));
  }
  const sorted = [...points].sort((x, y) => x - y);
  const m = sorted.length + 1;
  const st = new Float64Array(m);
  st[0] = Number.NEGATIVE_INFINITY;
  st.set(sorted, 1);
  const fv = new Float64Array(m * R);
  for (let r = 0; r < R; r++) {
    const times = inst.capTimes[r] as Float64Array;
    const values = inst.capValues[r] as Float64Array;
    let c = 0;
    for (let i = 0; i < m; i++) {
      while (c + 1 < times.length && (times[c + 1] as number) <= (st[i] as number)) c++;
      fv[i * R + r] = values[c] as number;
    }
  }
  for (let a = 0; a < inst.n; a++) {
    if (!inst.isFixed[a] || !inst.needsCapacity[a]) continue;
    const s = inst.fixed[a] as number;
    const e = s + (inst.dur[a] as number);
    for (let i = findSegment(st, m, s); i < m && (st[i] as number) < e; i++) {
      for (let k = inst.demStart[a] as number; k < (inst.demStart[a + 1] as number); k++) {
        const idx = i * R + (inst.demRes[k] as number);
        fv[idx] = (fv[idx] as number) - (inst.demUnits[k] as number);
      }
    }
  }
  return { st, fv, m };
}

/** The largest i < m with st[i] ≤ t (st[0] = -∞). */
function findSegment(st: Float64Array, m: number, t: number): number {
  let lo = 0;
  let hi = m - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((st[mid] as number) <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Per activity, the latest finish of any window that can hold it: +∞ when the free capacity that
 * holds forever covers its demands, else where that final too-small stretch begins.
 */
function endLimits(inst: Instance, base: BaseSteps): Float64Array {
  const R = inst.resourceCount;
  const limit = new Float64Array(inst.n).fill(Number.POSITIVE_INFINITY);
  for (let a = 0; a < inst.n; a++) {
    for (let k = inst.demStart[a] as number; k < (inst.demStart[a + 1] as number); k++) {
      const r = inst.demRes[k] as number;
      const u = inst.demUnits[k] as number;
      let i = base.m - 1;
      if ((base.fv[i * R + r] as number) + EPS >= u) continue;
      while (i > 0 && (base.fv[(i - 1) * R + r] as number) + EPS < u) i--;
      limit[a] = Math.min(limit[a] as number, base.st[i] as number);
    }
  }
  return limit;
}

/** Cells (periods × resources) up to which the period array is used. */
const DENSE_CELLS = 1 << 21;

export function createProfile(inst: Instance, base = baseSteps(inst), forceSteps = false): Profile {
  const cells = (inst.tHi - inst.tLo) * inst.resourceCount;
  return cells <= DENSE_CELLS && !forceSteps ? new PeriodProfile(inst, base) : new StepProfile(inst, base);
}

/**
 * Free capacity per period, resource-major (`free[r * periods + t - origin]`). A demand's check is
 * one tight scan of its resource's row; on a conflict the window jumps past it and the same
 * demand is checked again on the new part only, then the others, until all agree on one start.
 */
export class PeriodProfile implements Profile {
  private readonly free: Float64Array;
  private readonly base: Float64Array;
  private readonly periods: number;
  private readonly resourceCount: number;
  private readonly origin: number;
  private readonly limit: Float64Array;
  private readonly dur: Float64Array;
  private readonly demStart: Int32Array;
  /** Per demand: the offset of its resource's row minus the origin, so `free[rowOf[k] + t]`. */
  private readonly rowOf: Int32Array;
  /** Per demand: its units less the tolerance (`free >= need` means it fits). */
  private readonly need: Float64Array;
  private readonly units: Float64Array;
  /** Periods [dirtyLo, dirtyHi) (relative to the origin) differ from the base in some row. */
  private dirtyLo: number;
  private dirtyHi = 0;

  constructor(inst: Instance, steps: BaseSteps) {
    const R = inst.resourceCount;
    const periods = inst.tHi - inst.tLo;
    this.periods = periods;
    this.resourceCount = R;
    this.origin = inst.tLo;
    this.base = new Float64Array(Math.max(1, periods * R));
    let seg = findSegment(steps.st, steps.m, inst.tLo);
    for (let p = 0; p < periods; p++) {
      const t = p + inst.tLo;
      while (seg + 1 < steps.m && (steps.st[seg + 1] as number) <= t) seg++;
      for (let r = 0; r < R; r++) this.base[r * periods + p] = steps.fv[seg * R + r] as number;
    }
    this.free = this.base.slice();
    this.dirtyLo = periods;
    const limit = endLimits(inst, steps);
    for (let a = 0; a < inst.n; a++) limit[a] = Math.min(limit[a] as number, inst.tHi);
    this.limit = limit;
    this.dur = inst.dur;
    this.demStart = inst.demStart;
    const K = inst.demRes.length;
    this.rowOf = new Int32Array(K);
    this.need = new Float64Array(K);
    for (let k = 0; k < K; k++) {
      this.rowOf[k] = (inst.demRes[k] as number) * periods - inst.tLo;
      this.need[k] = (inst.demUnits[k] as number) - EPS;
    }
    this.units = inst.demUnits;
  }

  reset(): void {
    const lo = this.dirtyLo;
    const hi = this.dirtyHi;
    if (hi > lo) {
      for (let r = 0; r < this.resourceCount; r++) {
        const off = r * this.periods;
        this.free.set(this.base.subarray(off + lo, off + hi), off + lo);
      }
    }
    this.dirtyLo = this.periods;
    this.dirtyHi = 0;
  }

  earliest(a: number, t: number): number {
    const d = this.dur[a] as number;
    const lim = this.limit[a] as number;
    const k0 = this.demStart[a] as number;
    const k1 = this.demStart[a + 1] as number;
    const nd = k1 - k0;
    const free = this.free;
    const rowOf = this.rowOf;
    const needs = this.need;
    let s = t;
    let ok = 0;
    let k = k0;
    let known = s; // demand k fits in [s, known)
    for (;;) {
      const end = s + d;
      if (end > lim) return Number.NaN;
      const row = rowOf[k] as number;
      const need = needs[k] as number;
      const stop = Math.max(known, s);
      let tau = end - 1;
      while (tau >= stop && (free[row + tau] as number) >= need) tau--;
      if (tau >= stop) {
        known = end;
        s = tau + 1;
        ok = 0;
        continue;
      }
      if (++ok === nd) return s;
      k = k + 1 === k1 ? k0 : k + 1;
      known = s;
    }
  }

  latest(a: number, t: number, lo: number): number {
    const d = this.dur[a] as number;
    const k0 = this.demStart[a] as number;
    const k1 = this.demStart[a + 1] as number;
    const nd = k1 - k0;
    const free = this.free;
    const rowOf = this.rowOf;
    const needs = this.need;
    let s = t;
    let ok = 0;
    let k = k0;
    let known = s + d; // demand k fits in [known, s + d)
    for (;;) {
      if (s < lo) return Number.NaN;
      const end = s + d;
      const row = rowOf[k] as number;
      const need = needs[k] as number;
      const stop = Math.min(known, end);
      let tau = s;
      while (tau < stop && (free[row + tau] as number) >= need) tau++;
      if (tau < stop) {
        known = s;
        s = tau - d;
        ok = 0;
        continue;
      }
      if (++ok === nd) return s;
      k = k + 1 === k1 ? k0 : k + 1;
      known = end;
    }
  }

  add(a: number, t: number): void {
    const d = this.dur[a] as number;
    const k0 = this.demStart[a] as number;
    const k1 = this.demStart[a + 1] as number;
    if (d <= 0 || k0 === k1) return;
    const free = this.free;
    const lo = t - this.origin;
    const hi = lo + d;
    if (lo < this.dirtyLo) this.dirtyLo = lo;
    if (hi > this.dirtyHi) this.dirtyHi = hi;
    for (let k = k0; k < k1; k++) {
      const u = this.units[k] as number;
      const row = this.rowOf[k] as number;
      const last = row + t + d;
      for (let i = row + t; i < last; i++) free[i] = (free[i] as number) - u;
    }
  }
}

/** Free capacity as a step function with sorted breakpoints, for horizons too long for a period array. */
export class StepProfile implements Profile {
  private st: Float64Array;
  private fv: Float64Array;
  private m: number;
  private readonly base: BaseSteps;
  private readonly R: number;
  private readonly limit: Float64Array;
  private readonly inst: Instance;

  constructor(inst: Instance, base: BaseSteps) {
    this.inst = inst;
    this.base = base;
    this.R = inst.resourceCount;
    const cap = base.m + 2 * inst.n + 2;
    this.st = new Float64Array(cap);
    this.fv = new Float64Array(cap * Math.max(1, this.R));
    this.m = 0;
    this.limit = endLimits(inst, base);
    this.reset();
  }

  reset(): void {
    this.st.set(this.base.st);
    this.fv.set(this.base.fv);
    this.m = this.base.m;
  }

  private fits(a: number, seg: number): boolean {
    const { demStart, demRes, demUnits } = this.inst;
    const row = seg * this.R;
    for (let k = demStart[a] as number; k < (demStart[a + 1] as number); k++) {
      if ((this.fv[row + (demRes[k] as number)] as number) + EPS < (demUnits[k] as number)) return false;
    }
    return true;
  }

  earliest(a: number, t: number): number {
    const d = this.inst.dur[a] as number;
    const lim = this.limit[a] as number;
    const st = this.st;
    let s = t;
    let i = findSegment(st, this.m, s);
    for (;;) {
      const end = s + d;
      if (end > lim) return Number.NaN;
      let conflict = -1;
      for (let j = i; j < this.m && (st[j] as number) < end; j++) {
        if (!this.fits(a, j)) {
          conflict = j;
          break;
        }
      }
      if (conflict < 0) return s;
      if (conflict + 1 >= this.m) return Number.NaN;
      i = conflict + 1;
      s = st[i] as number;
    }
  }

  latest(a: number, t: number, lo: number): number {
    const d = this.inst.dur[a] as number;
    const st = this.st;
    let s = t;
    for (;;) {
      if (s < lo) return Number.NaN;
      const end = s + d;
      let conflict = -1;
      for (let j = findSegment(st, this.m, s); j < this.m && (st[j] as number) < end; j++) {
        if (!this.fits(a, j)) {
          conflict = j;
          break;
        }
      }
      if (conflict < 0) return s;
      s = (st[conflict] as number) - d;
    }
  }

  /** Makes `t` a breakpoint; returns its segment. */
  private split(t: number): number {
    const i = findSegment(this.st, this.m, t);
    if (this.st[i] === t) return i;
    const R = this.R;
    const j = i + 1;
    this.st.copyWithin(j + 1, j, this.m);
    this.fv.copyWithin((j + 1) * R, j * R, this.m * R);
    this.st[j] = t;
    this.fv.copyWithin(j * R, i * R, j * R);
    this.m++;
    return j;
  }

  add(a: number, t: number): void {
    const { dur, demStart, demRes, demUnits } = this.inst;
    const d = dur[a] as number;
    if (d <= 0 || demStart[a] === demStart[a + 1]) return;
    const first = this.split(t);
    this.split(t + d);
    const R = this.R;
    for (let j = first; j < this.m && (this.st[j] as number) < t + d; j++) {
      for (let k = demStart[a] as number; k < (demStart[a + 1] as number); k++) {
        const idx = j * R + (demRes[k] as number);
        this.fv[idx] = (this.fv[idx] as number) - (demUnits[k] as number);
      }
    }
  }
}
