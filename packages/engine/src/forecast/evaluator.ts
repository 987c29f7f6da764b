/**
 * Schedules one Monte Carlo iteration: durations are set per task (leaf tasks, in working or
 * elapsed minutes as the task counts them), then `evaluate` runs the CPM and the getters read it.
 */
export interface Evaluator {
  setDuration(task: number, minutes: number): void;
  evaluate(): void;
  /** The project finish, in wall minutes. */
  projectFinish(): number;
  /** Early finish of a node, in wall minutes. */
  finish(node: number): number;
  /**
   * Adds 1 to `counts[slot[node]]` for each critical node (total float ≤ 0; deadlines and late
   * constraints count, as in `keel schedule`) whose slot is not -1.
   */
  countCritical(slot: Int32Array, counts: Uint32Array): void;
}
