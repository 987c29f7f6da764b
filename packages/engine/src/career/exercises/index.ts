export * from "./exercise.js";
export * from "./exercise-by-id.js";
export * from "./exercise-progress.js";
export * from "./plan-facts.js";
export * from "./project-facts.js";
