import { parentPort, workerData } from "node:worker_threads";
import { type ForecastOptions, prepareForecast, sensitivitySums, simulateChunk } from "@keel/engine";
import type { Plan } from "@keel/model";

/**
 * One share of a forecast's iterations, off the main thread: simulate a range, then (once the main
 * thread has ranked every finish) the sensitivity sums of the same range. See forecast-in-workers.ts.
 */
const { plan, options, start, count } = workerData as {
  plan: Plan;
  options: ForecastOptions;
  start: number;
  count: number;
};
const port = parentPort;
if (port === null) throw new Error("forecast-worker runs as a worker thread");
const model = prepareForecast(plan, options);
const chunk = simulateChunk(model, start, count);
port.postMessage(chunk, [
  chunk.finish.buffer,
  chunk.milestoneFinish.buffer,
  chunk.critical.buffer,
  chunk.deadlineMet.buffer,
  chunk.riskHits.buffer,
] as ArrayBuffer[]);
port.once("message", (ranks: Float64Array) => {
  const sums = sensitivitySums(model, start, count, ranks);
  port.postMessage(sums, [sums.sx.buffer, sums.sxx.buffer, sums.sxy.buffer] as ArrayBuffer[]);
});
