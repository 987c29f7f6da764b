import type { Migration } from "./migration.js";

/**
 * Workspaces, accounts, projects and the plan. Plan entities keep the columns that identify and
 * relate them (ids, parent, link ends) as columns with foreign keys, and the rest of their fields as
 * one jsonb document validated by the model's zod schema on the way in.
 */
export const core: Migration = {
  version: 1,
  name: "core",
  sql: `
CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL UNIQUE CHECK (email = lower(email)),
  name text NOT NULL,
  password_hash text,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);

CREATE TABLE workspaces (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);

CREATE TABLE workspace_members (
  workspace_id uuid NOT NULL REFERENCES workspaces ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('owner', 'manager', 'member', 'viewer')),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (workspace_id, user_id)
);
CREATE INDEX workspace_members_user ON workspace_members (user_id);

CREATE TABLE projects (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspaces ON DELETE CASCADE,
  name text NOT NULL,
  data jsonb NOT NULL,
  plan_version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX projects_workspace ON projects (workspace_id);

CREATE TABLE project_members (
  project_id uuid NOT NULL REFERENCES projects ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('owner', 'manager', 'member', 'viewer')),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, user_id)
);
CREATE INDEX project_members_user ON project_members (user_id);

CREATE TABLE calendars (
  project_id uuid NOT NULL REFERENCES projects ON DELETE CASCADE,
  id text NOT NULL,
  data jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, id)
);

CREATE TABLE tasks (
  project_id uuid NOT NULL REFERENCES projects ON DELETE CASCADE,
  id text NOT NULL,
  parent_id text,
  position double precision NOT NULL,
  data jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, id),
  FOREIGN KEY (project_id, parent_id) REFERENCES tasks (project_id, id) ON UPDATE CASCADE
);
CREATE INDEX tasks_parent ON tasks (project_id, parent_id);

CREATE TABLE links (
  project_id uuid NOT NULL REFERENCES projects ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  from_id text NOT NULL,
  to_id text NOT NULL,
  type text NOT NULL CHECK (type IN ('FS', 'SS', 'FF', 'SF')),
  data jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, id),
  -- Two links between the same tasks are allowed when their types differ (SS plus FF, say).
  UNIQUE (project_id, from_id, to_id, type),
  FOREIGN KEY (project_id, from_id) REFERENCES tasks (project_id, id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (project_id, to_id) REFERENCES tasks (project_id, id) ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX links_to ON links (project_id, to_id);

CREATE TABLE resources (
  project_id uuid NOT NULL REFERENCES projects ON DELETE CASCADE,
  id text NOT NULL,
  data jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, id)
);

CREATE TABLE assignments (
  project_id uuid NOT NULL REFERENCES projects ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  task_id text NOT NULL,
  resource_id text NOT NULL,
  data jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, id),
  UNIQUE (project_id, task_id, resource_id),
  FOREIGN KEY (project_id, task_id) REFERENCES tasks (project_id, id) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (project_id, resource_id) REFERENCES resources (project_id, id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE baselines (
  project_id uuid NOT NULL REFERENCES projects ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  data jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (project_id, id)
);

-- The schedule of the plan as of plan_version: its summary is written in the same transaction as
-- the edit; the full result (JSON kept as uncompressed text, only ever written and served whole) is
-- NULL until the first read of that version computes and stores it.
CREATE TABLE schedules (
  project_id uuid PRIMARY KEY REFERENCES projects ON DELETE CASCADE,
  plan_version integer NOT NULL,
  computed_at timestamptz NOT NULL DEFAULT now(),
  result text,
  -- The few figures lists of projects show (finish, float, milestones), without reading the result.
  summary jsonb NOT NULL
);
ALTER TABLE schedules ALTER COLUMN result SET STORAGE EXTERNAL;

-- No foreign keys: the history of a deleted project or user stays readable.
CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor_id uuid,
  workspace_id uuid,
  project_id uuid,
  entity text NOT NULL,
  entity_id text NOT NULL,
  action text NOT NULL CHECK (action IN ('create', 'update', 'delete')),
  before jsonb,
  after jsonb
);
CREATE INDEX audit_log_project ON audit_log (project_id, id);
CREATE INDEX audit_log_item ON audit_log (project_id, entity, entity_id, id);
CREATE INDEX audit_log_workspace ON audit_log (workspace_id, id);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_tokens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users ON DELETE CASCADE,
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  expires_at timestamptz
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

-- Instance-wide settings, e.g. the hash of the one-time setup token.
CREATE TABLE settings (
  key text PRIMARY KEY,
  value jsonb NOT NULL
);
`,
};
