export { taskProgress } from "./task-progress.js";
export type { ProgressState, TaskProgressResult } from "./types.js";
