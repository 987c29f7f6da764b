export * from "./data/certification-types.js";
export * from "./data/certifications.js";
export * from "./data/role-fit.js";
export * from "./eligibility/index.js";
