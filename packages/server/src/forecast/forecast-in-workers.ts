import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import {
  averageRanks,
  chunkRanges,
  type ForecastChunk,
  type ForecastOptions,
  type ForecastResult,
  forecastThreads,
  forecastWork,
  mergeChunks,
  mergeSensitivity,
  prepareForecast,
  type SensitivitySums,
  simulateChunk,
  summariseForecast,
} from "@keel/engine";
import type { Plan } from "@keel/model";

/** The worker runs compiled JS from dist/, which sits at the same depth as src/. */
const WORKER = new URL("../../dist/forecast/forecast-worker.js", import.meta.url);

/** Gets one message from a worker, or its error. */
function next<T>(worker: Worker): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    const onExit = (code: number) => reject(new Error(`a forecast worker stopped (exit code ${code})`));
    worker.once("message", (message: T) => {
      worker.off("error", onError);
      worker.off("exit", onExit);
      resolve(message);
    });
    worker.once("error", onError);
    worker.once("exit", onExit);
  });
}

export interface WorkerSettings {
  /**
   * Threads to spread the iterations over, forced; by default as many as the work is worth on this
   * machine's cores (`forecastThreads`): one, on this thread, for a small plan.
   */
  readonly threads?: number;
  /** Never on this thread, not even with one: a server keeps its request thread free. */
  readonly offThread?: boolean;
}

/**
 * Runs a forecast with its iterations spread over worker threads. Every iteration draws from its
 * own random stream, so the result equals a single-thread `runForecast` exactly. Bad plans throw
 * PlanError from here, before any worker starts.
 */
export async function forecastInWorkers(
  plan: Plan,
  options: ForecastOptions,
  settings: WorkerSettings = {},
): Promise<ForecastResult> {
  const model = prepareForecast(plan, options);
  const threads =
    settings.threads ??
    forecastThreads(forecastWork(plan.tasks.length, model.iterations, model.fast), availableParallelism());
  const parts = chunkRanges(model.iterations, threads);
  if (parts.length === 1 && !settings.offThread) {
    return summariseForecast(model, mergeChunks([simulateChunk(model, 0, model.iterations)]));
  }
  const workers = parts.map(
    (range) =>
      // No inherited flags: a test runner's `--conditions source` would point the worker at TypeScript.
      new Worker(WORKER, { workerData: { plan, options, ...range }, execArgv: [] }),
  );
  try {
    const chunks = await Promise.all(workers.map((w) => next<ForecastChunk>(w)));
    const all = mergeChunks(chunks);
    const ranks = averageRanks(all.finish);
    const sums = await Promise.all(
      workers.map((w) => {
        const reply = next<SensitivitySums>(w);
        w.postMessage(ranks);
        return reply;
      }),
    );
    return summariseForecast(model, all, mergeSensitivity(sums));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
