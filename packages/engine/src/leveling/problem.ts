/**
 * A resource-constrained scheduling problem (RCPSP with generalized minimum time lags, release
 * dates, fixed activities and time-varying capacity), its options and its solution.
 *
 * Time is an integer axis: PSPLIB periods, days, or working minutes of a real plan. An activity `a`
 * that starts at `s` occupies the periods `s, s + 1, …, s + durations[a] - 1` (the half-open
 * interval `[s, s + d)`) and uses its demanded units of each resource in every one of them.
 */
export interface LevelingProblem {
  /** Per activity, an integer ≥ 0. A zero-duration activity (a milestone) needs no capacity. */
  durations: ArrayLike<number>;
  /** Earliest start per activity (default 0). Delay mode passes the unleveled start here. */
  release?: ArrayLike<number>;
  /**
   * Per activity: -1 for a free activity, otherwise the activity starts exactly here and is never
   * moved. A fixed activity may over-allocate; the others avoid whatever capacity it uses. Its
   * release and incoming edges are not enforced (the fixed start wins); its outgoing edges are.
   */
  fixedStart?: ArrayLike<number>;
  /**
   * Per activity: -1 for none, otherwise the latest start leveling may give it ("level within the
   * available float"). When the activity cannot be placed resource-feasibly at or before it, it is
   * placed at its precedence/release earliest start regardless of resources and reported in
   * {@link LevelingSolution.unresolved}.
   */
  latestStart?: ArrayLike<number>;
  /**
   * Generalized minimum time lags: `start[to] ≥ start[from] + lag`. A finish-to-start link without
   * lag is `lag = durations[from]`; the lag may be negative. The graph must be acyclic.
   */
  edges: readonly LevelingEdge[];
  /** Renewable resources: a constant capacity, or a step function of time. */
  resources: readonly LevelingResource[];
  /** Units per time unit while the activity runs; fractional units are allowed. */
  demands: readonly LevelingDemand[];
  /** Per activity, 0..1000, higher first in delay mode (default 500). */
  priority?: ArrayLike<number>;
}

export interface LevelingEdge {
  from: number;
  to: number;
  lag: number;
}

/**
 * `values[i]` holds from `times[i]` until `times[i + 1]`; the last value holds forever. `times` are
 * integers, strictly increasing, and `times[0] ≤ 0` (`values[0]` also holds before `times[0]`).
 * Time-varying capacity is how a person's leave or part-time work is expressed.
 */
export interface CapacityProfile {
  times: readonly number[];
  values: readonly number[];
}

export interface LevelingResource {
  capacity: number | CapacityProfile;
}

export interface LevelingDemand {
  activity: number;
  resource: number;
  units: number;
}

/** Single-pass priority rules, each a static priority taken among the eligible activities. */
export type PriorityRule = "lft" | "lst" | "minSlack" | "est" | "spt" | "grpw" | "mts";

export interface LevelingOptions {
  /**
   * `delay`: one deterministic serial pass in priority order (MS Project-like leveling). `optimise`:
   * a seeded genetic algorithm with justification that minimises the project finish. `rule`: one
   * serial pass in the order of {@link LevelingOptions.rule}.
   */
  mode: "delay" | "optimise" | "rule";
  /** Seed of the optimiser (default {@link DEFAULT_LEVELING_SEED}). */
  seed?: number;
  /** Wall budget in ms of the optimiser; only enforced when `now` is given. */
  budgetMs?: number;
  /** A clock in ms, injected by the caller (the engine has none). */
  now?: () => number;
  /**
   * Schedule budget of the optimiser (each serial pass, forward or backward, counts one; default
   * {@link DEFAULT_MAX_SCHEDULES}). When this budget, not the clock, ends the search, the result
   * depends on the seed only.
   */
  maxSchedules?: number;
  /** The rule of `mode: "rule"` (default `lft`). */
  rule?: PriorityRule;
  /** Population size of the optimiser (default 250, fewer beyond 8,000 activities). */
  population?: number;
}

export interface LevelingSolution {
  /** Start per activity. */
  starts: Int32Array;
  /** The project finish: max over activities of start + duration (0 when there are none). */
  makespan: number;
  /** Serial passes (schedules) generated. */
  schedules: number;
  /** A lower bound on the makespan of any feasible schedule (critical path, resource energy). */
  lowerBound: number;
  /** True when the makespan equals the lower bound and nothing is unresolved. */
  provedOptimal: boolean;
  /** Activities placed ignoring resources because they could not fit by their latest start, ascending. */
  unresolved: number[];
  /** Why the search stopped. */
  stoppedBy: "single-pass" | "lower-bound" | "schedules" | "time";
}

export const DEFAULT_LEVELING_SEED = 20_270_104;
export const DEFAULT_MAX_SCHEDULES = 50_000;

/** A problem that cannot be leveled as given; the message names the activity, resource or edge. */
export class LevelingInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LevelingInputError";
  }
}
