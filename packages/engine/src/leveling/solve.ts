import { criticalPath, lowerBound } from "./cpm.js";
import { compileInstance } from "./instance.js";
import { Justifier } from "./justify.js";
import { delayKey, PRIORITY_RULES, RegretSampler, ruleKey } from "./priority-rules.js";
import {
  DEFAULT_LEVELING_SEED,
  DEFAULT_MAX_SCHEDULES,
  type LevelingOptions,
  type LevelingProblem,
  type LevelingSolution,
} from "./problem.js";
import { baseSteps, createProfile } from "./profile.js";
import { geneticSearch } from "./search.js";
import { Sgs } from "./sgs.js";

/**
 * Levels resources: returns a start per activity that respects every edge, release, fixed start
 * and capacity (except activities reported `unresolved`).
 *
 * - `delay`: one serial pass, fixed activities first, then in precedence-feasible order by highest
 *   priority, least total float, earliest early start, lowest index. Deterministic.
 * - `rule`: one serial pass in the order of a priority rule (`lft` by default).
 * - `optimise`: the delay schedule, then a seeded genetic algorithm with justification that
 *   minimises the project finish until the lower bound is reached or a budget (`maxSchedules`,
 *   or `budgetMs` with `now`) runs out. Never worse than `delay`; the result is left-justified.
 *
 * Throws {@link LevelingInputError} for an invalid problem (a cycle, a demand no capacity can
 * ever meet, out-of-range indexes).
 */
export function levelResources(problem: LevelingProblem, options: LevelingOptions): LevelingSolution {
  const start = options.now?.();
  const inst = compileInstance(problem);
  const cpm = criticalPath(inst);
  const base = baseSteps(inst);
  const lb = lowerBound(inst, cpm, base);
  const sgs = new Sgs(inst, createProfile(inst, base));
  const ev = new Justifier(sgs);
  const n = inst.n;

  const delayList = new Int32Array(n);
  sgs.orderForward(delayKey(inst, cpm), delayList);
  if (options.mode !== "optimise") {
    let list = delayList;
    if (options.mode === "rule") {
      list = new Int32Array(n);
      sgs.orderForward(ruleKey(inst, cpm, options.rule ?? "lft"), list);
    }
    const starts = new Float64Array(n);
    const makespan = sgs.forward(list, starts);
    return solution(starts, makespan, "single-pass");
  }

  // Optimise: the delay schedule is the incumbent and the first seed.
  const seeds = [delayList];
  for (const rule of PRIORITY_RULES) {
    const list = new Int32Array(n);
    sgs.orderForward(ruleKey(inst, cpm, rule), list);
    seeds.push(list);
  }
  const sampler = new RegretSampler(inst, ruleKey(inst, cpm, "lft"));
  const budget = options.budgetMs;
  const result = geneticSearch(ev, seeds, sampler, {
    target: lb,
    maxSchedules: options.maxSchedules ?? DEFAULT_MAX_SCHEDULES,
    now: options.now,
    // A little of the budget is kept for the final pass and for a busy machine's scheduling delays.
    deadline:
      options.now && budget !== undefined && start !== undefined
        ? start + budget - Math.min(50, budget * 0.05)
        : undefined,
    seed: options.seed ?? DEFAULT_LEVELING_SEED,
    population: options.population ?? defaultPopulation(n),
  });
  const starts = new Float64Array(n);
  const makespan = sgs.forward(result.list, starts);
  return solution(starts, makespan, result.stoppedBy);

  function solution(starts: Float64Array, makespan: number, stoppedBy: LevelingSolution["stoppedBy"]) {
    const unresolved: number[] = [];
    for (let a = 0; a < n; a++) if (sgs.flag[a]) unresolved.push(a);
    return {
      starts: Int32Array.from(starts),
      makespan,
      schedules: sgs.schedules,
      lowerBound: lb,
      provedOptimal: unresolved.length === 0 && makespan <= lb,
      unresolved,
      stoppedBy,
    };
  }
}

/** 250 lists, fewer for very large problems (the population holds 2 × population × n starts). */
function defaultPopulation(n: number): number {
  return Math.min(250, Math.max(20, Math.floor(2 ** 21 / Math.max(1, n))));
}
