export { checkSchedule, type LevelingViolation } from "./check.js";
export { PRIORITY_RULES } from "./priority-rules.js";
export * from "./problem.js";
export { levelResources } from "./solve.js";
