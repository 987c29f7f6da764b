export * from "./variance.js";
