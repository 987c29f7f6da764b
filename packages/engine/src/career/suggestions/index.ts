export * from "./project-activity.js";
export { MIN_REPORTS_ON_CADENCE, REPORT_CADENCES } from "./reports-on-cadence.js";
export { MIN_SPRINTS_COMPLETED } from "./sprints-completed.js";
export * from "./suggest-evidence.js";
