import { type Evidence, parseEvidence, parseProfile } from "@keel/model";
import { career, type FieldError } from "@keel/store";
import { z } from "zod";
import { describeFields, HttpError } from "../http-error.js";
import { todayUtc, version, versionQuery } from "./common.js";
import { route } from "./route.js";

/** A 400 naming every field that is wrong, from the body's root (`profile.experience.0.to`). */
export function invalidFields(what: string, issues: readonly FieldError[], prefix = ""): HttpError {
  const fields = issues.map((i) => ({
    path:
      prefix === ""
        ? i.path
        : i.path === "(evidence)" || i.path === "(profile)"
          ? prefix
          : `${prefix}.${i.path}`,
    message: i.message,
  }));
  return new HttpError(400, "invalid", `invalid ${what}: ${describeFields(fields)}`, { fields });
}

const keelSourceRefused = {
  path: "source",
  message: "Keel sets the source: entries from Keel's data are added by accepting a suggestion",
};

/** A new entry from a body (an entry without its id), checked against today; written by hand. */
export function evidenceFromBody(body: Record<string, unknown>, prefix = ""): Omit<Evidence, "id"> {
  if ("id" in body) {
    throw invalidFields("evidence", [{ path: "id", message: "Keel gives each entry its id" }], prefix);
  }
  const parsed = parseEvidence({ ...body, id: "new" }, todayUtc());
  if (!parsed.ok) throw invalidFields("evidence", parsed.issues, prefix);
  const { id: _id, ...evidence } = parsed.evidence;
  return evidence;
}

/** The career profile and the skills inventory (evidence): the caller's own, private to them. */
export const careerProfileRoutes = [
  route({
    method: "GET",
    path: "/api/me/career/profile",
    summary: "Your career profile (null until you fill it in) and the version to send when you replace it",
    tag: "Career",
    access: { scope: "user" },
    handle: async ({ caller, store }) => {
      const stored = await career.profile(store.db, caller.userId);
      return { profile: stored?.profile ?? null, version: stored?.version ?? null };
    },
  }),
  route({
    method: "PUT",
    path: "/api/me/career/profile",
    summary:
      "Create your career profile (no version) or replace the one you saw at `version`; 400 naming each bad field (dates in the future, an end before its start, hours not above 0), nothing stored",
    tag: "Career",
    access: { scope: "user" },
    body: z.strictObject({ profile: z.unknown(), version: version.optional() }),
    handle: async ({ caller, body, store }) => {
      const parsed = parseProfile(body.profile, todayUtc());
      if (!parsed.ok) throw invalidFields("profile", parsed.issues, "profile");
      return store.db.transaction((tx) =>
        career.saveProfile(tx, caller.userId, parsed.profile, body.version),
      );
    },
  }),
  route({
    method: "GET",
    path: "/api/me/career/evidence",
    summary: "Your evidence entries (wins with situation, action, result and numbers), newest first",
    tag: "Career",
    access: { scope: "user" },
    handle: ({ caller, store }) => career.listEvidence(store.db, caller.userId),
  }),
  route({
    method: "POST",
    path: "/api/me/career/evidence",
    summary: "Add an evidence entry written by hand (Keel gives it its id); nothing dated after today",
    tag: "Career",
    access: { scope: "user" },
    status: 201,
    body: z.record(z.string(), z.unknown()),
    handle: async ({ caller, body, store }) => {
      if (body.source !== undefined && (body.source as { kind?: unknown } | null)?.kind !== "manual") {
        throw invalidFields("evidence", [keelSourceRefused]);
      }
      const evidence = evidenceFromBody({ ...body, source: { kind: "manual" } });
      return store.db.transaction((tx) => career.createEvidence(tx, caller.userId, evidence));
    },
  }),
  route({
    method: "PATCH",
    path: "/api/me/career/evidence/:evidenceId",
    summary:
      "Change an evidence entry you saw at `version` (409 with the current one if it changed); `null` clears an optional field",
    tag: "Career",
    access: { scope: "user" },
    body: z.looseObject({ version }),
    handle: async ({ caller, params, body, store }) => {
      const { version: seen, ...fields } = body as { version: number } & Record<string, unknown>;
      if ("source" in fields) throw invalidFields("evidence", [keelSourceRefused]);
      const today = todayUtc();
      if (typeof fields.date === "string" && fields.date > today) {
        throw invalidFields("evidence", [
          { path: "date", message: `${fields.date} is in the future (today is ${today})` },
        ]);
      }
      return store.db.transaction((tx) =>
        career.updateEvidence(tx, caller.userId, params.evidenceId as string, seen, fields),
      );
    },
  }),
  route({
    method: "DELETE",
    path: "/api/me/career/evidence/:evidenceId",
    summary: "Delete an evidence entry (at `version` when given); a suggestion it came from stays decided",
    tag: "Career",
    access: { scope: "user" },
    query: versionQuery,
    handle: async ({ caller, params, query, store }) => {
      await store.db.transaction((tx) =>
        career.deleteEvidence(tx, caller.userId, params.evidenceId as string, query.version),
      );
      return undefined;
    },
  }),
];
