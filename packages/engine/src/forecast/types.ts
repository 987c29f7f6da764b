import type { Duration } from "@keel/model";
import type { DistributionKind } from "./distributions.js";

/**
 * A risk event: with `probability` (0–1) in an iteration, `impact` is added to each task in `tasks`;
 * a negative impact (an opportunity) shortens them.
 */
export interface RiskEvent {
  readonly id: string;
  readonly probability: number;
  readonly impact: Duration;
  readonly tasks: readonly string[];
}

export interface ForecastOptions {
  /** Iterations to run; 10,000 by default. */
  readonly iterations?: number;
  /** Seed of the random streams (a 32-bit integer); 1 by default, so a forecast is reproducible. */
  readonly seed?: number;
  /** How three-point estimates are sampled; triangular by default. */
  readonly distribution?: DistributionKind;
  /**
   * Spread for tasks without a three-point estimate, as a fraction (0.2 = ±20 %): such a task is
   * sampled from a triangular distribution on duration × (1 ± uncertainty). 0 by default: fixed.
   */
  readonly uncertainty?: number;
  readonly risks?: readonly RiskEvent[];
}

/** The percentiles reported for every finish. */
export const PERCENTILES = [10, 20, 30, 40, 50, 60, 70, 80, 90, 95] as const;
export type PercentileKey = `p${(typeof PERCENTILES)[number]}`;
export type Percentiles<T> = { readonly [K in PercentileKey]: T };

/** One bar of the finish histogram; `cumulative` (the S-curve) is the share finished by `end`. */
export interface HistogramBin {
  readonly start: string;
  readonly end: string;
  /** Working days from the project start, at the bin's end. */
  readonly endWorkingDays: number;
  readonly count: number;
  readonly cumulative: number;
}

export interface MilestoneForecast {
  readonly id: string;
  readonly name: string;
  /** Its finish with the scheduled (most likely) durations. */
  readonly planned: string;
  readonly finish: Percentiles<string>;
}

export interface DeadlineForecast {
  readonly id: string;
  readonly name: string;
  readonly deadline: string;
  /** Share of iterations in which the task finishes by its deadline. */
  readonly probability: number;
}

export interface TaskForecast {
  readonly id: string;
  readonly name: string;
  /** Whether the task's duration varies (a three-point estimate, or the global uncertainty). */
  readonly uncertain: boolean;
  /** Share of iterations in which the task is critical (total float ≤ 0). */
  readonly criticality: number;
  /** Spearman rank correlation of the task's sampled duration with the project finish; 0 when fixed. */
  readonly sensitivity: number;
}

export interface RiskForecast {
  readonly id: string;
  readonly probability: number;
  /** Share of iterations in which the risk occurred. */
  readonly occurred: number;
  /** Rank correlation of the risk occurring with the project finish. */
  readonly sensitivity: number;
}

export interface ForecastResult {
  readonly iterations: number;
  readonly seed: number;
  readonly distribution: DistributionKind;
  readonly uncertainty: number;
  readonly start: string;
  /** The project finish with the scheduled durations, and the share of iterations that meet it. */
  readonly plannedFinish: string;
  readonly plannedFinishProbability: number;
  readonly finish: Percentiles<string>;
  /** The same percentiles in working days from the project start. */
  readonly finishWorkingDays: Percentiles<number>;
  readonly meanWorkingDays: number;
  readonly stdDevWorkingDays: number;
  readonly histogram: readonly HistogramBin[];
  readonly milestones: readonly MilestoneForecast[];
  readonly deadlines: readonly DeadlineForecast[];
  /** Leaf tasks and milestones, in plan order. */
  readonly tasks: readonly TaskForecast[];
  readonly risks: readonly RiskForecast[];
}
