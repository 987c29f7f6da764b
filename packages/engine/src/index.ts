export * from "./agile/index.js";
export * from "./baseline/index.js";
export { WorkCalendar } from "./calendar/work-calendar.js";
export * from "./career/index.js";
export * from "./change/index.js";
export { Scheduler, schedulePlan } from "./cpm/scheduler.js";
export * from "./evm/index.js";
export type { DistributionKind } from "./forecast/distributions.js";
export { forecastVaries } from "./forecast/forecast-varies.js";
export {
  chunkRanges,
  DEFAULT_ITERATIONS,
  DEFAULT_SEED,
  type ForecastChunk,
  type ForecastModel,
  mergeChunks,
  prepareForecast,
  simulateChunk,
} from "./forecast/simulation.js";
export { averageRanks } from "./forecast/statistics.js";
export {
  mergeSensitivity,
  runForecast,
  type SensitivitySums,
  sensitivitySums,
  summariseForecast,
} from "./forecast/summary.js";
export {
  forecastThreads,
  forecastWork,
  SCHEDULER_COST,
  THREAD_CROSSOVER,
} from "./forecast/threads.js";
export * from "./forecast/throughput-exports.js";
export * from "./forecast/types.js";
export * from "./leveling/index.js";
export { compileNetwork, durationMinutes } from "./network/compile.js";
export type { Network } from "./network/network.js";
export * from "./problem.js";
export * from "./progress/index.js";
export * from "./raid/index.js";
export { PlanCalendars } from "./resources/availability.js";
export * from "./resources/capacity.js";
export * from "./resources/level-plan.js";
export * from "./resources/leveling-outcome.js";
export * from "./resources/load.js";
export * from "./result.js";
export * from "./status/index.js";
export { formatWall, parseWall, type WallMinute, type WorkMinute } from "./time.js";
