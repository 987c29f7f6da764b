import { checkSchedule, levelResources } from "@keel/engine";
import { describe, expect, it } from "vitest";
import { havePsplib, PSPLIB_DIR, readInstance, readReferences, toLevelingProblem } from "./psplib-data.js";

if (!havePsplib) console.warn(`PSPLIB leveling tests skipped: reference data not found at ${PSPLIB_DIR}`);

describe.skipIf(!havePsplib)("resource leveling on PSPLIB j30", () => {
  // Every 16th instance: all 48 parameter sets are covered in turn, 30 instances.
  const refs = havePsplib ? readReferences("j30").filter((_, i) => i % 16 === 0) : [];

  it("finds feasible schedules, never below the optimum, never worse than one LFT pass", () => {
    expect(refs).toHaveLength(30);
    let atOptimum = 0;
    for (const ref of refs) {
      const problem = toLevelingProblem(readInstance(ref));
      const best = levelResources(problem, { mode: "optimise", maxSchedules: 5000, seed: 5 });
      const lft = levelResources(problem, { mode: "rule", rule: "lft" });
      const delay = levelResources(problem, { mode: "delay" });
      for (const sol of [best, lft, delay]) {
        expect(checkSchedule(problem, sol.starts, sol.unresolved), ref.instance).toEqual([]);
        expect(sol.unresolved).toEqual([]);
        expect(sol.makespan, ref.instance).toBeGreaterThanOrEqual(ref.opt as number);
        expect(sol.lowerBound, ref.instance).toBeLessThanOrEqual(ref.opt as number);
      }
      expect(best.lowerBound).toBeGreaterThanOrEqual(ref.cpmLb);
      expect(best.makespan, ref.instance).toBeLessThanOrEqual(lft.makespan);
      expect(best.makespan, ref.instance).toBeLessThanOrEqual(delay.makespan);
      if (best.provedOptimal) expect(best.makespan).toBe(ref.opt);
      if (best.makespan === ref.opt) atOptimum++;
    }
    // A modest budget already reaches the optimum on most of them.
    expect(atOptimum).toBeGreaterThanOrEqual(25);
  });
});
