import type { Migration } from "./migration.js";

/**
 * The career hub: one person's profile, evidence, decisions on Keel's evidence suggestions and
 * portfolio share links. Everything belongs to one user, is private to them, and goes when they go.
 */
export const career: Migration = {
  version: 5,
  name: "career",
  sql: `
CREATE TABLE career_profiles (
  user_id uuid PRIMARY KEY REFERENCES users ON DELETE CASCADE,
  data jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1
);

CREATE TABLE career_evidence (
  user_id uuid NOT NULL REFERENCES users ON DELETE CASCADE,
  id text NOT NULL,
  data jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (user_id, id)
);

-- A suggestion's key (rule, project, reference) once accepted or dismissed, so it does not come back.
CREATE TABLE career_suggestion_decisions (
  user_id uuid NOT NULL REFERENCES users ON DELETE CASCADE,
  key text NOT NULL,
  decision text NOT NULL CHECK (decision IN ('accepted', 'dismissed')),
  evidence_id text,
  at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, key)
);

-- Read-only links to a portfolio; only the hash of the link's secret is kept.
CREATE TABLE portfolio_shares (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users ON DELETE CASCADE,
  data jsonb NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX portfolio_shares_user ON portfolio_shares (user_id);
`,
};
