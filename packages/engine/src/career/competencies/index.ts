export * from "./competency.js";
export * from "./competency-strength.js";
export * from "./next-step.js";
export * from "./readiness.js";
export * from "./strength-formula.js";
export * from "./unknown-competencies.js";
