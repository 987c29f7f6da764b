export { defaultBasis, type EvmBasis, taskBudget } from "./budget.js";
export type { CurvePoint } from "./curve.js";
export { earnedSchedule } from "./earned-schedule.js";
export {
  type EarnedValue,
  type EarnedValueOptions,
  type EvmSnapshot,
  type EvmTaskRow,
  earnedValue,
} from "./earned-value.js";
export { type EvmMetrics, evmMetrics, type MetricInputs } from "./metrics.js";
export type { EvmPeriod } from "./periods.js";
export { EvmError, type EvmProblem, type EvmProblemCode } from "./problems.js";
