export { WorkCalendar } from "./calendar/work-calendar.js";
export { Scheduler, schedulePlan } from "./cpm/scheduler.js";
export { compileNetwork, durationMinutes } from "./network/compile.js";
export type { Network } from "./network/network.js";
export * from "./problem.js";
export * from "./result.js";
export { formatWall, parseWall, type WallMinute, type WorkMinute } from "./time.js";
