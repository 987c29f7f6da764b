export * from "./coverage.js";
export * from "./next-question.js";
export * from "./star-story.js";
export * from "./story-fit.js";
export * from "./theme.js";
