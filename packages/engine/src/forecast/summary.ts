import type { Plan } from "@keel/model";
import { COMPLETE } from "../network/network.js";
import { formatWall, type WallMinute } from "../time.js";
import { Rng } from "./rng.js";
import {
  type ForecastChunk,
  type ForecastModel,
  mergeChunks,
  prepareForecast,
  simulateChunk,
} from "./simulation.js";
import {
  averageRanks,
  Correlation,
  histogram,
  percentile,
  percentileIndex,
  selectSorted,
} from "./statistics.js";
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
 * Sums for the rank correlations of each uncertain task's draw and each risk's occurrence (the
 * series, in that order) with the project finish's rank, over some iterations. Sums of separate
 * ranges of iterations add up (`mergeSensitivity`), so workers can share the work.
 */
export interface SensitivitySums {
  n: number;
  sy: number;
  syy: number;
  readonly sx: Float64Array;
  readonly sxx: Float64Array;
  readonly sxy: Float64Array;
}

/**
 * The sensitivity sums over iterations [start, start + count). `finishRanks[i]` is the rank of
 * iteration i's finish among all iterations. It replays the random streams (no scheduling).
 *
 * A draw u is the duration's quantile within its own distribution, i.e. its rank there as a share
 * (durations are drawn by inverse CDF): the correlation of u with the finish rank is Spearman's.
 */
export function sensitivitySums(
  model: ForecastModel,
  start: number,
  count: number,
  finishRanks: Float64Array,
): SensitivitySums {
  const { uncertain, risks } = model.sampling;
  const u = uncertain.length;
  const k = u + risks.length;
  const sums: SensitivitySums = {
    n: 0,
    sy: 0,
    syy: 0,
    sx: new Float64Array(k),
    sxx: new Float64Array(k),
    sxy: new Float64Array(k),
  };
  const { sx, sxx, sxy } = sums;
  const probability = Float64Array.from(risks, (r) => r.probability);
  const rng = new Rng();
  const draws = new Float64Array(k);
  // The uncertain tasks' three sums side by side (one cache line instead of three), split at the end.
  const acc = new Float64Array(3 * u);
  for (let i = start; i < start + count; i++) {
    rng.reseed(model.seed, i);
    rng.fill(draws);
    const r = finishRanks[i] as number;
    sums.n++;
    sums.sy += r;
    sums.syy += r * r;
    for (let j = 0; j < u; j++) {
      const x = draws[j] as number;
      acc[3 * j] = (acc[3 * j] as number) + x;
      acc[3 * j + 1] = (acc[3 * j + 1] as number) + x * x;
      acc[3 * j + 2] = (acc[3 * j + 2] as number) + x * r;
    }
    for (let j = u; j < k; j++) {
      if ((draws[j] as number) < (probability[j - u] as number)) {
        sx[j] = (sx[j] as number) + 1;
        sxx[j] = (sxx[j] as number) + 1;
        sxy[j] = (sxy[j] as number) + r;
      }
    }
  }
  for (let j = 0; j < u; j++) {
    sx[j] = acc[3 * j] as number;
    sxx[j] = acc[3 * j + 1] as number;
    sxy[j] = acc[3 * j + 2] as number;
  }
  return sums;
}

/** Adds up the sums of separate ranges of iterations. */
export function mergeSensitivity(parts: readonly SensitivitySums[]): SensitivitySums {
  const first = parts[0];
  if (first === undefined) throw new RangeError("no sensitivity sums to merge");
  const out: SensitivitySums = {
    n: 0,
    sy: 0,
    syy: 0,
    sx: new Float64Array(first.sx.length),
    sxx: new Float64Array(first.sx.length),
    sxy: new Float64Array(first.sx.length),
  };
  for (const p of parts) {
    out.n += p.n;
    out.sy += p.sy;
    out.syy += p.syy;
    for (let j = 0; j < out.sx.length; j++) {
      out.sx[j] = (out.sx[j] as number) + (p.sx[j] as number);
      out.sxx[j] = (out.sxx[j] as number) + (p.sxx[j] as number);
      out.sxy[j] = (out.sxy[j] as number) + (p.sxy[j] as number);
    }
  }
  return out;
}

/**
 * Pearson's r of series `j` with the finish ranks; 0 when either does not vary. Rounded to four
 * places: sums added up in another order (another split over workers) differ in the last bits.
 */
function correlation(s: SensitivitySums, j: number): number {
  const c = new Correlation();
  Object.assign(c, { n: s.n, sx: s.sx[j], sy: s.sy, sxx: s.sxx[j], syy: s.syy, sxy: s.sxy[j] });
  return Math.round(c.value() * 10_000) / 10_000;
}

/**
 * The `cols` columns of a row-major `rows × cols` matrix, one after the other. In tiles of rows:
 * reading one column straight down would touch a new cache line per row.
 */
function transpose(matrix: Float64Array, rows: number, cols: number): Float64Array {
  const out = new Float64Array(rows * cols);
  const TILE = 64;
  for (let i0 = 0; i0 < rows; i0 += TILE) {
    const end = Math.min(rows, i0 + TILE);
    for (let k = 0; k < cols; k++) {
      for (let i = i0; i < end; i++) out[k * rows + i] = matrix[i * cols + k] as number;
    }
  }
  return out;
}

/** Percentiles, histogram, deadlines, criticality and sensitivity from all iterations of a model. */
export function summariseForecast(
  model: ForecastModel,
  all: ForecastChunk,
  sensitivity?: SensitivitySums,
): ForecastResult {
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
  const columns = transpose(all.milestoneFinish, n, m);
  const at = PERCENTILES.map((q) => percentileIndex(n, q));
  const milestones = Array.from(model.milestones, (t, k) => {
    // Ten values of each column rather than its sort: hundreds of milestones add up.
    const picked = selectSorted(columns.subarray(k * n, (k + 1) * n), at);
    const finish: Partial<Record<PercentileKey, string>> = {};
    PERCENTILES.forEach((q, j) => {
      finish[`p${q}`] = iso(picked[j] as number);
    });
    const task = plan.tasks[t];
    return {
      id: task?.id ?? "",
      name: task?.name ?? "",
      planned: iso(model.plannedFinish[t] as number),
      finish: finish as Percentiles<string>,
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

  const sums = sensitivity ?? sensitivitySums(model, 0, n, averageRanks(all.finish));
  const byTask = new Float64Array(plan.tasks.length);
  const uncertain = new Uint8Array(plan.tasks.length);
  sampling.uncertain.forEach((t, k) => {
    byTask[t] = correlation(sums, k);
    uncertain[t] = 1;
  });
  const tasks: TaskForecast[] = Array.from(model.leaves, (t, k) => {
    const task = plan.tasks[t];
    return {
      id: task?.id ?? "",
      name: task?.name ?? "",
      uncertain: uncertain[t] === 1,
      // Finished work cannot delay anything, as a complete task is never critical in the schedule.
      criticality:
        net.progress[net.taskEntry[t] as number] === COMPLETE ? 0 : (all.critical[k] as number) / n,
      sensitivity: byTask[t] as number,
    };
  });
  const risks = sampling.risks.map((r, k) => ({
    id: r.id,
    probability: r.probability,
    occurred: (all.riskHits[k] as number) / n,
    sensitivity: correlation(sums, sampling.uncertain.length + k),
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
 * `prepareForecast` in each, `simulateChunk` on the ranges of `chunkRanges`, `mergeChunks`; then
 * `sensitivitySums` on the same ranges with the merged finishes' `averageRanks`, `mergeSensitivity`,
 * and `summariseForecast`: the result is the same for any split.
 */
export function runForecast(plan: Plan, options: ForecastOptions = {}): ForecastResult {
  const model = prepareForecast(plan, options);
  return summariseForecast(model, mergeChunks([simulateChunk(model, 0, model.iterations)]));
}
