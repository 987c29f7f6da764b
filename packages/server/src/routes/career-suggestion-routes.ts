import type { EvidenceSuggestion } from "@keel/engine";
import { career, type Store } from "@keel/store";
import { z } from "zod";
import { HttpError } from "../http-error.js";
import { dismissedSuggestions, pendingSuggestions } from "./career-data.js";
import { evidenceFromBody, invalidFields } from "./career-profile-routes.js";
import { route } from "./route.js";

/** A suggestion still waiting for the caller's decision; 404 once decided, or when the data no longer shows it. */
async function pending(store: Store, userId: string, key: string): Promise<EvidenceSuggestion> {
  const found = (await pendingSuggestions(store, userId)).find((s) => s.key === key);
  if (found === undefined) {
    throw new HttpError(
      404,
      "not_found",
      `suggestion "${key}" was not found: it was accepted or dismissed already, or the project's data no longer shows it`,
      { entity: "suggestion" },
    );
  }
  return found;
}

/** Evidence suggested from the caller's projects: nothing enters the inventory until they accept it. */
export const careerSuggestionRoutes = [
  route({
    method: "GET",
    path: "/api/me/career/suggestions",
    summary:
      "Evidence Keel suggests from the projects you work on (milestones delivered, risks retired, change requests decided, levelings that shortened the finish or cleared over-allocation, status reports on cadence, sprints completed, practice exercises done), with the numbers from the data; accepted and dismissed ones stay away",
    tag: "Career",
    access: { scope: "user" },
    handle: ({ caller, store }) => pendingSuggestions(store, caller.userId),
  }),
  route({
    method: "POST",
    path: "/api/me/career/suggestions/:key/accept",
    summary:
      "Add a suggestion to your evidence, with your edits to its fields; its source records the project, reference and rule",
    tag: "Career",
    access: { scope: "user" },
    status: 201,
    body: z.strictObject({ evidence: z.record(z.string(), z.unknown()).optional() }),
    handle: async ({ caller, params, body, store }) => {
      const s = await pending(store, caller.userId, params.key as string);
      const edits = body.evidence ?? {};
      if ("source" in edits) {
        throw invalidFields(
          "evidence",
          [{ path: "source", message: "Keel sets the source of a suggestion" }],
          "evidence",
        );
      }
      const evidence = evidenceFromBody(
        {
          title: s.title,
          project: s.projectName,
          situation: s.situation,
          action: s.action,
          result: s.result,
          metrics: s.metrics,
          scale: s.scale,
          competencies: s.competencies,
          date: s.date,
          ...edits,
          source: { kind: "keel", projectId: s.projectId, ref: s.ref, rule: s.rule },
        },
        "evidence",
      );
      return store.db.transaction(async (tx) => {
        const created = await career.createEvidence(tx, caller.userId, evidence);
        await career.decideSuggestion(tx, caller.userId, s.key, "accepted", created.id);
        return created;
      });
    },
  }),
  route({
    method: "GET",
    path: "/api/me/career/suggestions/dismissed",
    summary:
      "Suggestions you dismissed that your projects' data still shows, most recently dismissed first, each with `dismissedAt`: the ones a restore brings back",
    tag: "Career",
    access: { scope: "user" },
    handle: ({ caller, store }) => dismissedSuggestions(store, caller.userId),
  }),
  route({
    method: "POST",
    path: "/api/me/career/suggestions/:key/dismiss",
    summary: "Dismiss a suggestion: it does not come back until you restore it",
    tag: "Career",
    access: { scope: "user" },
    handle: async ({ caller, params, store }) => {
      const s = await pending(store, caller.userId, params.key as string);
      return store.db.transaction((tx) =>
        career.decideSuggestion(tx, caller.userId, s.key, "dismissed", null),
      );
    },
  }),
  route({
    method: "DELETE",
    path: "/api/me/career/suggestions/:key/decision",
    summary:
      "Restore a dismissed suggestion: it is suggested again while the data shows it. An accepted one is 409: its evidence exists",
    tag: "Career",
    access: { scope: "user" },
    handle: async ({ caller, params, store }) => {
      await store.db.transaction((tx) => career.undoDismissal(tx, caller.userId, params.key as string));
      return undefined;
    },
  }),
];
