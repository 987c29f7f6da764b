import { describe, expect, it } from "vitest";
import { Rng } from "../forecast/rng.js";
import { checkSchedule } from "./check.js";
import { criticalPath } from "./cpm.js";
import { compileInstance } from "./instance.js";
import { RegretSampler, ruleKey } from "./priority-rules.js";
import type { LevelingProblem } from "./problem.js";
import { baseSteps, createProfile, PeriodProfile, StepProfile } from "./profile.js";
import { Sgs } from "./sgs.js";
import { levelResources } from "./solve.js";

/** A random instance with leave windows, fractional units, releases, lags and a fixed activity. */
function randomProblem(rng: Rng, n: number, scale = 1): LevelingProblem {
  const int = (k: number) => Math.floor(rng.next() * k);
  const durations = Array.from({ length: n }, () => (int(5) === 0 ? 0 : 1 + int(6)) * scale);
  const edges = [];
  for (let b = 1; b < n; b++) {
    for (let a = 0; a < b; a++) {
      if (rng.next() < 1.5 / n)
        edges.push({ from: a, to: b, lag: (durations[a] as number) + (int(5) - 3) * scale });
    }
  }
  const demands = [];
  for (let a = 0; a < n; a++) {
    for (let r = 0; r < 3; r++) {
      if (rng.next() < 0.5)
        demands.push({ activity: a, resource: r, units: r === 2 ? 0.25 * (1 + int(3)) : 1 + int(2) });
    }
  }
  const fixedStart = durations.map(() => -1);
  fixedStart[int(n)] = int(10) * scale;
  return {
    durations,
    release: durations.map(() => (rng.next() < 0.2 ? int(8) * scale : 0)),
    fixedStart,
    edges,
    resources: [
      { capacity: { times: [0, 4 * scale, 9 * scale], values: [3, 1, 3] } },
      { capacity: 2 },
      { capacity: { times: [-5 * scale, 6 * scale, 7 * scale, 20 * scale], values: [1, 0.5, 1, 0.75] } },
    ],
    demands,
  };
}

describe("period and step profiles", () => {
  it("place every activity at the same time, forward and backward", () => {
    const rng = new Rng(99, 4);
    for (let round = 0; round < 30; round++) {
      const inst = compileInstance(randomProblem(rng, 20));
      const base = baseSteps(inst);
      const dense = new Sgs(inst, createProfile(inst, base));
      const steps = new Sgs(inst, createProfile(inst, base, true));
      expect(dense.profile).toBeInstanceOf(PeriodProfile);
      expect(steps.profile).toBeInstanceOf(StepProfile);
      const sampler = new RegretSampler(inst, ruleKey(inst, criticalPath(inst), "lft"));
      const list = new Int32Array(inst.n);
      const a = new Float64Array(inst.n);
      const b = new Float64Array(inst.n);
      const order = new Int32Array(inst.n);
      const finish = new Float64Array(inst.n);
      for (let k = 0; k < 5; k++) {
        sampler.sample(rng, list);
        const msA = dense.forward(list, a);
        const msB = steps.forward(list, b);
        expect(msB).toBe(msA);
        expect(Array.from(b)).toEqual(Array.from(a));
        expect(Array.from(steps.flag)).toEqual(Array.from(dense.flag));
        if (dense.unresolved > 0) continue;
        dense.orderBackward(a, finish, order);
        const okA = dense.backward(order, msA + 3, a);
        const okB = steps.backward(order, msA + 3, b);
        expect(okB).toBe(okA);
        if (okA) expect(Array.from(b)).toEqual(Array.from(a));
      }
    }
  });

  it("give the same schedules, scaled, on a horizon too long for a period array", () => {
    const scale = 100_000;
    for (let seed = 0; seed < 8; seed++) {
      const small = randomProblem(new Rng(seed, 8), 25);
      const large = randomProblem(new Rng(seed, 8), 25, scale);
      const r1 = levelResources(small, { mode: "delay" });
      const r2 = levelResources(large, { mode: "delay" });
      expect(Array.from(r2.starts)).toEqual(Array.from(r1.starts, (s) => s * scale));
      expect(r2.unresolved).toEqual(r1.unresolved);
      const best = levelResources(large, { mode: "optimise", maxSchedules: 600 });
      expect(checkSchedule(large, best.starts, best.unresolved)).toEqual([]);
      if (best.unresolved.length === 0 && r2.unresolved.length === 0) {
        expect(best.makespan).toBeLessThanOrEqual(r2.makespan);
      }
    }
  });
});
