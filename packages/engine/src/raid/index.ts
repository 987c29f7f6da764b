export * from "./check-raid.js";
export * from "./exposure.js";
export * from "./exposure-trend.js";
export * from "./heat-map.js";
export * from "./risk-events.js";
export * from "./scales.js";
export * from "./stale.js";
