export * from "./eligibility.js";
export * from "./holding.js";
export * from "./path-steps.js";
export * from "./rank-certifications.js";
export * from "./recommended-path.js";
export * from "./types.js";
