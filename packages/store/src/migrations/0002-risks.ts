import type { Migration } from "./migration.js";

/** Risks of a project's plan: the events schedule forecasts draw, and later the RAID register's risks. */
export const risks: Migration = {
  version: 2,
  name: "risks",
  sql: `
CREATE TABLE risks (
  project_id uuid NOT NULL REFERENCES projects ON DELETE CASCADE,
  id text NOT NULL,
  data jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, id)
);
`,
};
