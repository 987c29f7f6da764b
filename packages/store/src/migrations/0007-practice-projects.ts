import type { Migration } from "./migration.js";

/**
 * The practice exercise a project was started from, set when the career hub makes it: a practice
 * project stays one when renamed, and a project that only shares its name is not one.
 */
export const practiceProjects: Migration = {
  version: 7,
  name: "practice-projects",
  sql: `
ALTER TABLE projects ADD COLUMN practice_exercise text;
`,
};
