import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readHistory } from "../audit.js";
import type { Queryable } from "../database.js";
import { ConflictError, NotFoundError, ValidationError, VersionConflictError } from "../errors.js";
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from "../testing/test-database.js";
import { accounts } from "./accounts.js";
import { career } from "./career.js";

const PROFILE = { currentRole: "Backend engineer", background: "Payments APIs", education: "bachelor" };
const WIN = {
  title: "Cut release time",
  date: "2026-10-01",
  metrics: [{ name: "lead time", value: -35, unit: "%" }],
};

describe.each(TEST_DRIVERS)("career data on %s", (driver) => {
  let t: TestDatabase;
  let ada: string;
  let bob: string;

  beforeEach(async () => {
    t = await openTestDatabase(driver);
    const user = (name: string) =>
      accounts.createUser(t.db, null, { email: `${name}@example.com`, name, passwordHash: null });
    ada = (await user("ada")).id;
    bob = (await user("bob")).id;
  });
  afterEach(() => t.dispose());

  const tx = <T>(work: (q: Queryable) => Promise<T>) => t.db.transaction(work);

  it("creates a profile, replaces it only at the version seen, and audits both with the owner as actor", async () => {
    expect(await career.profile(t.db, ada)).toBeUndefined();
    const first = await tx((q) => career.saveProfile(q, ada, PROFILE, undefined));
    expect(first).toMatchObject({
      version: 1,
      profile: { ...PROFILE, visibility: "private", experience: [] },
    });
    await expect(tx((q) => career.saveProfile(q, ada, PROFILE, undefined))).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(tx((q) => career.saveProfile(q, ada, PROFILE, 7))).rejects.toBeInstanceOf(
      VersionConflictError,
    );
    const second = await tx((q) => career.saveProfile(q, ada, { ...PROFILE, currentRole: "Tech lead" }, 1));
    expect(second.version).toBe(2);
    expect((await career.profile(t.db, ada))?.profile.currentRole).toBe("Tech lead");
    expect(await career.profile(t.db, bob)).toBeUndefined();
    const history = await readHistory(t.db, { entity: "career_profile", entityId: ada });
    expect(history.map((h) => [h.action, h.actorId, h.projectId, h.workspaceId])).toEqual([
      ["update", ada, null, null],
      ["create", ada, null, null],
    ]);
    expect(history[0]).toMatchObject({
      before: { currentRole: "Backend engineer" },
      after: { currentRole: "Tech lead" },
    });
  });

  it("refuses a malformed profile with its fields, storing nothing", async () => {
    const error = await tx((q) =>
      career.saveProfile(
        q,
        ada,
        {
          ...PROFILE,
          training: [{ title: "x", provider: "y", kind: "pm", hours: -3, completed: "2026-01-01" }],
        },
        undefined,
      ),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual([
      { path: "training.0.hours", message: "hours must be more than 0" },
    ]);
    expect(await career.profile(t.db, ada)).toBeUndefined();
    expect(await readHistory(t.db, { entity: "career_profile" })).toEqual([]);
  });

  it("keeps evidence per user under server-made ids, versioned; another user's id is not found", async () => {
    const created = await tx((q) => career.createEvidence(q, ada, WIN));
    expect(created).toMatchObject({ ...WIN, version: 1, visibility: "private", situation: "" });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await career.listEvidence(t.db, ada)).toEqual([created]);
    expect(await career.listEvidence(t.db, bob)).toEqual([]);
    await expect(career.getEvidence(t.db, bob, created.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      tx((q) => career.updateEvidence(q, bob, created.id, 1, { title: "Mine now" })),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(tx((q) => career.deleteEvidence(q, bob, created.id, undefined))).rejects.toBeInstanceOf(
      NotFoundError,
    );

    const updated = await tx((q) =>
      career.updateEvidence(q, ada, created.id, 1, { result: "Releases weekly", metrics: null }),
    );
    expect(updated).toMatchObject({ id: created.id, version: 2, result: "Releases weekly", metrics: [] });
    await expect(
      tx((q) => career.updateEvidence(q, ada, created.id, 1, { title: "Stale" })),
    ).rejects.toBeInstanceOf(VersionConflictError);
    await expect(
      tx((q) => career.updateEvidence(q, ada, created.id, 2, { title: " " })),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(tx((q) => career.deleteEvidence(q, ada, created.id, 1))).rejects.toBeInstanceOf(
      VersionConflictError,
    );
    await tx((q) => career.deleteEvidence(q, ada, created.id, 2));
    expect(await career.listEvidence(t.db, ada)).toEqual([]);
    const history = await readHistory(t.db, { entity: "career_evidence", entityId: created.id });
    expect(history.map((h) => [h.action, h.actorId])).toEqual([
      ["delete", ada],
      ["update", ada],
      ["create", ada],
    ]);
  });

  it("records a suggestion decision once", async () => {
    const decided = await tx((q) =>
      career.decideSuggestion(q, ada, "milestone-delivered:p:go-live", "dismissed", null),
    );
    expect(decided).toMatchObject({
      key: "milestone-delivered:p:go-live",
      decision: "dismissed",
      evidenceId: null,
    });
    await expect(
      tx((q) => career.decideSuggestion(q, ada, "milestone-delivered:p:go-live", "accepted", "e1")),
    ).rejects.toThrow('suggestion "milestone-delivered:p:go-live" was already decided');
    expect(await career.suggestionDecisions(t.db, ada)).toEqual([decided]);
    expect(await career.suggestionDecisions(t.db, bob)).toEqual([]);
  });

  it("serves a share link until its owner revokes it", async () => {
    const data = {
      title: "Portfolio",
      evidenceIds: ["e1"],
      projectIds: [],
      createdAt: "2026-11-15T10:00:00.000Z",
    };
    await tx((q) => career.createShare(q, ada, "hash-1", data));
    expect(await career.share(t.db, "hash-1")).toEqual({ userId: ada, data });
    expect(await career.share(t.db, "hash-2")).toBeUndefined();
    await expect(tx((q) => career.revokeShare(q, bob, "hash-1"))).rejects.toBeInstanceOf(NotFoundError);
    await tx((q) => career.revokeShare(q, ada, "hash-1"));
    expect(await career.share(t.db, "hash-1")).toBeUndefined();
    await expect(tx((q) => career.revokeShare(q, ada, "hash-1"))).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      tx((q) => career.createShare(q, ada, "hash-3", { ...data, evidenceIds: [] })),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it("goes with its user", async () => {
    await tx(async (q) => {
      await career.saveProfile(q, ada, PROFILE, undefined);
      const e = await career.createEvidence(q, ada, WIN);
      await career.decideSuggestion(q, ada, "k", "accepted", e.id);
      await career.createShare(q, ada, "h", {
        title: "P",
        evidenceIds: [e.id],
        projectIds: [],
        createdAt: "2026-11-15T10:00:00.000Z",
      });
    });
    await t.db.query("DELETE FROM users WHERE id = $1", [ada]);
    for (const table of [
      "career_profiles",
      "career_evidence",
      "career_suggestion_decisions",
      "portfolio_shares",
    ]) {
      expect(await t.db.query(`SELECT * FROM ${table}`), table).toEqual([]);
    }
  });
});
