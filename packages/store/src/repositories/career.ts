import { randomUUID } from "node:crypto";
import { type Evidence, evidenceSchema, type Profile, profileSchema } from "@keel/model";
import { z } from "zod";
import { writeAudit } from "../audit.js";
import type { Queryable } from "../database.js";
import { translateDbError } from "../db-errors.js";
import { ConflictError, NotFoundError, ValidationError, VersionConflictError } from "../errors.js";
import { zodFieldErrors } from "../zod-field-errors.js";

export interface StoredProfile {
  readonly profile: Profile;
  readonly version: number;
}

export type StoredEvidence = Evidence & { readonly version: number };

export type SuggestionVerdict = "accepted" | "dismissed";

/** What the person did with one of Keel's evidence suggestions; its key is not suggested again while it stands. */
export interface SuggestionDecision {
  readonly key: string;
  readonly decision: SuggestionVerdict;
  /** The evidence an accepted suggestion became. */
  readonly evidenceId: string | null;
  readonly at: string;
}

/** What a portfolio share link shows: chosen entries and projects of its owner, as they stand when viewed. */
export interface PortfolioShareData {
  readonly title: string;
  readonly evidenceIds: readonly string[];
  readonly projectIds: readonly string[];
  /** ISO 8601 instant. */
  readonly createdAt: string;
}

export const portfolioShareDataSchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  evidenceIds: z.array(z.string().min(1).max(200)).min(1).max(10),
  projectIds: z.array(z.uuid()).max(5),
  createdAt: z.iso.datetime({ offset: true }),
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function validate<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ValidationError(`invalid ${what}`, zodFieldErrors(parsed.error));
  return parsed.data;
}

/** Career data is one person's: audited with them as the actor, outside any workspace or project. */
function audit(
  tx: Queryable,
  userId: string,
  entity: string,
  entityId: string,
  action: "create" | "update" | "delete",
  before: unknown,
  after: unknown,
) {
  return writeAudit(tx, {
    actorId: userId,
    workspaceId: null,
    projectId: null,
    entity,
    entityId,
    action,
    before,
    after,
  });
}

/** Drops `null` (a cleared optional field) and `undefined` before validation. */
function withoutNulls(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined));
}

interface EvidenceRow {
  id: string;
  data: Omit<Evidence, "id">;
  version: number;
}

const toEvidence = (r: EvidenceRow): StoredEvidence => ({ ...r.data, id: r.id, version: r.version });

/**
 * The career hub's data, one user's at a time. Every read and write names the user, so one person
 * can never reach another's profile, evidence, decisions or share links: someone else's id is
 * simply not found. Callers pass a transaction for writes so the audit entry commits with them.
 */
export const career = {
  /** The exercise each practice project among `projectIds` was started from; other projects are left out. */
  async practiceExercises(db: Queryable, projectIds: readonly string[]): Promise<Map<string, string>> {
    if (projectIds.length === 0) return new Map();
    const rows = await db.query<{ id: string; practice_exercise: string }>(
      "SELECT id, practice_exercise FROM projects WHERE id = ANY($1::uuid[]) AND practice_exercise IS NOT NULL",
      [projectIds],
    );
    return new Map(rows.map((r) => [r.id, r.practice_exercise]));
  },
  async profile(db: Queryable, userId: string): Promise<StoredProfile | undefined> {
    if (!UUID.test(userId)) return undefined;
    const rows = await db.query<{ data: Profile; version: number }>(
      "SELECT data, version FROM career_profiles WHERE user_id = $1",
      [userId],
    );
    const r = rows[0];
    return r === undefined ? undefined : { profile: r.data, version: r.version };
  },

  /**
   * Creates the profile (no `version`) or replaces the one the caller saw at `version`. Without a
   * version an existing profile is not overwritten: two tabs cannot silently undo each other.
   */
  async saveProfile(
    tx: Queryable,
    userId: string,
    input: unknown,
    version: number | undefined,
  ): Promise<StoredProfile> {
    const profile = validate(profileSchema, input, "career profile");
    const before = await career.profile(tx, userId);
    if (before === undefined && version !== undefined) {
      throw new VersionConflictError("career profile", userId, version, null);
    }
    if (before !== undefined && version === undefined) {
      throw new ConflictError(
        `you have a career profile already (version ${before.version}); send that version to replace it`,
      );
    }
    if (before !== undefined && before.version !== version) {
      throw new VersionConflictError("career profile", userId, version as number, before);
    }
    const rows = await tx.query<{ version: number }>(
      `INSERT INTO career_profiles (user_id, data) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET data = EXCLUDED.data, version = career_profiles.version + 1
       RETURNING version`,
      [userId, JSON.stringify(profile)],
    );
    await audit(
      tx,
      userId,
      "career_profile",
      userId,
      before === undefined ? "create" : "update",
      before?.profile,
      profile,
    );
    return { profile, version: (rows[0] as { version: number }).version };
  },

  /** Newest win first. */
  async listEvidence(db: Queryable, userId: string): Promise<StoredEvidence[]> {
    if (!UUID.test(userId)) return [];
    const rows = await db.query<EvidenceRow>(
      "SELECT id, data, version FROM career_evidence WHERE user_id = $1 ORDER BY data->>'date' DESC, id",
      [userId],
    );
    return rows.map(toEvidence);
  },

  async findEvidence(
    db: Queryable,
    userId: string,
    id: string,
    lock = false,
  ): Promise<StoredEvidence | undefined> {
    if (!UUID.test(userId)) return undefined;
    const rows = await db.query<EvidenceRow>(
      `SELECT id, data, version FROM career_evidence WHERE user_id = $1 AND id = $2${lock ? " FOR UPDATE" : ""}`,
      [userId, id],
    );
    return rows[0] === undefined ? undefined : toEvidence(rows[0]);
  },

  async getEvidence(db: Queryable, userId: string, id: string): Promise<StoredEvidence> {
    const found = await career.findEvidence(db, userId, id);
    if (found === undefined) throw new NotFoundError("evidence", id);
    return found;
  },

  /** Adds an entry under a new id; `input` is an entry without its id. */
  async createEvidence(tx: Queryable, userId: string, input: object): Promise<StoredEvidence> {
    const { id, ...data } = validate(evidenceSchema, { ...input, id: randomUUID() }, "evidence");
    const rows = await tx.query<EvidenceRow>(
      "INSERT INTO career_evidence (user_id, id, data) VALUES ($1, $2, $3) RETURNING id, data, version",
      [userId, id, JSON.stringify(data)],
    );
    const created = toEvidence(rows[0] as EvidenceRow);
    await audit(tx, userId, "career_evidence", id, "create", undefined, created);
    return created;
  },

  /** Applies `patch` to the entry the caller saw at `version`; `null` clears an optional field. */
  async updateEvidence(
    tx: Queryable,
    userId: string,
    id: string,
    version: number,
    patch: object,
  ): Promise<StoredEvidence> {
    const before = await career.findEvidence(tx, userId, id, true);
    if (before === undefined) throw new NotFoundError("evidence", id);
    if (before.version !== version) throw new VersionConflictError("evidence", id, version, before);
    const { version: _v, ...current } = before;
    const { id: _id, version: _pv, ...fields } = patch as { id?: unknown; version?: unknown };
    const { id: _same, ...data } = validate(
      evidenceSchema,
      withoutNulls({ ...current, ...fields, id }),
      "evidence",
    );
    const rows = await tx.query<EvidenceRow>(
      `UPDATE career_evidence SET data = $3, version = version + 1 WHERE user_id = $1 AND id = $2
       RETURNING id, data, version`,
      [userId, id, JSON.stringify(data)],
    );
    const after = toEvidence(rows[0] as EvidenceRow);
    await audit(tx, userId, "career_evidence", id, "update", before, after);
    return after;
  },

  /** Deletes the entry the caller saw at `version` (any version when undefined). */
  async deleteEvidence(
    tx: Queryable,
    userId: string,
    id: string,
    version: number | undefined,
  ): Promise<void> {
    const before = await career.findEvidence(tx, userId, id, true);
    if (before === undefined) throw new NotFoundError("evidence", id);
    if (version !== undefined && before.version !== version) {
      throw new VersionConflictError("evidence", id, version, before);
    }
    await tx.query("DELETE FROM career_evidence WHERE user_id = $1 AND id = $2", [userId, id]);
    await audit(tx, userId, "career_evidence", id, "delete", before, undefined);
  },

  async suggestionDecisions(db: Queryable, userId: string): Promise<SuggestionDecision[]> {
    if (!UUID.test(userId)) return [];
    const rows = await db.query<{
      key: string;
      decision: SuggestionVerdict;
      evidence_id: string | null;
      at: Date;
    }>(
      "SELECT key, decision, evidence_id, at FROM career_suggestion_decisions WHERE user_id = $1 ORDER BY at, key",
      [userId],
    );
    return rows.map((r) => ({
      key: r.key,
      decision: r.decision,
      evidenceId: r.evidence_id,
      at: r.at.toISOString(),
    }));
  },

  /** Records that a suggestion was accepted (as `evidenceId`) or dismissed; a key is decided once. */
  async decideSuggestion(
    tx: Queryable,
    userId: string,
    key: string,
    decision: SuggestionVerdict,
    evidenceId: string | null,
  ): Promise<SuggestionDecision> {
    let rows: { at: Date }[];
    try {
      rows = await tx.query<{ at: Date }>(
        `INSERT INTO career_suggestion_decisions (user_id, key, decision, evidence_id) VALUES ($1, $2, $3, $4)
         RETURNING at`,
        [userId, key, decision, evidenceId],
      );
    } catch (error) {
      const e = translateDbError(error, "suggestion decision");
      throw e instanceof ConflictError ? new ConflictError(`suggestion "${key}" was already decided`) : e;
    }
    const decided = { key, decision, evidenceId, at: (rows[0] as { at: Date }).at.toISOString() };
    await audit(tx, userId, "career_suggestion", key, "create", undefined, { decision, evidenceId });
    return decided;
  },

  /**
   * Takes back a dismissal, so the suggestion comes back while the data still shows it. An
   * acceptance stays: an evidence entry was made from it.
   */
  async undoDismissal(tx: Queryable, userId: string, key: string): Promise<SuggestionDecision> {
    const found = UUID.test(userId)
      ? (
          await tx.query<{ decision: SuggestionVerdict; evidence_id: string | null; at: Date }>(
            "SELECT decision, evidence_id, at FROM career_suggestion_decisions WHERE user_id = $1 AND key = $2 FOR UPDATE",
            [userId, key],
          )
        )[0]
      : undefined;
    if (found === undefined) throw new NotFoundError("dismissed suggestion", key);
    if (found.decision === "accepted") {
      throw new ConflictError(
        `suggestion "${key}" was accepted, not dismissed: it became an evidence entry, so it stays decided`,
      );
    }
    await tx.query("DELETE FROM career_suggestion_decisions WHERE user_id = $1 AND key = $2", [userId, key]);
    const before = { decision: found.decision, evidenceId: found.evidence_id };
    await audit(tx, userId, "career_suggestion", key, "delete", before, undefined);
    return { key, ...before, at: found.at.toISOString() };
  },

  /** Stores a share link by the hash of its secret; the secret itself is never stored. */
  async createShare(
    tx: Queryable,
    userId: string,
    tokenHash: string,
    input: PortfolioShareData,
  ): Promise<PortfolioShareData> {
    const data = validate(portfolioShareDataSchema, input, "portfolio share");
    await tx.query("INSERT INTO portfolio_shares (token_hash, user_id, data) VALUES ($1, $2, $3)", [
      tokenHash,
      userId,
      JSON.stringify(data),
    ]);
    await audit(tx, userId, "portfolio_share", tokenHash, "create", undefined, data);
    return data;
  },

  /** A live share: undefined when the hash is unknown or the link was revoked. */
  async share(
    db: Queryable,
    tokenHash: string,
  ): Promise<{ readonly userId: string; readonly data: PortfolioShareData } | undefined> {
    const rows = await db.query<{ user_id: string; data: PortfolioShareData }>(
      "SELECT user_id, data FROM portfolio_shares WHERE token_hash = $1 AND revoked_at IS NULL",
      [tokenHash],
    );
    const r = rows[0];
    return r === undefined ? undefined : { userId: r.user_id, data: r.data };
  },

  /** Revokes one of the user's live links; the row stays, marked, so the link can never come back. */
  async revokeShare(tx: Queryable, userId: string, tokenHash: string): Promise<void> {
    const rows = await tx.query<{ data: PortfolioShareData }>(
      `UPDATE portfolio_shares SET revoked_at = now()
       WHERE token_hash = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING data`,
      [tokenHash, userId],
    );
    if (rows[0] === undefined) throw new NotFoundError("portfolio share", "(this link)");
    await audit(tx, userId, "portfolio_share", tokenHash, "delete", rows[0].data, undefined);
  },
};
