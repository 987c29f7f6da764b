export * from "./exercise.js";
export * from "./exercise-by-id.js";
export * from "./exercise-link.js";
export * from "./exercise-progress.js";
export * from "./plan-facts.js";
export * from "./project-facts.js";
export * from "./starter-backlogs.js";
export * from "./starter-plan.js";
