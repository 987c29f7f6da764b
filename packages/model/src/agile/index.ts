export * from "./agile-settings.js";
export * from "./backlog-item.js";
export * from "./sprint.js";
export * from "./workflow.js";
