import { Rng } from "../forecast/rng.js";
import type { Justifier } from "./justify.js";
import type { RegretSampler } from "./priority-rules.js";

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
 * A genetic algorithm on activity lists (Hartmann 1998) with every child decoded by the serial
 * scheme and justified (Valls et al. 2005), the justified order written back into the child.
 * Generational with elitism: each generation breeds as many children as the population by binary
 * tournament, two-point crossover and swap mutation, then keeps the best distinct schedules of
 * parents and children. When the best has not improved for a while, the population restarts
 * around it. Seeds (priority-rule lists) and regret-based samples make the first population.
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

  const lists = new Int32Array(2 * P * n);
  const scores = new Float64Array(2 * P);
  const hashes = new Int32Array(2 * P);
  const best = new Int32Array(n);
  let bestScore = Number.POSITIVE_INFINITY;
  let stoppedBy: SearchResult["stoppedBy"] | undefined;

  const out = (): boolean => {
    if (stoppedBy !== undefined) return true;
    if (bestScore <= target) stoppedBy = "lower-bound";
    else if (sgs.schedules >= maxSchedules) stoppedBy = "schedules";
    else if (now !== undefined && deadline !== undefined && now() >= deadline) stoppedBy = "time";
    return stoppedBy !== undefined;
  };

  /** Evaluates slot i (list already in place); returns false when the budget ran out before. */
  const evaluate = (i: number): boolean => {
    if (bestScore < Number.POSITIVE_INFINITY && out()) return false;
    const list = lists.subarray(i * n, (i + 1) * n);
    const score = ev.evaluate(list);
    scores[i] = score;
    hashes[i] = hashSchedule(ev.start);
    if (score < bestScore) {
      bestScore = score;
      best.set(list);
    }
    return true;
  };

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

  const taken = new Int32Array(n);
  let stamp = 0;
  const order = new Int32Array(2 * P);
  const keep = new Uint8Array(2 * P);
  const scratch = new Int32Array(P * n);
  let stale = 0;
  const restartAfter = 30;

  const tournament = (): number => {
    const x = Math.floor(rng.next() * P);
    const y = Math.floor(rng.next() * P);
    return (scores[x] as number) <= (scores[y] as number) ? x : y;
  };

  /** Two-point crossover: child = mother's first q1, father's next in his order up to q2, mother's rest. */
  const crossover = (mother: number, father: number, child: number, q1: number, q2: number): void => {
    stamp++;
    const c = child * n;
    const m = mother * n;
    const f = father * n;
    let w = 0;
    for (let i = 0; i < q1; i++) {
      const a = lists[m + i] as number;
      taken[a] = stamp;
      lists[c + w++] = a;
    }
    for (let i = 0; i < n && w < q2; i++) {
      const a = lists[f + i] as number;
      if (taken[a] === stamp) continue;
      taken[a] = stamp;
      lists[c + w++] = a;
    }
    for (let i = 0; i < n && w < n; i++) {
      const a = lists[m + i] as number;
      if (taken[a] === stamp) continue;
      taken[a] = stamp;
      lists[c + w++] = a;
    }
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

  for (;;) {
    // Breed P children into slots P..2P-1.
    const before = bestScore;
    for (let c = P; c < 2 * P; c += 2) {
      const mother = tournament();
      const father = tournament();
      let q1 = Math.floor(rng.next() * (n + 1));
      let q2 = Math.floor(rng.next() * (n + 1));
      if (q1 > q2) {
        const t = q1;
        q1 = q2;
        q2 = t;
      }
      crossover(mother, father, c, q1, q2);
      crossover(father, mother, c + 1, q1, q2);
      mutate(c, 0.05);
      mutate(c + 1, 0.05);
      if (!evaluate(c) || !evaluate(c + 1)) return finish();
    }
    stale = bestScore < before ? 0 : stale + 1;

    // Survivors: the best P distinct schedules among parents and children (children first on ties).
    for (let i = 0; i < 2 * P; i++) order[i] = i;
    const sorted = Array.from(order).sort(
      (x, y) =>
        (scores[x] as number) - (scores[y] as number) || (x >= P ? -1 : 0) - (y >= P ? -1 : 0) || x - y,
    );
    keep.fill(0);
    let kept = 0;
    for (let i = 0; i < sorted.length && kept < P; i++) {
      const x = sorted[i] as number;
      let dup = false;
      for (let j = 0; j < i && !dup; j++) {
        const y = sorted[j] as number;
        dup = keep[y] === 1 && scores[y] === scores[x] && hashes[y] === hashes[x];
      }
      if (dup) continue;
      keep[x] = 1;
      kept++;
    }
    for (let i = 0; i < sorted.length && kept < P; i++) {
      const x = sorted[i] as number;
      if (keep[x] === 0) {
        keep[x] = 1;
        kept++;
      }
    }
    let w = 0;
    const newScores = new Float64Array(P);
    const newHashes = new Int32Array(P);
    for (let x = 0; x < 2 * P; x++) {
      if (!keep[x]) continue;
      scratch.set(lists.subarray(x * n, (x + 1) * n), w * n);
      newScores[w] = scores[x] as number;
      newHashes[w] = hashes[x] as number;
      w++;
    }
    lists.set(scratch, 0);
    scores.set(newScores, 0);
    hashes.set(newHashes, 0);

    if (stale >= restartAfter) {
      // Keep the best; refill with heavily mutated copies of it and fresh samples.
      stale = 0;
      let bi = 0;
      for (let i = 1; i < P; i++) if ((scores[i] as number) < (scores[bi] as number)) bi = i;
      if (bi !== 0) {
        scratch.set(lists.subarray(bi * n, (bi + 1) * n), 0);
        lists.set(scratch.subarray(0, n), 0);
        scores[0] = scores[bi] as number;
        hashes[0] = hashes[bi] as number;
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

  function finish(): SearchResult {
    return { list: best, score: bestScore, stoppedBy: stoppedBy ?? "schedules" };
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
