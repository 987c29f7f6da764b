import type { Migration } from "./migration.js";

/** Business KPIs and the history of status reports: project data kept beside the plan, not in it. */
export const tracking: Migration = {
  version: 4,
  name: "tracking",
  sql: `
CREATE TABLE kpis (
  project_id uuid NOT NULL REFERENCES projects ON DELETE CASCADE,
  id text NOT NULL,
  data jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, id)
);

CREATE TABLE status_reports (
  project_id uuid NOT NULL REFERENCES projects ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  as_of date NOT NULL,
  data jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, id)
);
CREATE INDEX status_reports_as_of ON status_reports (project_id, as_of);
`,
};
