import { Worker } from "node:worker_threads";
import {
  averageRanks,
  chunkRanges,
  type ForecastChunk,
  type ForecastOptions,
  type ForecastResult,
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

/** Below this many task-iterations, starting workers costs more than it saves. */
const WORTH_A_WORKER = 2_000_000;

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

/**
 * Runs a forecast with its iterations spread over `threads` worker threads. Every iteration draws
 * from its own random stream, so the result equals a single-thread `runForecast` exactly. Forecasts
 * of fewer task-iterations than `inProcessBelow` run on this thread (the CLI's default: starting a
 * worker costs more than they take); a server passes 0 to keep its request thread free. Bad plans
 * throw PlanError from here, before any worker starts.
 */
export async function forecastInWorkers(
  plan: Plan,
  options: ForecastOptions,
  threads: number,
  inProcessBelow = WORTH_A_WORKER,
): Promise<ForecastResult> {
  const model = prepareForecast(plan, options);
  const parts = chunkRanges(model.iterations, threads);
  const small = plan.tasks.length * model.iterations < inProcessBelow;
  if (small || (parts.length === 1 && inProcessBelow > 0)) {
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
