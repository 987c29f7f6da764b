import type { Migration } from "./migration.js";

/**
 * A project's product vision: one document (statement, objectives with key results, roadmap,
 * what the team will not do, review log), stored beside the plan like the team's agile settings.
 */
export const productVision: Migration = {
  version: 8,
  name: "product-vision",
  sql: `
CREATE TABLE product_visions (
  project_id uuid NOT NULL REFERENCES projects ON DELETE CASCADE,
  id text NOT NULL,
  data jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, id)
);
`,
};
