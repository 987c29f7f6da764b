/**
 * Schedules one Monte Carlo iteration: durations are written per task (leaf tasks, in working or
 * elapsed minutes as the task counts them), then `evaluate` runs the CPM and the getters read it.
 * The getters fill arrays rather than return one number per call: a double returned from a call
 * that is not inlined is boxed, which adds up over thousands of milestones and iterations.
 */
export interface Evaluator {
  /**
   * The durations `evaluate` reads: task t's at `durations[slot[t]]`, so an iteration's draws go
   * straight where the pass reads them.
   */
  readonly durations: Float64Array;
  readonly slot: Int32Array;
  evaluate(): void;
  /** The project finish, in wall minutes. */
  projectFinish(): number;
  /** Writes the early finish of each of `nodes`, in wall minutes, to `out` from index `at`. */
  finishes(nodes: Int32Array, out: Float64Array, at: number): void;
  /**
   * Adds 1 to `counts[slot[node]]` for each critical node (total float ≤ 0; deadlines and late
   * constraints count, as in `keel schedule`) whose slot is not -1.
   */
  countCritical(slot: Int32Array, counts: Uint32Array): void;
}
