import type { BaselineTask, Task } from "@keel/model";

/**
 * What earned value is measured in: the baseline's cost, or planned hours for plans without rates
 * (many IT projects track effort, not money).
 */
export type EvmBasis = "cost" | "hours";

/** The cost basis when any baselined leaf task has a cost above 0, else hours. */
export function defaultBasis(leaves: readonly Task[], baseline: ReadonlyMap<string, BaselineTask>): EvmBasis {
  return leaves.some((t) => (baseline.get(t.id)?.cost ?? 0) > 0) ? "cost" : "hours";
}

/**
 * A leaf task's budget (its share of BAC): its baseline cost on the cost basis (0 when it has
 * none); on the hours basis its baseline work, else its baseline duration, in hours. Summary tasks
 * get none of their own: they roll up their leaves, so nothing is counted twice.
 */
export function taskBudget(base: BaselineTask, basis: EvmBasis): number {
  if (basis === "cost") return base.cost ?? 0;
  return (base.workMinutes ?? base.durationMinutes) / 60;
}
