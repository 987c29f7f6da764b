import { writeAudit } from "../audit.js";
import type { Queryable } from "../database.js";

export interface SessionRecord {
  readonly userId: string;
  readonly csrfToken: string;
  readonly expiresAt: Date;
}

export interface ApiTokenRecord {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly expiresAt: string | null;
}

/** Sign-in sessions and personal API tokens. Only hashes of the secrets are stored. */
export const credentials = {
  async createSession(
    db: Queryable,
    session: { tokenHash: string; userId: string; csrfToken: string; expiresAt: Date },
  ): Promise<void> {
    await db.query(
      "INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4)",
      [session.tokenHash, session.userId, session.csrfToken, session.expiresAt],
    );
  },

  /** A live session (expired ones are not returned). */
  async session(db: Queryable, tokenHash: string): Promise<SessionRecord | undefined> {
    const rows = await db.query<{ user_id: string; csrf_token: string; expires_at: Date }>(
      "SELECT user_id, csrf_token, expires_at FROM sessions WHERE token_hash = $1 AND expires_at > now()",
      [tokenHash],
    );
    const r = rows[0];
    return r === undefined
      ? undefined
      : { userId: r.user_id, csrfToken: r.csrf_token, expiresAt: r.expires_at };
  },

  async deleteSession(db: Queryable, tokenHash: string): Promise<void> {
    await db.query("DELETE FROM sessions WHERE token_hash = $1 OR expires_at < now()", [tokenHash]);
  },

  async createApiToken(
    db: Queryable,
    token: { userId: string; name: string; tokenHash: string; expiresAt: Date | null },
  ): Promise<ApiTokenRecord> {
    const rows = await db.query<{ id: string; name: string; created_at: Date; expires_at: Date | null }>(
      "INSERT INTO api_tokens (user_id, name, token_hash, expires_at) VALUES ($1, $2, $3, $4) RETURNING *",
      [token.userId, token.name, token.tokenHash, token.expiresAt],
    );
    const r = rows[0] as { id: string; name: string; created_at: Date; expires_at: Date | null };
    // Who can act for a user is worth a trace; the secret itself never appears.
    await writeAudit(db, {
      actorId: token.userId,
      workspaceId: null,
      projectId: null,
      entity: "api_token",
      entityId: r.id,
      action: "create",
      before: undefined,
      after: { userId: token.userId, name: r.name, expiresAt: r.expires_at?.toISOString() ?? null },
    });
    return {
      id: r.id,
      name: r.name,
      createdAt: r.created_at.toISOString(),
      lastUsedAt: null,
      expiresAt: r.expires_at?.toISOString() ?? null,
    };
  },

  /**
   * The owner of a live token, marking it used. The mark is refreshed at most once a minute, so that
   * requests with one token neither write nor queue on the token's row.
   */
  async userOfApiToken(db: Queryable, tokenHash: string): Promise<string | undefined> {
    const rows = await db.query<{ user_id: string }>(
      `WITH live AS (
         SELECT id, user_id, last_used_at FROM api_tokens
         WHERE token_hash = $1 AND (expires_at IS NULL OR expires_at > now())
       ), used AS (
         UPDATE api_tokens t SET last_used_at = now() FROM live
         WHERE t.id = live.id AND (live.last_used_at IS NULL OR live.last_used_at < now() - interval '1 minute')
       )
       SELECT user_id FROM live`,
      [tokenHash],
    );
    return rows[0]?.user_id;
  },

  async apiTokens(db: Queryable, userId: string): Promise<ApiTokenRecord[]> {
    const rows = await db.query<{
      id: string;
      name: string;
      created_at: Date;
      last_used_at: Date | null;
      expires_at: Date | null;
    }>("SELECT * FROM api_tokens WHERE user_id = $1 ORDER BY created_at", [userId]);
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      createdAt: r.created_at.toISOString(),
      lastUsedAt: r.last_used_at?.toISOString() ?? null,
      expiresAt: r.expires_at?.toISOString() ?? null,
    }));
  },

  async deleteApiToken(db: Queryable, userId: string, id: string): Promise<boolean> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return false;
    const rows = await db.query<{ name: string }>(
      "DELETE FROM api_tokens WHERE user_id = $1 AND id = $2 RETURNING name",
      [userId, id],
    );
    if (rows[0] === undefined) return false;
    await writeAudit(db, {
      actorId: userId,
      workspaceId: null,
      projectId: null,
      entity: "api_token",
      entityId: id,
      action: "delete",
      before: { userId, name: rows[0].name },
      after: undefined,
    });
    return true;
  },

  async setting<T>(db: Queryable, key: string): Promise<T | undefined> {
    const rows = await db.query<{ value: T }>("SELECT value FROM settings WHERE key = $1", [key]);
    return rows[0]?.value;
  },

  async putSetting(db: Queryable, key: string, value: unknown): Promise<void> {
    await db.query(
      "INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = $2",
      [key, JSON.stringify(value)],
    );
  },

  async deleteSetting(db: Queryable, key: string): Promise<void> {
    await db.query("DELETE FROM settings WHERE key = $1", [key]);
  },
};
