import type { Migration } from "./migration.js";

const itemTable = (name: string) => `
CREATE TABLE ${name} (
  project_id uuid NOT NULL REFERENCES projects ON DELETE CASCADE,
  id text NOT NULL,
  data jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, id)
);`;

/**
 * The RAID log and change requests. Risks become register entries: the old chance (0–1) and
 * duration impact move to `chance` and `delay`, and the chance also gives the probability level on
 * the default 1–5 scale (bands of 20 %); the impact level starts at the middle of the scale.
 */
export const raid: Migration = {
  version: 3,
  name: "raid",
  sql: `
UPDATE risks SET data = (data - 'probability' - 'impact') || jsonb_build_object(
  'kind', 'threat',
  'status', 'open',
  'chance', data->'probability',
  'delay', data->'impact',
  'probability', LEAST(5, 1 + floor((data->>'probability')::numeric * 5))::int,
  'impact', 3
) WHERE jsonb_typeof(data->'impact') = 'object';
${itemTable("assumptions")}
${itemTable("issues")}
${itemTable("dependencies")}
${itemTable("change_requests")}
`,
};
