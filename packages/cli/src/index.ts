export { check } from "./commands/check.js";
export { critical } from "./commands/critical.js";
export { SCHEDULE_FORMATS, type ScheduleFormat, schedule } from "./commands/schedule.js";
export { ExitCode } from "./exit-code.js";
export { type BufferedOutput, bufferedOutput, type Output } from "./output.js";
export { run } from "./run.js";
