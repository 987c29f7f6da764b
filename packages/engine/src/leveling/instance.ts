import { findCycle } from "../network/cycle.js";
import { LevelingInputError, type LevelingProblem } from "./problem.js";

/** Largest magnitude of a time value: starts are returned as 32-bit integers. */
const MAX_TIME = 1_000_000_000;

/**
 * A validated {@link LevelingProblem} as typed arrays: edges in compressed sparse rows by target
 * (`pred*`) and by source (`succ*`), demands by activity (`dem*`), a topological order.
 */
export interface Instance {
  readonly n: number;
  readonly resourceCount: number;
  readonly dur: Float64Array;
  readonly release: Float64Array;
  /** Fixed start, NaN for a free activity. */
  readonly fixed: Float64Array;
  readonly isFixed: Uint8Array;
  /** Latest start, +∞ when none. */
  readonly latest: Float64Array;
  readonly hasLatest: boolean;
  readonly priority: Float64Array;
  readonly predStart: Int32Array;
  readonly predFrom: Int32Array;
  readonly predLag: Float64Array;
  readonly succStart: Int32Array;
  readonly succTo: Int32Array;
  readonly succLag: Float64Array;
  readonly topo: Int32Array;
  /** Demands of activity a: `demStart[a]` to `demStart[a + 1]`; only positive units, one per resource. */
  readonly demStart: Int32Array;
  readonly demRes: Int32Array;
  readonly demUnits: Float64Array;
  /** Capacity step function per resource (`times[0]` ≤ 0). */
  readonly capTimes: readonly Float64Array[];
  readonly capValues: readonly Float64Array[];
  /** True when the activity occupies capacity (positive duration and some demand). */
  readonly needsCapacity: Uint8Array;
  /** Every start lies in [tLo, tHi); finishes ≤ tHi. */
  readonly tLo: number;
  readonly tHi: number;
  /** Latest time where capacity changes or a fixed activity ends: from there on, free capacity is the tail value. */
  readonly settled: number;
}

const isInt = (x: number) => Number.isInteger(x) && Math.abs(x) <= MAX_TIME;

function perActivity(
  name: string,
  values: ArrayLike<number> | undefined,
  n: number,
  fallback: number,
  check: (x: number) => boolean,
  expected: string,
): Float64Array {
  const out = new Float64Array(n).fill(fallback);
  if (values === undefined) return out;
  if (values.length !== n) {
    throw new LevelingInputError(`${name} has ${values.length} entries for ${n} activities`);
  }
  for (let a = 0; a < n; a++) {
    const x = values[a] as number;
    if (!check(x)) throw new LevelingInputError(`${name}[${a}] is ${x}; expected ${expected}`);
    out[a] = x;
  }
  return out;
}

/** Validates a problem and compiles it; throws {@link LevelingInputError} naming what is wrong. */
export function compileInstance(p: LevelingProblem): Instance {
  const n = p.durations.length;
  const dur = perActivity("durations", p.durations, n, 0, (x) => isInt(x) && x >= 0, "an integer ≥ 0");
  const release = perActivity("release", p.release, n, 0, isInt, "an integer");
  const fixedIn = perActivity(
    "fixedStart",
    p.fixedStart,
    n,
    -1,
    (x) => isInt(x) && x >= -1,
    "-1 (free) or an integer ≥ 0",
  );
  const latestIn = perActivity(
    "latestStart",
    p.latestStart,
    n,
    -1,
    (x) => isInt(x) && x >= -1,
    "-1 (none) or an integer ≥ 0",
  );
  const priority = perActivity(
    "priority",
    p.priority,
    n,
    500,
    (x) => Number.isFinite(x) && x >= 0 && x <= 1000,
    "a number in 0..1000",
  );
  const fixed = new Float64Array(n);
  const isFixed = new Uint8Array(n);
  const latest = new Float64Array(n);
  let hasLatest = false;
  for (let a = 0; a < n; a++) {
    const f = fixedIn[a] as number;
    isFixed[a] = f >= 0 ? 1 : 0;
    fixed[a] = f >= 0 ? f : Number.NaN;
    const l = latestIn[a] as number;
    latest[a] = l >= 0 && f < 0 ? l : Number.POSITIVE_INFINITY;
    if (l >= 0 && f < 0) hasLatest = true;
  }

  // Resources.
  const resourceCount = p.resources.length;
  const capTimes: Float64Array[] = [];
  const capValues: Float64Array[] = [];
  for (let r = 0; r < resourceCount; r++) {
    const cap = (p.resources[r] as { capacity: unknown }).capacity;
    if (typeof cap === "number") {
      if (!Number.isFinite(cap) || cap < 0) {
        throw new LevelingInputError(`resource ${r} has capacity ${cap}; expected a finite number ≥ 0`);
      }
      capTimes.push(Float64Array.of(0));
      capValues.push(Float64Array.of(cap));
      continue;
    }
    const prof = cap as { times?: unknown; values?: unknown } | null;
    if (!prof || !Array.isArray(prof.times) || !Array.isArray(prof.values)) {
      throw new LevelingInputError(`resource ${r}: capacity must be a number or { times, values }`);
    }
    const times = prof.times as number[];
    const values = prof.values as number[];
    if (times.length === 0 || times.length !== values.length) {
      throw new LevelingInputError(
        `resource ${r}: capacity times and values must be non-empty and of equal length (${times.length} and ${values.length})`,
      );
    }
    if ((times[0] as number) > 0) {
      throw new LevelingInputError(
        `resource ${r}: capacity times[0] is ${times[0]}; it must be 0 or earlier`,
      );
    }
    for (let i = 0; i < times.length; i++) {
      const t = times[i] as number;
      const v = values[i] as number;
      if (!isInt(t) || (i > 0 && t <= (times[i - 1] as number))) {
        throw new LevelingInputError(
          `resource ${r}: capacity times[${i}] is ${t}; times must be strictly increasing integers`,
        );
      }
      if (!Number.isFinite(v) || v < 0) {
        throw new LevelingInputError(`resource ${r}: capacity values[${i}] is ${v}; expected a number ≥ 0`);
      }
    }
    capTimes.push(Float64Array.from(times));
    capValues.push(Float64Array.from(values));
  }

  // Demands: merged per (activity, resource), zero units dropped.
  const units = new Map<number, number>();
  for (const [i, d] of p.demands.entries()) {
    const { activity: a, resource: r, units: u } = d;
    if (!Number.isInteger(a) || a < 0 || a >= n) {
      throw new LevelingInputError(`demand ${i} names activity ${a}; there are ${n} activities`);
    }
    if (!Number.isInteger(r) || r < 0 || r >= resourceCount) {
      throw new LevelingInputError(
        `demand ${i} (activity ${a}) names resource ${r}; there are ${resourceCount} resources`,
      );
    }
    if (!Number.isFinite(u) || u < 0) {
      throw new LevelingInputError(
        `demand ${i}: activity ${a} needs ${u} units of resource ${r}; expected ≥ 0`,
      );
    }
    const key = a * resourceCount + r;
    units.set(key, (units.get(key) ?? 0) + u);
  }
  const demStart = new Int32Array(n + 1);
  for (const [key, u] of units) if (u > 0) (demStart[Math.floor(key / resourceCount) + 1] as number)++;
  for (let a = 0; a < n; a++) demStart[a + 1] = (demStart[a + 1] as number) + (demStart[a] as number);
  const demRes = new Int32Array(demStart[n] as number);
  const demUnits = new Float64Array(demStart[n] as number);
  const fill = demStart.slice(0, n);
  for (const key of [...units.keys()].sort((x, y) => x - y)) {
    const u = units.get(key) as number;
    if (u <= 0) continue;
    const a = Math.floor(key / resourceCount);
    const k = fill[a] as number;
    fill[a] = k + 1;
    demRes[k] = key - a * resourceCount;
    demUnits[k] = u;
  }
  const needsCapacity = new Uint8Array(n);
  for (let a = 0; a < n; a++) {
    needsCapacity[a] =
      (dur[a] as number) > 0 && (demStart[a + 1] as number) > (demStart[a] as number) ? 1 : 0;
    if (!needsCapacity[a] || isFixed[a]) continue;
    for (let k = demStart[a] as number; k < (demStart[a + 1] as number); k++) {
      checkCanFit(a, demRes[k] as number, demUnits[k] as number, dur[a] as number, capTimes, capValues);
    }
  }

  // Edges.
  const m = p.edges.length;
  const predStart = new Int32Array(n + 1);
  const succStart = new Int32Array(n + 1);
  for (const [i, e] of p.edges.entries()) {
    const { from, to, lag } = e;
    for (const [end, v] of [
      ["from", from],
      ["to", to],
    ] as const) {
      if (!Number.isInteger(v) || v < 0 || v >= n) {
        throw new LevelingInputError(`edge ${i} has ${end} = ${v}; there are ${n} activities`);
      }
    }
    if (from === to) throw new LevelingInputError(`edge ${i} links activity ${from} to itself`);
    if (!isInt(lag))
      throw new LevelingInputError(`edge ${i} (${from} → ${to}) has lag ${lag}; expected an integer`);
    (predStart[to + 1] as number)++;
    (succStart[from + 1] as number)++;
  }
  for (let a = 0; a < n; a++) {
    predStart[a + 1] = (predStart[a + 1] as number) + (predStart[a] as number);
    succStart[a + 1] = (succStart[a + 1] as number) + (succStart[a] as number);
  }
  const predFrom = new Int32Array(m);
  const predLag = new Float64Array(m);
  const succTo = new Int32Array(m);
  const succLag = new Float64Array(m);
  const pf = predStart.slice(0, n);
  const sf = succStart.slice(0, n);
  for (const e of p.edges) {
    const pk = pf[e.to] as number;
    pf[e.to] = pk + 1;
    predFrom[pk] = e.from;
    predLag[pk] = e.lag;
    const sk = sf[e.from] as number;
    sf[e.from] = sk + 1;
    succTo[sk] = e.to;
    succLag[sk] = e.lag;
  }

  // Topological order (Kahn, lowest index first among the ready ones is not needed: FIFO is fine).
  const indegree = new Int32Array(n);
  for (let a = 0; a < n; a++) indegree[a] = (predStart[a + 1] as number) - (predStart[a] as number);
  const topo = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let a = 0; a < n; a++) if (indegree[a] === 0) topo[tail++] = a;
  while (head < tail) {
    const a = topo[head++] as number;
    for (let k = succStart[a] as number; k < (succStart[a + 1] as number); k++) {
      const b = succTo[k] as number;
      const left = (indegree[b] as number) - 1;
      indegree[b] = left;
      if (left === 0) topo[tail++] = b;
    }
  }
  if (tail < n) {
    const cycle = findCycle(indegree, predStart, predFrom);
    throw new LevelingInputError(`the edges form a cycle: activities ${cycle.join(" → ")}`);
  }

  // Time window: every start ≥ tLo; every finish ≤ tHi (see the serial scheme's argument in sgs.ts).
  let tLo = 0;
  let settled = 0;
  for (let r = 0; r < resourceCount; r++) {
    const times = capTimes[r] as Float64Array;
    settled = Math.max(settled, times[times.length - 1] as number);
  }
  let grow = 0;
  for (let a = 0; a < n; a++) {
    if (isFixed[a]) {
      tLo = Math.min(tLo, fixed[a] as number);
      settled = Math.max(settled, (fixed[a] as number) + (dur[a] as number));
    } else {
      tLo = Math.min(tLo, release[a] as number);
      settled = Math.max(settled, release[a] as number);
      let lagMax = 0;
      for (let k = predStart[a] as number; k < (predStart[a + 1] as number); k++) {
        lagMax = Math.max(lagMax, predLag[k] as number);
      }
      grow += (dur[a] as number) + lagMax;
    }
  }
  const tHi = settled + grow + 1;
  if (tHi > 2 * MAX_TIME)
    throw new LevelingInputError(`the schedule could reach time ${tHi}, beyond ±${MAX_TIME}`);

  return {
    n,
    resourceCount,
    dur,
    release,
    fixed,
    isFixed,
    latest,
    hasLatest,
    priority,
    predStart,
    predFrom,
    predLag,
    succStart,
    succTo,
    succLag,
    topo,
    demStart,
    demRes,
    demUnits,
    capTimes,
    capValues,
    needsCapacity,
    tLo,
    tHi,
    settled,
  };
}

/** Fails when no window of `d` consecutive time units ever offers `u` units of resource `r`. */
function checkCanFit(
  a: number,
  r: number,
  u: number,
  d: number,
  capTimes: readonly Float64Array[],
  capValues: readonly Float64Array[],
): void {
  const times = capTimes[r] as Float64Array;
  const values = capValues[r] as Float64Array;
  let max = 0;
  for (const v of values) max = Math.max(max, v);
  if (u > max + EPS) {
    throw new LevelingInputError(
      `activity ${a} needs ${u} units of resource ${r}, whose capacity is at most ${max}`,
    );
  }
  if ((values[values.length - 1] as number) + EPS >= u) return;
  let longest = 0;
  let runStart = Number.NaN;
  for (let i = 0; i < values.length; i++) {
    if ((values[i] as number) + EPS >= u) {
      if (Number.isNaN(runStart)) runStart = times[i] as number;
      const end = i + 1 < times.length ? (times[i + 1] as number) : Number.POSITIVE_INFINITY;
      longest = Math.max(longest, end - runStart);
    } else {
      runStart = Number.NaN;
    }
  }
  if (longest < d) {
    throw new LevelingInputError(
      `activity ${a} needs ${u} units of resource ${r} for ${d} time units, but the resource offers them for at most ${longest} consecutive time units`,
    );
  }
}

/** Tolerance of capacity comparisons (fractional units add up with rounding). */
export const EPS = 1e-9;
