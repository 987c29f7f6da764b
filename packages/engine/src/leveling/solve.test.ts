import { describe, expect, it } from "vitest";
import { Rng } from "../forecast/rng.js";
import { checkSchedule } from "./check.js";
import {
  type LevelingDemand,
  type LevelingEdge,
  type LevelingOptions,
  type LevelingProblem,
  levelResources,
  type PriorityRule,
} from "./index.js";

const modes: LevelingOptions[] = [
  { mode: "delay" },
  { mode: "rule", rule: "lft" },
  { mode: "optimise", maxSchedules: 2000 },
];

/** Solves in every mode, checks each result, returns the optimised one. */
function solveAll(problem: LevelingProblem) {
  const results = modes.map((options) => levelResources(problem, options));
  for (const r of results) {
    expect(checkSchedule(problem, r.starts, r.unresolved)).toEqual([]);
    expect(r.makespan).toBe(
      Math.max(0, ...Array.from(r.starts, (s, a) => s + (problem.durations[a] as number))),
    );
    expect(r.makespan).toBeGreaterThanOrEqual(r.lowerBound);
  }
  const [delay, , best] = results as [(typeof results)[0], unknown, (typeof results)[0]];
  expect(best.makespan).toBeLessThanOrEqual(delay.makespan);
  return best;
}

describe("levelResources on small instances with known optimum", () => {
  it("serialises two activities on one unit", () => {
    const best = solveAll({
      durations: [3, 2],
      edges: [],
      resources: [{ capacity: 1 }],
      demands: [
        { activity: 0, resource: 0, units: 1 },
        { activity: 1, resource: 0, units: 1 },
      ],
    });
    expect(best.makespan).toBe(5);
    expect(best.provedOptimal).toBe(true);
  });

  it("waits for the end of a leave window (time-varying capacity)", () => {
    // One person, away in periods 2..4: a 3-period task cannot fit before the leave.
    const problem: LevelingProblem = {
      durations: [3, 1],
      edges: [],
      resources: [{ capacity: { times: [0, 2, 5], values: [1, 0, 1] } }],
      demands: [
        { activity: 0, resource: 0, units: 1 },
        { activity: 1, resource: 0, units: 1 },
      ],
    };
    const best = solveAll(problem);
    expect(best.makespan).toBe(8);
    expect(Array.from(best.starts)).toEqual([5, 0]);
  });

  it("packs fractional units, tolerating rounding", () => {
    const best = solveAll({
      durations: [2, 2, 2, 1, 1, 1, 1],
      edges: [],
      resources: [{ capacity: 1 }, { capacity: 0.3 }],
      demands: [
        { activity: 0, resource: 0, units: 0.5 },
        { activity: 1, resource: 0, units: 0.5 },
        { activity: 2, resource: 0, units: 0.5 },
        { activity: 3, resource: 1, units: 0.1 },
        { activity: 4, resource: 1, units: 0.1 },
        { activity: 5, resource: 1, units: 0.1 },
        { activity: 6, resource: 1, units: 0.1 },
      ],
    });
    expect(best.makespan).toBe(4);
    // 0.1 + 0.1 + 0.1 fits 0.3 despite floating point: three of the four run at once.
    expect(Array.from(best.starts.slice(3)).filter((s) => s === 0)).toHaveLength(3);
  });

  it("keeps a fixed activity in place; the others avoid what it uses", () => {
    const problem: LevelingProblem = {
      durations: [3, 3, 1],
      fixedStart: [2, -1, -1],
      edges: [],
      resources: [{ capacity: 2 }],
      demands: [
        { activity: 0, resource: 0, units: 2 },
        { activity: 1, resource: 0, units: 1 },
        { activity: 2, resource: 0, units: 1 },
      ],
    };
    for (const options of modes) {
      const r = levelResources(problem, options);
      expect(checkSchedule(problem, r.starts)).toEqual([]);
      expect(r.starts[0]).toBe(2);
      expect(r.starts[1]).toBe(5);
    }
    expect(solveAll(problem).makespan).toBe(8);
  });

  it("lets a fixed activity over-allocate without moving it", () => {
    const problem: LevelingProblem = {
      durations: [4, 2],
      fixedStart: [0, -1],
      edges: [],
      resources: [{ capacity: 1 }],
      demands: [
        { activity: 0, resource: 0, units: 3 },
        { activity: 1, resource: 0, units: 1 },
      ],
    };
    const r = levelResources(problem, { mode: "optimise", maxSchedules: 100 });
    expect(Array.from(r.starts)).toEqual([0, 4]);
    expect(checkSchedule(problem, r.starts)).toEqual([]);
  });

  it("honours negative lags (a lead) and releases", () => {
    const problem: LevelingProblem = {
      durations: [4, 4],
      release: [3, 0],
      edges: [{ from: 0, to: 1, lag: -2 }],
      resources: [],
      demands: [],
    };
    const best = solveAll(problem);
    expect(Array.from(best.starts)).toEqual([3, 1]);
    expect(best.makespan).toBe(7);
  });

  it("overlaps along a start-to-start lag when capacity allows, not otherwise", () => {
    const base: LevelingProblem = {
      durations: [4, 4],
      edges: [{ from: 0, to: 1, lag: 1 }],
      resources: [{ capacity: 2 }],
      demands: [
        { activity: 0, resource: 0, units: 1 },
        { activity: 1, resource: 0, units: 1 },
      ],
    };
    expect(Array.from(solveAll(base).starts)).toEqual([0, 1]);
    const tight = { ...base, resources: [{ capacity: 1 }] };
    expect(Array.from(solveAll(tight).starts)).toEqual([0, 4]);
  });

  it("places zero-duration activities without capacity, even with a large demand", () => {
    const problem: LevelingProblem = {
      durations: [0, 3, 0],
      edges: [
        { from: 0, to: 1, lag: 0 },
        { from: 1, to: 2, lag: 3 },
      ],
      resources: [{ capacity: 1 }],
      demands: [
        { activity: 0, resource: 0, units: 5 },
        { activity: 1, resource: 0, units: 1 },
      ],
    };
    const best = solveAll(problem);
    expect(Array.from(best.starts)).toEqual([0, 0, 3]);
    expect(best.makespan).toBe(3);
  });

  it("finds the optimum of a small instance (brute force)", () => {
    // Two chains competing for 2 units: the greedy choice by latest finish leaves a gap.
    const problem: LevelingProblem = {
      durations: [2, 3, 2, 3, 2],
      edges: [
        { from: 0, to: 1, lag: 2 },
        { from: 2, to: 3, lag: 2 },
      ],
      resources: [{ capacity: 2 }],
      demands: [
        { activity: 0, resource: 0, units: 1 },
        { activity: 1, resource: 0, units: 2 },
        { activity: 2, resource: 0, units: 1 },
        { activity: 3, resource: 0, units: 2 },
        { activity: 4, resource: 0, units: 1 },
      ],
    };
    expect(solveAll(problem).makespan).toBe(bruteForce(problem));
  });

  it("handles an empty problem", () => {
    const r = levelResources({ durations: [], edges: [], resources: [], demands: [] }, { mode: "optimise" });
    expect(r.makespan).toBe(0);
    expect(r.starts).toHaveLength(0);
  });
});

describe("delay mode", () => {
  it("never starts anything before its release, and never moves a fixed activity", () => {
    const rng = new Rng(7, 1);
    for (let round = 0; round < 20; round++) {
      const problem = randomProblem(rng, 12, { fixed: true });
      const release = Array.from(problem.durations, () => Math.floor(rng.next() * 10));
      const p = { ...problem, release };
      const r = levelResources(p, { mode: "delay" });
      expect(checkSchedule(p, r.starts)).toEqual([]);
      for (let a = 0; a < release.length; a++) {
        const f = p.fixedStart?.[a] ?? -1;
        if (f >= 0) expect(r.starts[a]).toBe(f);
        else expect(r.starts[a]).toBeGreaterThanOrEqual(release[a] as number);
      }
    }
  });

  it("gives the resource to the higher priority first", () => {
    const problem: LevelingProblem = {
      durations: [3, 3],
      priority: [100, 900],
      edges: [],
      resources: [{ capacity: 1 }],
      demands: [
        { activity: 0, resource: 0, units: 1 },
        { activity: 1, resource: 0, units: 1 },
      ],
    };
    expect(Array.from(levelResources(problem, { mode: "delay" }).starts)).toEqual([3, 0]);
    const equal = { ...problem, priority: [500, 500] };
    expect(Array.from(levelResources(equal, { mode: "delay" }).starts)).toEqual([0, 3]);
  });

  it("takes least total float first among equal priorities", () => {
    // Activity 1 feeds a long successor: no float, so it goes first although its index is higher.
    const problem: LevelingProblem = {
      durations: [2, 2, 5],
      edges: [{ from: 1, to: 2, lag: 2 }],
      resources: [{ capacity: 1 }],
      demands: [
        { activity: 0, resource: 0, units: 1 },
        { activity: 1, resource: 0, units: 1 },
      ],
    };
    expect(Array.from(levelResources(problem, { mode: "delay" }).starts)).toEqual([2, 0, 2]);
  });

  it("reports an activity that cannot fit by its latest start and places it at its earliest start", () => {
    const problem: LevelingProblem = {
      durations: [4, 2, 2],
      latestStart: [-1, 1, 10],
      edges: [],
      resources: [{ capacity: 1 }],
      demands: [
        { activity: 0, resource: 0, units: 1 },
        { activity: 1, resource: 0, units: 1 },
        { activity: 2, resource: 0, units: 1 },
      ],
      priority: [900, 500, 500],
    };
    const r = levelResources(problem, { mode: "delay" });
    expect(r.unresolved).toEqual([1]);
    expect(Array.from(r.starts)).toEqual([0, 0, 4]);
    expect(checkSchedule(problem, r.starts, r.unresolved)).toEqual([]);
    expect(checkSchedule(problem, r.starts).map((v) => v.kind)).toContain("capacity");
  });

  it("terminates when capacity ends for good, reporting the activity that no longer fits", () => {
    const problem: LevelingProblem = {
      durations: [6, 5],
      edges: [{ from: 0, to: 1, lag: 6 }],
      resources: [{ capacity: { times: [0, 10], values: [1, 0] } }],
      demands: [
        { activity: 0, resource: 0, units: 1 },
        { activity: 1, resource: 0, units: 1 },
      ],
    };
    for (const options of modes) {
      const r = levelResources(problem, options);
      expect(r.unresolved).toEqual([1]);
      expect(Array.from(r.starts)).toEqual([0, 6]);
    }
  });
});

describe("optimise mode", () => {
  it("is deterministic for a seed and a schedule budget", () => {
    const problem = randomProblem(new Rng(3, 3), 25, {});
    const a = levelResources(problem, { mode: "optimise", seed: 11, maxSchedules: 3000 });
    const b = levelResources(problem, { mode: "optimise", seed: 11, maxSchedules: 3000 });
    expect(Array.from(a.starts)).toEqual(Array.from(b.starts));
    expect(a.schedules).toBe(b.schedules);
    const c = levelResources(problem, { mode: "optimise", seed: 12, maxSchedules: 3000 });
    expect(checkSchedule(problem, c.starts)).toEqual([]);
  });

  it("stops on the clock it is given", () => {
    let t = 0;
    const r = levelResources(randomProblem(new Rng(5, 5), 30, {}), {
      mode: "optimise",
      maxSchedules: 1e9,
      budgetMs: 100,
      now: () => t++,
    });
    expect(["time", "lower-bound"]).toContain(r.stoppedBy);
    expect(r.schedules).toBeLessThan(1000);
  });

  it("matches brute force on random small instances (releases, fixed activities, leave, lags)", () => {
    const rng = new Rng(2027, 9);
    for (let round = 0; round < 25; round++) {
      const problem = randomProblem(rng, 6, { fixed: round % 3 === 0, varying: round % 2 === 0, lags: true });
      const best = levelResources(problem, { mode: "optimise", maxSchedules: 4000, seed: round });
      expect(checkSchedule(problem, best.starts, best.unresolved)).toEqual([]);
      if (best.unresolved.length > 0) continue;
      expect(best.makespan).toBe(bruteForce(problem));
    }
  });

  it("returns a left-justified schedule: no activity can start earlier on its own", () => {
    const rng = new Rng(11, 2);
    for (let round = 0; round < 10; round++) {
      const problem = randomProblem(rng, 15, { varying: true });
      const r = levelResources(problem, { mode: "optimise", maxSchedules: 1500 });
      for (let a = 0; a < problem.durations.length; a++) {
        const s = r.starts[a] as number;
        if (s === 0 || (problem.fixedStart?.[a] ?? -1) >= 0) continue;
        const moved = Int32Array.from(r.starts);
        moved[a] = s - 1;
        expect(checkSchedule(problem, moved).length).toBeGreaterThan(0);
      }
    }
  });
});

describe("bad input", () => {
  const one = (
    units: number,
    capacity: LevelingProblem["resources"][number]["capacity"],
  ): LevelingProblem => ({
    durations: [2, 20],
    edges: [],
    resources: [{ capacity: 5 }, { capacity }],
    demands: [{ activity: 1, resource: 1, units }],
  });

  it("names the activity and resource of a demand no capacity can meet", () => {
    expect(() => levelResources(one(6, 4), { mode: "delay" })).toThrow(
      /activity 1 needs 6 units of resource 1, whose capacity is at most 4/,
    );
    expect(() => levelResources(one(2, { times: [0, 10], values: [3, 0] }), { mode: "optimise" })).toThrow(
      /activity 1 needs 2 units of resource 1 for 20 time units/,
    );
    expect(() => levelResources(one(1, { times: [0, 5, 10], values: [0, 2, 0] }), { mode: "delay" })).toThrow(
      /at most 5 consecutive/,
    );
  });

  it("names the activities of a cycle", () => {
    const problem: LevelingProblem = {
      durations: [1, 1, 1, 1],
      edges: [
        { from: 0, to: 1, lag: 1 },
        { from: 1, to: 2, lag: 1 },
        { from: 2, to: 3, lag: 1 },
        { from: 3, to: 1, lag: -5 },
      ],
      resources: [],
      demands: [],
    };
    expect(() => levelResources(problem, { mode: "delay" })).toThrow(/cycle: activities 1 → 2 → 3 → 1/);
  });

  it("rejects out-of-range indexes and malformed capacity", () => {
    const base: LevelingProblem = { durations: [1], edges: [], resources: [{ capacity: 1 }], demands: [] };
    expect(() => levelResources({ ...base, edges: [{ from: 0, to: 3, lag: 0 }] }, { mode: "delay" })).toThrow(
      /edge 0 has to = 3/,
    );
    expect(() =>
      levelResources({ ...base, demands: [{ activity: 0, resource: 2, units: 1 }] }, { mode: "delay" }),
    ).toThrow(/names resource 2/);
    expect(() => levelResources({ ...base, durations: [-1] }, { mode: "delay" })).toThrow(/durations\[0\]/);
    expect(() =>
      levelResources({ ...base, resources: [{ capacity: { times: [1], values: [1] } }] }, { mode: "delay" }),
    ).toThrow(/0 or earlier/);
    expect(() => levelResources(base, { mode: "rule", rule: "fifo" as PriorityRule })).toThrow(
      /unknown priority rule fifo/,
    );
  });
});

interface RandomOptions {
  fixed?: boolean;
  varying?: boolean;
  lags?: boolean;
}

/** A random instance: forward edges, two resources, optionally a fixed activity, leave, odd lags. */
function randomProblem(rng: Rng, n: number, o: RandomOptions): LevelingProblem {
  const int = (k: number) => Math.floor(rng.next() * k);
  const durations = Array.from({ length: n }, () => (int(6) === 0 ? 0 : 1 + int(5)));
  const edges: LevelingEdge[] = [];
  for (let b = 1; b < n; b++) {
    for (let a = 0; a < b; a++) {
      if (rng.next() < 2 / n) {
        const lag = o.lags ? (durations[a] as number) + int(5) - 3 : (durations[a] as number);
        edges.push({ from: a, to: b, lag });
      }
    }
  }
  const capacities = [2 + int(3), 1 + int(3)];
  const demands: LevelingDemand[] = [];
  for (let a = 0; a < n; a++) {
    for (let r = 0; r < 2; r++) {
      if (rng.next() < 0.6)
        demands.push({ activity: a, resource: r, units: 1 + int(capacities[r] as number) });
    }
  }
  const resources: LevelingProblem["resources"] = capacities.map((c, r) =>
    o.varying && r === 0
      ? { capacity: { times: [0, 3, 6], values: [c, Math.max(0, c - 2), c] } }
      : { capacity: c },
  );
  const fixedStart = Array.from({ length: n }, () => -1);
  if (o.fixed) fixedStart[int(n)] = int(4);
  const release = Array.from({ length: n }, () => (rng.next() < 0.2 ? int(4) : 0));
  return { durations, release, fixedStart, edges, resources, demands };
}

/**
 * The optimum over every precedence-feasible list decoded by the serial scheme (which produces
 * every active schedule, among them an optimal one).
 */
function bruteForce(problem: LevelingProblem): number {
  const n = problem.durations.length;
  let best = Number.POSITIVE_INFINITY;
  const list: number[] = [];
  const used = new Array<boolean>(n).fill(false);
  const recurse = () => {
    if (list.length === n) {
      const r = levelResources({ ...problem, priority: rankPriorities(list) }, { mode: "delay" });
      if (r.unresolved.length === 0) best = Math.min(best, r.makespan);
      return;
    }
    for (let a = 0; a < n; a++) {
      if (used[a]) continue;
      if (problem.edges.some((e) => e.to === a && !used[e.from])) continue;
      used[a] = true;
      list.push(a);
      recurse();
      list.pop();
      used[a] = false;
    }
  };
  recurse();
  return best;
}

/** Priorities that make delay mode take exactly this list. */
function rankPriorities(list: readonly number[]): number[] {
  const p = new Array<number>(list.length).fill(0);
  list.forEach((a, i) => {
    p[a] = 1000 - i;
  });
  return p;
}
