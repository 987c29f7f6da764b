export * from "./as-planned.js";
export * from "./capture.js";
export * from "./variance.js";
