import type { LevelingProblem } from "./problem.js";

export interface LevelingViolation {
  kind: "length" | "precedence" | "release" | "fixed" | "latest" | "capacity";
  message: string;
  activity?: number;
  resource?: number;
  /** Where a capacity violation begins. */
  time?: number;
}

const TOLERANCE = 1e-6;

/**
 * Checks a schedule against a problem on its own (independently of the solver): every edge of a
 * free target (`start[to] ≥ start[from] + lag`), release of free activities, fixed starts, latest
 * starts and capacity over time, with time-varying capacity. Fixed activities may over-allocate:
 * capacity is violated where a free activity with a demand runs while the use of the free and
 * fixed activities exceeds the capacity. Activities in `unresolved` (placed regardless of
 * resources) are left out of the capacity check and may pass their latest start.
 * Returns every violation found (empty when feasible).
 */
export function checkSchedule(
  problem: LevelingProblem,
  starts: ArrayLike<number>,
  unresolved: readonly number[] = [],
): LevelingViolation[] {
  const n = problem.durations.length;
  const out: LevelingViolation[] = [];
  if (starts.length !== n) {
    return [{ kind: "length", message: `${starts.length} starts for ${n} activities` }];
  }
  const fixedAt = (a: number) => problem.fixedStart?.[a] ?? -1;
  const s = (a: number) => starts[a] as number;
  const d = (a: number) => problem.durations[a] as number;
  const isUnresolved = new Set(unresolved);

  for (let a = 0; a < n; a++) {
    if (!Number.isInteger(s(a))) out.push({ kind: "length", activity: a, message: `start[${a}] is ${s(a)}` });
    const f = fixedAt(a);
    if (f >= 0) {
      if (s(a) !== f)
        out.push({ kind: "fixed", activity: a, message: `activity ${a} starts at ${s(a)}, fixed at ${f}` });
      continue;
    }
    const r = problem.release?.[a] ?? 0;
    if (s(a) < r)
      out.push({
        kind: "release",
        activity: a,
        message: `activity ${a} starts at ${s(a)} before its release ${r}`,
      });
    const l = problem.latestStart?.[a] ?? -1;
    if (l >= 0 && s(a) > l && !isUnresolved.has(a)) {
      out.push({
        kind: "latest",
        activity: a,
        message: `activity ${a} starts at ${s(a)} after its latest start ${l}`,
      });
    }
  }
  for (const e of problem.edges) {
    if (fixedAt(e.to) >= 0) continue;
    if (s(e.to) < s(e.from) + e.lag) {
      out.push({
        kind: "precedence",
        activity: e.to,
        message: `activity ${e.to} starts at ${s(e.to)}, before ${s(e.from)} + ${e.lag} (edge from ${e.from})`,
      });
    }
  }

  // Capacity: sweep the times where use or capacity changes, per resource.
  problem.resources.forEach((res, r) => {
    const times = typeof res.capacity === "number" ? [0] : res.capacity.times;
    const values = typeof res.capacity === "number" ? [res.capacity] : res.capacity.values;
    const capAt = (t: number) => {
      let v = values[0] as number;
      for (let i = 0; i < times.length && (times[i] as number) <= t; i++) v = values[i] as number;
      return v;
    };
    const events: { t: number; use: number; strict: number }[] = [];
    for (const dem of problem.demands) {
      const a = dem.activity;
      if (dem.resource !== r || dem.units <= 0 || d(a) <= 0 || isUnresolved.has(a)) continue;
      const strict = fixedAt(a) >= 0 ? 0 : 1;
      events.push({ t: s(a), use: dem.units, strict }, { t: s(a) + d(a), use: -dem.units, strict: -strict });
    }
    const points = [...new Set([...events.map((e) => e.t), ...times])].sort((x, y) => x - y);
    events.sort((x, y) => x.t - y.t);
    let use = 0;
    let strict = 0;
    let k = 0;
    for (const t of points) {
      while (k < events.length && (events[k] as { t: number }).t <= t) {
        const e = events[k++] as { use: number; strict: number };
        use += e.use;
        strict += e.strict;
      }
      const cap = capAt(t);
      if (strict > 0 && use > cap + TOLERANCE) {
        out.push({
          kind: "capacity",
          resource: r,
          time: t,
          message: `resource ${r} is over-allocated from ${t}: ${use} units used of ${cap}`,
        });
      }
    }
  });
  return out;
}
