import type { Rng } from "../forecast/rng.js";
import type { Cpm } from "./cpm.js";
import type { Instance } from "./instance.js";
import { LevelingInputError, type PriorityRule } from "./problem.js";

/** Every rule the single-pass scheme knows. */
export const PRIORITY_RULES: readonly PriorityRule[] = [
  "lft",
  "lst",
  "minSlack",
  "est",
  "spt",
  "grpw",
  "mts",
];

/**
 * The static priority of each activity under a rule, smaller first: latest finish (`lft`), latest
 * start (`lst`), total float (`minSlack`), early start (`est`), shortest duration (`spt`), greatest
 * rank positional weight (`grpw`: own plus immediate successors' durations), most total
 * successors (`mts`). Late dates come from the critical-path schedule.
 */
export function ruleKey(inst: Instance, cpm: Cpm, rule: PriorityRule): Float64Array {
  const { n, dur, succStart, succTo } = inst;
  const key = new Float64Array(n);
  for (let a = 0; a < n; a++) {
    const es = cpm.es[a] as number;
    const ls = cpm.ls[a] as number;
    const d = dur[a] as number;
    switch (rule) {
      case "lft":
        key[a] = ls + d;
        break;
      case "lst":
        key[a] = ls;
        break;
      case "minSlack":
        key[a] = ls - es;
        break;
      case "est":
        key[a] = es;
        break;
      case "spt":
        key[a] = d;
        break;
      case "grpw": {
        let w = d;
        for (let k = succStart[a] as number; k < (succStart[a + 1] as number); k++) {
          w += dur[succTo[k] as number] as number;
        }
        key[a] = -w;
        break;
      }
      case "mts":
        break;
      default:
        throw new LevelingInputError(
          `unknown priority rule ${String(rule)}; expected one of ${PRIORITY_RULES.join(", ")}`,
        );
    }
  }
  if (rule === "mts") {
    const total = successorCounts(inst);
    for (let a = 0; a < n; a++) key[a] = -(total[a] as number);
  }
  return key;
}

/** Number of (transitive) successors per activity; immediate ones only beyond 4,096 activities. */
function successorCounts(inst: Instance): Int32Array {
  const { n, topo, succStart, succTo } = inst;
  const counts = new Int32Array(n);
  if (n > 4096) {
    for (let a = 0; a < n; a++) counts[a] = (succStart[a + 1] as number) - (succStart[a] as number);
    return counts;
  }
  const words = (n + 31) >>> 5;
  const bits = new Uint32Array(n * words);
  for (let i = n - 1; i >= 0; i--) {
    const a = topo[i] as number;
    for (let k = succStart[a] as number; k < (succStart[a + 1] as number); k++) {
      const b = succTo[k] as number;
      bits[a * words + (b >>> 5)] = (bits[a * words + (b >>> 5)] as number) | (1 << (b & 31));
      for (let w = 0; w < words; w++) {
        bits[a * words + w] = (bits[a * words + w] as number) | (bits[b * words + w] as number);
      }
    }
    let c = 0;
    for (let w = 0; w < words; w++) {
      let x = bits[a * words + w] as number;
      while (x !== 0) {
        x &= x - 1;
        c++;
      }
    }
    counts[a] = c;
  }
  return counts;
}

/**
 * The delay-mode order as a key: higher priority first, then least total float, then earliest
 * early start, then lowest index.
 */
export function delayKey(inst: Instance, cpm: Cpm): Float64Array {
  const ids = Array.from({ length: inst.n }, (_, a) => a);
  const p = inst.priority;
  ids.sort(
    (x, y) =>
      (p[y] as number) - (p[x] as number) ||
      (cpm.ls[x] as number) - (cpm.es[x] as number) - ((cpm.ls[y] as number) - (cpm.es[y] as number)) ||
      (cpm.es[x] as number) - (cpm.es[y] as number) ||
      x - y,
  );
  const key = new Float64Array(inst.n);
  for (const [rank, a] of ids.entries()) key[a] = rank;
  return key;
}

/**
 * Regret-based biased random sampling: builds precedence-feasible lists, drawing each next activity
 * among the eligible ones with probability proportional to (regret + 1)^α, where the regret is how
 * much better its priority is than the worst eligible one.
 */
export class RegretSampler {
  private readonly inst: Instance;
  private readonly key: Float64Array;
  private readonly alpha: number;
  private readonly count: Int32Array;
  private readonly eligible: Int32Array;
  private readonly weight: Float64Array;

  constructor(inst: Instance, key: Float64Array, alpha = 1) {
    this.inst = inst;
    this.key = key;
    this.alpha = alpha;
    this.count = new Int32Array(inst.n);
    this.eligible = new Int32Array(inst.n);
    this.weight = new Float64Array(inst.n);
  }

  sample(rng: Rng, out: Int32Array): void {
    const { n, predStart, succStart, succTo } = this.inst;
    const { key, count, eligible, weight, alpha } = this;
    let size = 0;
    for (let a = 0; a < n; a++) {
      const c = (predStart[a + 1] as number) - (predStart[a] as number);
      count[a] = c;
      if (c === 0) eligible[size++] = a;
    }
    for (let i = 0; i < n; i++) {
      let worst = Number.NEGATIVE_INFINITY;
      for (let j = 0; j < size; j++) worst = Math.max(worst, key[eligible[j] as number] as number);
      let sum = 0;
      for (let j = 0; j < size; j++) {
        const w = (worst - (key[eligible[j] as number] as number) + 1) ** alpha;
        weight[j] = w;
        sum += w;
      }
      let x = rng.next() * sum;
      let pick = size - 1;
      for (let j = 0; j < size; j++) {
        x -= weight[j] as number;
        if (x < 0) {
          pick = j;
          break;
        }
      }
      const a = eligible[pick] as number;
      eligible[pick] = eligible[--size] as number;
      out[i] = a;
      for (let k = succStart[a] as number; k < (succStart[a + 1] as number); k++) {
        const b = succTo[k] as number;
        const c = (count[b] as number) - 1;
        count[b] = c;
        if (c === 0) eligible[size++] = b;
      }
    }
  }
}
