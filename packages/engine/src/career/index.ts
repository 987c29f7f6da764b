export * from "./data/certification-types.js";
export * from "./data/certifications.js";
export * from "./data/role-fit.js";
export * from "./data/words/index.js";
export * from "./eligibility/index.js";
export * from "./match/index.js";
export * from "./resume/index.js";
