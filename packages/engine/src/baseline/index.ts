export * from "./capture.js";
export * from "./variance.js";
