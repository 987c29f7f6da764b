import type { Plan } from "@keel/model";
import { formatWall, type WallMinute } from "../time.js";
import { Rng } from "./rng.js";
import {
  type ForecastChunk,
  type ForecastModel,
  mergeChunks,
  prepareForecast,
  simulateChunk,
} from "./simulation.js";
import { averageRanks, Correlation, histogram, percentile } from "./statistics.js";
import {
  type ForecastOptions,
  type ForecastResult,
  PERCENTILES,
  type PercentileKey,
  type Percentiles,
  type TaskForecast,
} from "./types.js";

const iso = (t: number) => formatWall(t as WallMinute);

function percentiles<T>(sorted: Float64Array, f: (v: number) => T): Percentiles<T> {
  const out: Partial<Record<PercentileKey, T>> = {};
  for (const q of PERCENTILES) out[`p${q}`] = f(percentile(sorted, q));
  return out as Percentiles<T>;
}

/**
 * Sums for the rank correlations of each uncertain task's draw and each risk's occurrence with the
 * project finish, over iterations [start, start + count). `finishRanks[i]` is the rank of iteration
 * i's finish among all iterations. It replays the random streams (no scheduling), so it can be split
 * like the simulation: merge the returned sums with `Correlation.merge`.
 *
 * A draw u is the duration's quantile within its own distribution, i.e. its rank there as a share
 * (durations are drawn by inverse CDF): the correlation of u with the finish rank is Spearman's.
 */
export function sensitivitySums(
  model: ForecastModel,
  start: number,
  count: number,
  finishRanks: Float64Array,
): Correlation[] {
  const { uncertain, risks } = model.sampling;
  const sums = Array.from({ length: uncertain.length + risks.length }, () => new Correlation());
  const rng = new Rng();
  for (let i = start; i < start + count; i++) {
    rng.reseed(model.seed, i);
    const r = finishRanks[i] as number;
    for (let k = 0; k < uncertain.length; k++) (sums[k] as Correlation).add(rng.next(), r);
    for (let k = 0; k < risks.length; k++) {
      (sums[uncertain.length + k] as Correlation).add(
        rng.next() < (risks[k]?.probability as number) ? 1 : 0,
        r,
      );
    }
  }
  return sums;
}

/** Percentiles, histogram, deadlines, criticality and sensitivity from all iterations of a model. */
export function summariseForecast(model: ForecastModel, all: ForecastChunk): ForecastResult {
  const { net, plan, sampling } = model;
  if (all.start !== 0 || all.count !== model.iterations) {
    throw new RangeError(
      `the chunks cover iterations ${all.start}…${all.start + all.count - 1}, not all ${model.iterations}`,
    );
  }
  const n = all.count;
  const cal = net.projectCalendar;
  const w0 = cal.toWork(net.projectStart);
  const days = (t: number) => (cal.toWork(t) - w0) / net.minutesPerDay;
  const sorted = Float64Array.from(all.finish).sort();
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < n; i++) {
    const d = days(all.finish[i] as number);
    sum += d;
    sumSq += d * d;
  }
  const mean = sum / n;
  const variance = n > 1 ? Math.max(0, (sumSq - n * mean * mean) / (n - 1)) : 0;
  const sortedDays = sorted.map(days);
  const planned = model.plannedProjectFinish;
  let meetPlanned = 0;
  for (let i = 0; i < n; i++) if ((all.finish[i] as number) <= planned) meetPlanned++;

  const minutesToWall = (d: number) => cal.toWallFinish(w0 + Math.round(d * net.minutesPerDay));
  const bins = histogram(sortedDays).map((b) => ({
    start: iso(Math.max(net.projectStart, cal.toWallStart(w0 + Math.round(b.from * net.minutesPerDay)))),
    end: iso(minutesToWall(b.to)),
    endWorkingDays: b.to,
    count: b.count,
    cumulative: b.cumulative,
  }));

  const m = model.milestones.length;
  const milestones = Array.from(model.milestones, (t, k) => {
    const column = new Float64Array(n);
    for (let i = 0; i < n; i++) column[i] = all.milestoneFinish[i * m + k] as number;
    column.sort();
    const task = plan.tasks[t];
    return {
      id: task?.id ?? "",
      name: task?.name ?? "",
      planned: iso(model.plannedFinish[t] as number),
      finish: percentiles(column, iso),
    };
  });

  const deadlines = Array.from(model.deadlines, (t, k) => {
    const task = plan.tasks[t];
    return {
      id: task?.id ?? "",
      name: task?.name ?? "",
      deadline: task?.deadline ?? "",
      probability: (all.deadlineMet[k] as number) / n,
    };
  });

  const ranks = averageRanks(all.finish);
  const sums = sensitivitySums(model, 0, n, ranks);
  const sensitivity = new Float64Array(plan.tasks.length);
  const uncertain = new Uint8Array(plan.tasks.length);
  sampling.uncertain.forEach((t, k) => {
    sensitivity[t] = (sums[k] as Correlation).value();
    uncertain[t] = 1;
  });
  const tasks: TaskForecast[] = Array.from(model.leaves, (t, k) => {
    const task = plan.tasks[t];
    return {
      id: task?.id ?? "",
      name: task?.name ?? "",
      uncertain: uncertain[t] === 1,
      criticality: (all.critical[k] as number) / n,
      sensitivity: sensitivity[t] as number,
    };
  });
  const risks = sampling.risks.map((r, k) => ({
    id: r.id,
    probability: r.probability,
    occurred: (all.riskHits[k] as number) / n,
    sensitivity: (sums[sampling.uncertain.length + k] as Correlation).value(),
  }));

  return {
    iterations: n,
    seed: model.seed,
    distribution: model.distribution,
    uncertainty: model.uncertainty,
    start: iso(net.projectStart),
    plannedFinish: iso(planned),
    plannedFinishProbability: meetPlanned / n,
    finish: percentiles(sorted, iso),
    finishWorkingDays: percentiles(sortedDays, (d) => Math.round(d * 100) / 100),
    meanWorkingDays: mean,
    stdDevWorkingDays: Math.sqrt(variance),
    histogram: bins,
    milestones,
    deadlines,
    tasks,
    risks,
  };
}

/**
 * Schedule Monte Carlo in one go, on this thread. To spread the iterations over workers, call
 * `prepareForecast` in each, `simulateChunk` on the ranges of `chunkRanges`, then `mergeChunks`
 * and `summariseForecast`: the result is the same for any split.
 */
export function runForecast(plan: Plan, options: ForecastOptions = {}): ForecastResult {
  const model = prepareForecast(plan, options);
  return summariseForecast(model, mergeChunks([simulateChunk(model, 0, model.iterations)]));
}
