import type { Migration } from "./migration.js";

/**
 * Agile delivery beside the plan: the team's settings (workflow, WIP limits, cadence), the product
 * backlog and its sprints. Kept out of the plan so a large backlog never slows scheduling.
 */
export const agile: Migration = {
  version: 6,
  name: "agile",
  sql: `
CREATE TABLE agile_settings (
  project_id uuid NOT NULL REFERENCES projects ON DELETE CASCADE,
  id text NOT NULL,
  data jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, id)
);

CREATE TABLE backlog_items (
  project_id uuid NOT NULL REFERENCES projects ON DELETE CASCADE,
  id text NOT NULL,
  rank double precision NOT NULL,
  data jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, id)
);
CREATE INDEX backlog_items_rank ON backlog_items (project_id, rank);

CREATE TABLE sprints (
  project_id uuid NOT NULL REFERENCES projects ON DELETE CASCADE,
  id text NOT NULL,
  start date NOT NULL,
  data jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, id)
);
`,
};
