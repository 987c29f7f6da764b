import { Rng } from "../forecast/rng.js";
import type { Justifier } from "./justify.js";
import type { RegretSampler } from "./priority-rules.js";

/**
 * Justification rounds per child (fewer once a round no longer shortens the schedule). Two did
 * better than one or eight on hard j60 instances at 50,000 schedules.
 */
const FBI_ROUNDS = 2;
/** Per-position probability of the swap mutation. */
const MUTATION = 0.05;
/** Generations without a new best before the population restarts around the best. */
const RESTART_AFTER = 30;
/** Windows tried per peak crossover when looking for the mother's busiest stretch. */
const PEAK_TRIES = 6;

export interface SearchLimits {
  /** Stop once the score reaches this (the lower bound). */
  target: number;
  maxSchedules: number;
  /** Absolute clock deadline, with the clock; both undefined when there is no clock budget. */
  deadline?: number | undefined;
  now?: (() => number) | undefined;
  seed: number;
  population: number;
}

export interface SearchResult {
  list: Int32Array;
  score: number;
  stoppedBy: "lower-bound" | "schedules" | "time";
}

/**
 * A genetic algorithm on activity lists (after Hartmann 1998 and Valls, Ballestín & Quintanilla
 * 2008): every child is decoded by the serial scheme and justified (forward-backward improvement),
 * and the justified order is written back into it, so each list decodes to its schedule.
 *
 * Generational with elitism: each generation breeds as many children as the population by binary
 * tournament, peak crossover and swap mutation, then keeps the best distinct schedules among
 * parents and children (children first on ties). The peak crossover keeps the mother's busiest
 * stretch of time as it is (the activities starting in a window of high resource load, at their
 * times) and takes every other activity at its time in the father's schedule; the child's list is
 * the precedence-feasible order of those times. When the best has not improved for a while, the
 * population restarts around it. Priority-rule lists and regret-based samples make the first
 * population.
 */
export function geneticSearch(
  ev: Justifier,
  seeds: readonly Int32Array[],
  sampler: RegretSampler,
  limits: SearchLimits,
): SearchResult {
  const sgs = ev.sgs;
  const inst = sgs.inst;
  const n = inst.n;
  const P = Math.max(4, limits.population & ~1);
  const rng = new Rng(limits.seed, 0x1eed);
  const { target, maxSchedules, deadline, now } = limits;

  // Slots 0..P-1 hold the population, P..2P-1 the children of a generation.
  const lists = new Int32Array(2 * P * n);
  const starts = new Float64Array(2 * P * n);
  const scores = new Float64Array(2 * P);
  const makespans = new Float64Array(2 * P);
  const hashes = new Int32Array(2 * P);
  const best = new Int32Array(n);
  let bestScore = Number.POSITIVE_INFINITY;
  let stoppedBy: SearchResult["stoppedBy"] | undefined;

  // The clock is read once per evaluation; the search stops when one more would likely overrun.
  let lastNow = now?.() ?? 0;
  const out = (): boolean => {
    if (stoppedBy !== undefined) return true;
    if (bestScore <= target) stoppedBy = "lower-bound";
    else if (sgs.schedules >= maxSchedules) stoppedBy = "schedules";
    else if (now !== undefined && deadline !== undefined) {
      const t = now();
      if (t + (t - lastNow) >= deadline) stoppedBy = "time";
      lastNow = t;
    }
    return stoppedBy !== undefined;
  };

  /** Evaluates slot i (its list in place); false when the budget ran out first (never for the first). */
  const evaluate = (i: number): boolean => {
    if (bestScore < Number.POSITIVE_INFINITY && out()) return false;
    const list = lists.subarray(i * n, (i + 1) * n);
    const score = ev.evaluate(list, FBI_ROUNDS);
    scores[i] = score;
    makespans[i] = ev.makespan;
    starts.set(ev.start, i * n);
    hashes[i] = hashSchedule(ev.start);
    if (score < bestScore) {
      bestScore = score;
      best.set(list);
    }
    return true;
  };
  const finish = (): SearchResult => ({ list: best, score: bestScore, stoppedBy: stoppedBy ?? "schedules" });

  // First population.
  let filled = 0;
  for (const seed of seeds) {
    if (filled >= P) break;
    lists.set(seed, filled * n);
    if (!evaluate(filled)) return finish();
    filled++;
  }
  while (filled < P) {
    sampler.sample(rng, lists.subarray(filled * n, (filled + 1) * n));
    if (!evaluate(filled)) return finish();
    filled++;
  }

  // Resource load of each activity per time unit: its units over each resource's largest capacity.
  const load = new Float64Array(n);
  for (let a = 0; a < n; a++) {
    let w = 0;
    for (let k = inst.demStart[a] as number; k < (inst.demStart[a + 1] as number); k++) {
      let cap = 0;
      for (const v of inst.capValues[inst.demRes[k] as number] as Float64Array) cap = Math.max(cap, v);
      w += (inst.demUnits[k] as number) / Math.max(cap, 1e-9);
    }
    load[a] = w;
  }
  const key = new Float64Array(n);

  const tournament = (): number => {
    const x = Math.floor(rng.next() * P);
    const y = Math.floor(rng.next() * P);
    return (scores[x] as number) <= (scores[y] as number) ? x : y;
  };

  const peakCrossover = (mother: number, father: number, child: number): void => {
    const m = mother * n;
    const f = father * n;
    let first = Number.POSITIVE_INFINITY;
    for (let a = 0; a < n; a++) first = Math.min(first, starts[m + a] as number);
    const span = (makespans[mother] as number) - first;
    const len = Math.max(1, Math.round(span * (0.1 + 0.4 * rng.next())));
    let from = first;
    let most = -1;
    for (let c = 0; c < PEAK_TRIES; c++) {
      const t1 = starts[m + Math.floor(rng.next() * n)] as number;
      const t2 = t1 + len;
      let u = 0;
      for (let a = 0; a < n; a++) {
        const s = starts[m + a] as number;
        const overlap = Math.min(t2, s + (inst.dur[a] as number)) - Math.max(t1, s);
        if (overlap > 0) u += overlap * (load[a] as number);
      }
      if (u > most) {
        most = u;
        from = t1;
      }
    }
    for (let a = 0; a < n; a++) {
      const s = starts[m + a] as number;
      key[a] = s >= from && s < from + len ? s : (starts[f + a] as number);
    }
    sgs.orderForward(key, lists.subarray(child * n, (child + 1) * n));
  };

  const mutate = (child: number, rate: number): void => {
    const c = child * n;
    for (let i = 0; i + 1 < n; i++) {
      if (rng.next() >= rate) continue;
      const a = lists[c + i] as number;
      const b = lists[c + i + 1] as number;
      if (isPredecessor(inst.predStart, inst.predFrom, a, b)) continue;
      lists[c + i] = b;
      lists[c + i + 1] = a;
    }
  };

  const sorted: number[] = Array.from({ length: 2 * P }, (_, i) => i);
  const rank = (x: number, y: number) =>
    (scores[x] as number) - (scores[y] as number) || (x >= P ? 0 : 1) - (y >= P ? 0 : 1) || x - y;
  const keep = new Uint8Array(2 * P);
  let stale = 0;

  for (;;) {
    const before = bestScore;
    for (let c = P; c < 2 * P; c += 2) {
      const mother = tournament();
      const father = tournament();
      peakCrossover(mother, father, c);
      peakCrossover(father, mother, c + 1);
      mutate(c, MUTATION);
      mutate(c + 1, MUTATION);
      if (!evaluate(c) || !evaluate(c + 1)) return finish();
    }
    stale = bestScore < before ? 0 : stale + 1;

    // Survivors: the best P distinct schedules (then duplicates if too few are distinct).
    sorted.sort(rank);
    keep.fill(0);
    let kept = 0;
    for (let i = 0; i < 2 * P && kept < P; i++) {
      const x = sorted[i] as number;
      let dup = false;
      for (let j = i - 1; j >= 0 && scores[sorted[j] as number] === scores[x] && !dup; j--) {
        const y = sorted[j] as number;
        dup = keep[y] === 1 && hashes[y] === hashes[x];
      }
      if (dup) continue;
      keep[x] = 1;
      kept++;
    }
    for (let i = 0; i < 2 * P && kept < P; i++) {
      const x = sorted[i] as number;
      if (keep[x] === 0) {
        keep[x] = 1;
        kept++;
      }
    }
    // Compact the kept slots into 0..P-1 in slot order (a kept slot only ever moves down).
    let w = 0;
    for (let x = 0; x < 2 * P; x++) {
      if (!keep[x]) continue;
      if (x !== w) {
        lists.copyWithin(w * n, x * n, (x + 1) * n);
        starts.copyWithin(w * n, x * n, (x + 1) * n);
        scores[w] = scores[x] as number;
        makespans[w] = makespans[x] as number;
        hashes[w] = hashes[x] as number;
      }
      w++;
    }

    if (stale >= RESTART_AFTER) {
      // Keep the best; refill with heavily mutated copies of it and fresh samples.
      stale = 0;
      let b = 0;
      for (let i = 1; i < P; i++) if ((scores[i] as number) < (scores[b] as number)) b = i;
      if (b !== 0) {
        lists.copyWithin(0, b * n, (b + 1) * n);
        starts.copyWithin(0, b * n, (b + 1) * n);
        scores[0] = scores[b] as number;
        makespans[0] = makespans[b] as number;
        hashes[0] = hashes[b] as number;
      }
      for (let i = 1; i < P; i++) {
        if (i % 2 === 1) {
          lists.copyWithin(i * n, 0, n);
          mutate(i, 0.25);
        } else sampler.sample(rng, lists.subarray(i * n, (i + 1) * n));
        if (!evaluate(i)) return finish();
      }
    }
  }
}

function isPredecessor(predStart: Int32Array, predFrom: Int32Array, a: number, b: number): boolean {
  for (let k = predStart[b] as number; k < (predStart[b + 1] as number); k++)
    if (predFrom[k] === a) return true;
  return false;
}

/** FNV-1a over the starts: tells distinct schedules apart in the population. */
function hashSchedule(start: Float64Array): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < start.length; i++) {
    h ^= (start[i] as number) | 0;
    h = Math.imul(h, 0x01000193);
  }
  return h;
}
