import type { Plan } from "@keel/model";
import { generatePlan } from "./generate.js";
import { tj3Subset } from "./tj3-subset.js";

export const BENCH_SEED = 2027;

/**
 * `working`: all durations and lags count working time — the common plan, and the engine's integer
 * fast path. `elapsed`: some elapsed durations and lags (`3ed`) too, which need calendar lookups.
 */
export const PLAN_KINDS = ["working", "elapsed"] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

/**
 * The benchmark's plan of `tasks` tasks: summary phases, milestones, holidays, FS/SS links with
 * working and percent lags (and elapsed ones for `elapsed`), kept within what tj3 schedules so that
 * the same plan can be timed in both.
 */
export function benchPlan(tasks: number, kind: PlanKind): Plan {
  return tj3Subset(
    generatePlan({
      tasks,
      seed: BENCH_SEED,
      linkTypes: ["FS", "SS"],
      leads: false,
      summaries: true,
      elapsed: kind === "elapsed",
    }),
  );
}
