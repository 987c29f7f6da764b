import { writeAudit } from "../audit.js";
import type { Queryable } from "../database.js";
import { translateDbError } from "../db-errors.js";
import { NotFoundError, VersionConflictError } from "../errors.js";

export const ROLES = ["viewer", "member", "manager", "owner"] as const;
/** Ordered from least to most; a role can do everything the roles before it can. */
export type Role = (typeof ROLES)[number];

export function roleAtLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

export interface User {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly createdAt: string;
  readonly version: number;
}

export interface Workspace {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly version: number;
}

export interface Member {
  readonly userId: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly version: number;
}

interface UserRow {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  created_at: Date;
  version: number;
}

const toUser = (r: UserRow): User => ({
  id: r.id,
  email: r.email,
  name: r.name,
  createdAt: r.created_at.toISOString(),
  version: r.version,
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Users, workspaces and who may do what where. Passwords arrive already hashed. */
export const accounts = {
  async countUsers(db: Queryable): Promise<number> {
    const rows = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM users");
    return rows[0]?.n ?? 0;
  },

  async createUser(
    tx: Queryable,
    actorId: string | null,
    input: { email: string; name: string; passwordHash: string | null },
  ): Promise<User> {
    try {
      const rows = await tx.query<UserRow>(
        "INSERT INTO users (email, name, password_hash) VALUES ($1, $2, $3) RETURNING *",
        [input.email.trim().toLowerCase(), input.name, input.passwordHash],
      );
      const user = toUser(rows[0] as UserRow);
      await writeAudit(tx, {
        actorId: actorId ?? user.id,
        workspaceId: null,
        projectId: null,
        entity: "user",
        entityId: user.id,
        action: "create",
        before: undefined,
        after: { email: user.email, name: user.name },
      });
      return user;
    } catch (error) {
      throw translateDbError(error, "user");
    }
  },

  async userById(db: Queryable, id: string): Promise<User | undefined> {
    if (!UUID.test(id)) return undefined;
    const rows = await db.query<UserRow>("SELECT * FROM users WHERE id = $1", [id]);
    return rows[0] === undefined ? undefined : toUser(rows[0]);
  },

  /** The user and their password hash, for signing in. */
  async credentialsByEmail(
    db: Queryable,
    email: string,
  ): Promise<{ user: User; passwordHash: string | null } | undefined> {
    const rows = await db.query<UserRow>("SELECT * FROM users WHERE email = $1", [
      email.trim().toLowerCase(),
    ]);
    const row = rows[0];
    return row === undefined ? undefined : { user: toUser(row), passwordHash: row.password_hash };
  },

  async setPassword(
    tx: Queryable,
    actorId: string | null,
    userId: string,
    passwordHash: string,
  ): Promise<void> {
    const rows = await tx.query<{ id: string }>(
      "UPDATE users SET password_hash = $2, version = version + 1 WHERE id = $1 RETURNING id",
      [userId, passwordHash],
    );
    if (rows.length === 0) throw new NotFoundError("user", userId);
    // Signing in again is required everywhere once the password changes.
    await tx.query("DELETE FROM sessions WHERE user_id = $1", [userId]);
    await writeAudit(tx, {
      // No actor: an administrator's reset from the command line, not the user.
      actorId,
      workspaceId: null,
      projectId: null,
      entity: "user",
      entityId: userId,
      action: "update",
      before: undefined,
      after: { password: "changed" },
    });
  },

  async createWorkspace(tx: Queryable, actorId: string, name: string): Promise<Workspace> {
    const rows = await tx.query<{ id: string; name: string; created_at: Date; version: number }>(
      "INSERT INTO workspaces (name) VALUES ($1) RETURNING *",
      [name],
    );
    const row = rows[0] as { id: string; name: string; created_at: Date; version: number };
    await tx.query("INSERT INTO workspace_members (workspace_id, user_id, role) VALUES ($1, $2, 'owner')", [
      row.id,
      actorId,
    ]);
    const workspace = {
      id: row.id,
      name: row.name,
      createdAt: row.created_at.toISOString(),
      version: row.version,
    };
    await writeAudit(tx, {
      actorId,
      workspaceId: row.id,
      projectId: null,
      entity: "workspace",
      entityId: row.id,
      action: "create",
      before: undefined,
      after: { name, owner: actorId },
    });
    return workspace;
  },

  async workspace(db: Queryable, id: string): Promise<Workspace | undefined> {
    if (!UUID.test(id)) return undefined;
    const rows = await db.query<{ id: string; name: string; created_at: Date; version: number }>(
      "SELECT * FROM workspaces WHERE id = $1",
      [id],
    );
    const r = rows[0];
    return r === undefined
      ? undefined
      : { id: r.id, name: r.name, createdAt: r.created_at.toISOString(), version: r.version };
  },

  async renameWorkspace(
    tx: Queryable,
    actorId: string,
    id: string,
    version: number,
    name: string,
  ): Promise<Workspace> {
    const before = await accounts.workspace(tx, id);
    if (before === undefined) throw new NotFoundError("workspace", id);
    if (before.version !== version) throw new VersionConflictError("workspace", id, version, before);
    await tx.query("UPDATE workspaces SET name = $2, version = version + 1 WHERE id = $1", [id, name]);
    await writeAudit(tx, {
      actorId,
      workspaceId: id,
      projectId: null,
      entity: "workspace",
      entityId: id,
      action: "update",
      before: { name: before.name },
      after: { name },
    });
    return (await accounts.workspace(tx, id)) as Workspace;
  },

  async deleteWorkspace(tx: Queryable, actorId: string, id: string): Promise<void> {
    const before = await accounts.workspace(tx, id);
    if (before === undefined) throw new NotFoundError("workspace", id);
    await tx.query("DELETE FROM workspaces WHERE id = $1", [id]);
    await writeAudit(tx, {
      actorId,
      workspaceId: id,
      projectId: null,
      entity: "workspace",
      entityId: id,
      action: "delete",
      before: { name: before.name },
      after: undefined,
    });
  },

  /** Workspaces the user belongs to, with their role in each. */
  async workspacesOf(db: Queryable, userId: string): Promise<(Workspace & { role: Role })[]> {
    const rows = await db.query<{ id: string; name: string; created_at: Date; version: number; role: Role }>(
      `SELECT w.*, m.role FROM workspaces w JOIN workspace_members m ON m.workspace_id = w.id
       WHERE m.user_id = $1 ORDER BY w.name, w.id`,
      [userId],
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      createdAt: r.created_at.toISOString(),
      version: r.version,
      role: r.role,
    }));
  },

  async workspaceRole(db: Queryable, userId: string, workspaceId: string): Promise<Role | undefined> {
    if (!UUID.test(workspaceId) || !UUID.test(userId)) return undefined;
    const rows = await db.query<{ role: Role }>(
      "SELECT role FROM workspace_members WHERE user_id = $1 AND workspace_id = $2",
      [userId, workspaceId],
    );
    return rows[0]?.role;
  },

  /**
   * The user's role on a project: a project membership overrides the workspace role (to narrow or
   * widen access to one project), except that workspace owners always own every project.
   */
  async projectRole(
    db: Queryable,
    userId: string,
    projectId: string,
  ): Promise<{ role: Role; workspaceId: string } | undefined> {
    if (!UUID.test(projectId)) return undefined;
    const rows = await db.query<{ workspace_id: string; ws_role: Role | null; project_role: Role | null }>(
      `SELECT p.workspace_id, wm.role AS ws_role, pm.role AS project_role
       FROM projects p
       LEFT JOIN workspace_members wm ON wm.workspace_id = p.workspace_id AND wm.user_id = $1
       LEFT JOIN project_members pm ON pm.project_id = p.id AND pm.user_id = $1
       WHERE p.id = $2`,
      [userId, projectId],
    );
    const r = rows[0];
    if (r === undefined) return undefined;
    const role = r.ws_role === "owner" ? "owner" : (r.project_role ?? r.ws_role);
    return role === null ? undefined : { role, workspaceId: r.workspace_id };
  },

  async members(db: Queryable, scope: "workspace" | "project", id: string): Promise<Member[]> {
    const table = scope === "workspace" ? "workspace_members" : "project_members";
    const rows = await db.query<{
      user_id: string;
      email: string;
      name: string;
      role: Role;
      version: number;
    }>(
      `SELECT m.user_id, u.email, u.name, m.role, m.version FROM ${table} m JOIN users u ON u.id = m.user_id
       WHERE m.${scope}_id = $1 ORDER BY u.name, u.email`,
      [id],
    );
    return rows.map((r) => ({
      userId: r.user_id,
      email: r.email,
      name: r.name,
      role: r.role,
      version: r.version,
    }));
  },

  /** Adds a member or changes their role. */
  async setMember(
    tx: Queryable,
    actorId: string,
    scope: { workspaceId: string; projectId?: string | undefined },
    userId: string,
    role: Role,
  ): Promise<void> {
    const project = scope.projectId !== undefined;
    const table = project ? "project_members" : "workspace_members";
    const column = project ? "project_id" : "workspace_id";
    const scopeId = scope.projectId ?? scope.workspaceId;
    const before = await tx.query<{ role: Role }>(
      `SELECT role FROM ${table} WHERE ${column} = $1 AND user_id = $2`,
      [scopeId, userId],
    );
    try {
      await tx.query(
        `INSERT INTO ${table} (${column}, user_id, role) VALUES ($1, $2, $3)
         ON CONFLICT (${column}, user_id) DO UPDATE SET role = $3, version = ${table}.version + 1`,
        [scopeId, userId, role],
      );
    } catch (error) {
      throw translateDbError(error, "member");
    }
    await writeAudit(tx, {
      actorId,
      workspaceId: scope.workspaceId,
      projectId: scope.projectId ?? null,
      entity: "member",
      entityId: userId,
      action: before[0] === undefined ? "create" : "update",
      before: before[0],
      after: { role },
    });
  },

  async removeMember(
    tx: Queryable,
    actorId: string,
    scope: { workspaceId: string; projectId?: string | undefined },
    userId: string,
  ): Promise<void> {
    if (!UUID.test(userId)) throw new NotFoundError("member", userId);
    const project = scope.projectId !== undefined;
    const table = project ? "project_members" : "workspace_members";
    const column = project ? "project_id" : "workspace_id";
    const rows = await tx.query<{ role: Role }>(
      `DELETE FROM ${table} WHERE ${column} = $1 AND user_id = $2 RETURNING role`,
      [scope.projectId ?? scope.workspaceId, userId],
    );
    if (rows[0] === undefined) throw new NotFoundError("member", userId);
    await writeAudit(tx, {
      actorId,
      workspaceId: scope.workspaceId,
      projectId: scope.projectId ?? null,
      entity: "member",
      entityId: userId,
      action: "delete",
      before: rows[0],
      after: undefined,
    });
    if (!project) {
      // Leaving a workspace ends every role in its projects too.
      const roles = await tx.query<{ project_id: string; role: Role }>(
        `DELETE FROM project_members pm USING projects p
         WHERE pm.project_id = p.id AND p.workspace_id = $1 AND pm.user_id = $2 RETURNING pm.project_id, pm.role`,
        [scope.workspaceId, userId],
      );
      for (const r of roles) {
        await writeAudit(tx, {
          actorId,
          workspaceId: scope.workspaceId,
          projectId: r.project_id,
          entity: "member",
          entityId: userId,
          action: "delete",
          before: { role: r.role },
          after: undefined,
        });
      }
    }
  },
};
