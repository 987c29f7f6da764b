export * from "./calendar.js";
export * from "./dates.js";
export * from "./duration.js";
export * from "./link.js";
export * from "./plan.js";
export * from "./project.js";
export * from "./task.js";
