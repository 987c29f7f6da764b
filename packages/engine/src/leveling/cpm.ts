import { EPS, type Instance } from "./instance.js";
import type { BaseSteps } from "./profile.js";

/** Early and late starts ignoring resources: the unconstrained critical-path schedule of the problem. */
export interface Cpm {
  es: Float64Array;
  ls: Float64Array;
  /** The project finish of the early schedule (the critical-path bound). */
  length: number;
}

export function criticalPath(inst: Instance): Cpm {
  const { n, topo, dur, release, fixed, isFixed, predStart, predFrom, predLag, succStart, succTo, succLag } =
    inst;
  const es = new Float64Array(n);
  let length = n === 0 ? 0 : Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const a = topo[i] as number;
    let t: number;
    if (isFixed[a]) t = fixed[a] as number;
    else {
      t = release[a] as number;
      for (let k = predStart[a] as number; k < (predStart[a + 1] as number); k++) {
        const v = (es[predFrom[k] as number] as number) + (predLag[k] as number);
        if (v > t) t = v;
      }
    }
    es[a] = t;
    length = Math.max(length, t + (dur[a] as number));
  }
  const ls = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const a = topo[i] as number;
    if (isFixed[a]) {
      ls[a] = fixed[a] as number;
      continue;
    }
    let t = length - (dur[a] as number);
    for (let k = succStart[a] as number; k < (succStart[a + 1] as number); k++) {
      const b = succTo[k] as number;
      if (isFixed[b]) continue;
      const v = (ls[b] as number) - (succLag[k] as number);
      if (v < t) t = v;
    }
    ls[a] = t;
  }
  return { es, ls, length };
}

/**
 * A lower bound on the makespan: the critical path, and per resource the energy bound (the free
 * activities' work must fit into the capacity the fixed activities leave, from the earliest start
 * of any of them).
 */
export function lowerBound(inst: Instance, cpm: Cpm, base: BaseSteps): number {
  let lb = cpm.length;
  const R = inst.resourceCount;
  for (let r = 0; r < R; r++) {
    let energy = 0;
    let from = Number.POSITIVE_INFINITY;
    for (let a = 0; a < inst.n; a++) {
      if (inst.isFixed[a] || !inst.needsCapacity[a]) continue;
      for (let k = inst.demStart[a] as number; k < (inst.demStart[a + 1] as number); k++) {
        if (inst.demRes[k] !== r) continue;
        energy += (inst.dur[a] as number) * (inst.demUnits[k] as number);
        from = Math.min(from, cpm.es[a] as number);
      }
    }
    if (energy <= EPS) continue;
    let t = from;
    let left = energy;
    for (let i = 0; i < base.m && left > EPS; i++) {
      const segEnd = i + 1 < base.m ? (base.st[i + 1] as number) : Number.POSITIVE_INFINITY;
      if (segEnd <= t) continue;
      const v = Math.max(0, base.fv[i * R + r] as number);
      if (v <= EPS) {
        t = segEnd;
        continue;
      }
      const need = left / v;
      if (t + need <= segEnd) {
        t = Math.ceil(t + need - 1e-7);
        left = 0;
      } else {
        left -= (segEnd - t) * v;
        t = segEnd;
      }
    }
    if (left <= EPS && t > lb) lb = t;
  }
  return lb;
}
