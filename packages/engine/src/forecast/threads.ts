/**
 * How many threads a schedule forecast is worth. A worker thread loads the modules and compiles
 * the plan itself before its first iteration, so a second thread only pays when its share of the
 * iterations takes longer than that start: below the crossover one thread (no worker at all) is
 * faster. The numbers are measured with `npm run bench:forecast`-style runs (docs/performance.md).
 */

/**
 * Task-iterations (tasks × iterations, on the integer pass) from which two threads finish sooner
 * than one. A further thread is added for each further crossover's worth of work, up to the cores:
 * every worker pays the start again in CPU time, so it needs its own share of work to earn it.
 */
export const THREAD_CROSSOVER = 40_000_000;

/**
 * One task-iteration through the general `Scheduler` (one full pass), in task-iterations of the
 * integer pass: measured 9 at 200 tasks, 10 at 1k and 9–18 at 10k.
 */
export const SCHEDULER_COST = 10;

/** The work of a forecast, in integer-pass task-iterations: what `forecastThreads` decides on. */
export function forecastWork(tasks: number, iterations: number, fast: boolean): number {
  return tasks * iterations * (fast ? 1 : SCHEDULER_COST);
}

/** Threads worth starting for `work` (see `forecastWork`) on `cores` cores: 1 below the crossover. */
export function forecastThreads(work: number, cores: number): number {
  if (!(work >= 0)) throw new RangeError(`the work must be a number of at least 0, not ${work}`);
  const most = Math.max(1, Math.floor(cores));
  return Math.min(most, 1 + Math.floor(work / THREAD_CROSSOVER));
}
