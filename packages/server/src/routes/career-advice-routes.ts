import {
  aboutDraft,
  analyseBullet,
  COMPETENCIES,
  candidateOf,
  competencyStrength,
  coverage,
  type EvidenceInput,
  EXERCISE_EVIDENCE_RULE,
  EXERCISES,
  eligibility,
  exerciseStanding,
  headlineDraft,
  matchPosting,
  nextPracticeQuestion,
  PostingInputError,
  type ProjectFacts,
  readiness,
  recommendedPath,
  starStory,
  suggestRewrite,
} from "@keel/engine";
import { type Evidence, type LocalDate, localDateSchema, TARGET_ROLES } from "@keel/model";
import { career } from "@keel/store";
import { z } from "zod";
import { HttpError } from "../http-error.js";
import { ownEvidence, pendingSuggestions, profileOrAsk, projectActivities } from "./career-data.js";
import { todayUtc } from "./common.js";
import { route } from "./route.js";

const competencyNames = new Map(COMPETENCIES.map((c) => [c.id as string, c.name]));

/** The fields of an entry a rewrite or a draft may draw on, in the resume coach's shape. */
function evidenceInput(e: Evidence): EvidenceInput {
  return {
    situation: e.situation,
    action: e.action,
    result: e.result,
    metrics: e.metrics,
    scale: {
      teams: e.scale.teams,
      people: e.scale.people,
      budget: e.scale.budget === undefined ? undefined : String(e.scale.budget),
      duration: e.scale.durationWeeks === undefined ? undefined : `${e.scale.durationWeeks} weeks`,
    },
    competencies: e.competencies.map((c) => competencyNames.get(c) ?? c),
  };
}

/** Strongest competencies first, by name: what a headline leads with. */
function strengths(evidence: readonly Evidence[], today: LocalDate): string[] {
  return competencyStrength(evidence, today)
    .filter((s) => s.strength > 0)
    .sort((a, b) => b.strength - a.strength)
    .map((s) => competencyNames.get(s.id) ?? s.id);
}

/** Entries with a measured result first, newest first within each: the best proof leads. */
function bestFirst(evidence: readonly Evidence[]): Evidence[] {
  return [...evidence].sort(
    (a, b) =>
      Number(b.metrics.length > 0) - Number(a.metrics.length > 0) ||
      (a.date < b.date ? 1 : a.date > b.date ? -1 : 0),
  );
}

const roleQuery = z.strictObject({ role: z.enum(TARGET_ROLES).optional() });

/** Readiness, certifications, resume coach, job match, practice exercises and interview prep, from the caller's own data. */
export const careerAdviceRoutes = [
  route({
    method: "GET",
    path: "/api/me/career/readiness",
    summary:
      "Readiness for each target role of your profile (or ?role=): a score from your evidence and certifications, by competency, with the largest gaps and a next step for each",
    tag: "Career",
    access: { scope: "user" },
    query: roleQuery,
    handle: async ({ caller, query, store }) => {
      const profile = await profileOrAsk(store, caller.userId, "Readiness");
      const roles = query.role === undefined ? profile.targetRoles : [query.role];
      if (roles.length === 0) {
        throw new HttpError(
          422,
          "no_target_role",
          "choose a target role in your profile, or ask for one with ?role=",
        );
      }
      const evidence = await career.listEvidence(store.db, caller.userId);
      const today = todayUtc();
      return { readiness: roles.map((role) => readiness(profile, evidence, role, today)) };
    },
  }),
  route({
    method: "GET",
    path: "/api/me/career/competencies",
    summary:
      "How strongly your evidence shows each competency of the model, in its order (recent entries count most), with the competency's name and Talent Triangle group; ids the model does not know count for nothing",
    tag: "Career",
    access: { scope: "user" },
    handle: async ({ caller, store }) => {
      const evidence = await career.listEvidence(store.db, caller.userId);
      return competencyStrength(evidence, todayUtc()).map((s) => {
        const c = COMPETENCIES.find((x) => x.id === s.id);
        return { ...s, name: c?.name ?? s.id, group: c?.group ?? null };
      });
    },
  }),
  route({
    method: "GET",
    path: "/api/me/career/eligibility",
    summary:
      "Where your profile stands for each certification (sources, as-of month, unconfirmed claims labelled) and the recommended path for your target roles; 422 until you fill in your profile",
    tag: "Career",
    access: { scope: "user" },
    query: z.strictObject({ today: localDateSchema.optional() }),
    handle: async ({ caller, query, store }) => {
      const profile = await profileOrAsk(store, caller.userId, "The certification advisor");
      const today = query.today ?? todayUtc();
      return { certifications: eligibility(profile, today), path: recommendedPath(profile, today) };
    },
  }),
  route({
    method: "POST",
    path: "/api/career/bullet",
    summary:
      "Check a resume bullet (strong verb, scope, measurable result, PM words, jargon, length, voice) and suggest a rewrite from it and, with evidenceId, that entry's own fields",
    tag: "Career",
    access: { scope: "user" },
    body: z.strictObject({
      text: z
        .string()
        .trim()
        .min(1, "write the bullet to check: it is empty")
        .max(1_000, "a bullet is one line: at most 1,000 characters"),
      evidenceId: z.string().min(1).optional(),
    }),
    handle: async ({ caller, body, store }) => {
      const evidence =
        body.evidenceId === undefined
          ? undefined
          : (await ownEvidence(store, caller.userId, [body.evidenceId]))[0];
      return {
        analysis: analyseBullet(body.text),
        rewrite: suggestRewrite(body.text, evidence === undefined ? undefined : evidenceInput(evidence)),
      };
    },
  }),
  route({
    method: "POST",
    path: "/api/career/match",
    summary:
      "Match a pasted job posting against your profile and evidence: title, qualifications (must-haves first), responsibilities, certifications, keywords, each found or missing and where, a transparent score, the evidence to show first",
    tag: "Career",
    access: { scope: "user" },
    body: z.strictObject({ posting: z.string() }),
    handle: async ({ caller, body, store }) => {
      const [profile, evidence] = await Promise.all([
        career.profile(store.db, caller.userId),
        career.listEvidence(store.db, caller.userId),
      ]);
      try {
        return matchPosting(body.posting, candidateOf(profile?.profile, evidence));
      } catch (error) {
        if (!(error instanceof PostingInputError)) throw error;
        throw new HttpError(400, "invalid", error.message, {
          fields: [{ path: "posting", message: error.message }],
        });
      }
    },
  }),
  route({
    method: "GET",
    path: "/api/me/career/drafts",
    summary:
      "A headline and an About section drafted from your profile, strengths and best evidence, with [placeholders] where only you can fill in",
    tag: "Career",
    access: { scope: "user" },
    handle: async ({ caller, store }) => {
      const [stored, evidence] = await Promise.all([
        career.profile(store.db, caller.userId),
        career.listEvidence(store.db, caller.userId),
      ]);
      const input = {
        profile: stored?.profile ?? { currentRole: "", targetRoles: [], certifications: [] },
        strengths: strengths(evidence, todayUtc()).slice(0, 3),
        evidence: bestFirst(evidence).map(evidenceInput),
      };
      return { headline: headlineDraft(input), about: aboutDraft(input) };
    },
  }),
  route({
    method: "GET",
    path: "/api/me/career/exercises",
    summary:
      "The practice exercises, each with what starting it makes (`starter`, null when it cannot start in Keel), its progress on every project you work on that counts for it (check by check; a practice project counts only for the exercise it was started from, and `practice` marks those), the project closest to done (`best`), and the evidence suggestions of the projects it is done on that you have not decided yet (`suggestions`, accepted or dismissed through the suggestion routes)",
    tag: "Career",
    access: { scope: "user" },
    handle: async ({ caller, store }) => {
      const today = todayUtc();
      // One read of the projects serves both the progress and the suggestions.
      const activities = await projectActivities(store, caller.userId, today);
      const pending = await pendingSuggestions(store, caller.userId, { activities, today });
      return EXERCISES.map((exercise) => {
        // The evidence a done exercise proposes, one per project it is done on, while undecided.
        const suggestions = pending.filter((s) => s.rule === EXERCISE_EVIDENCE_RULE && s.ref === exercise.id);
        const { progress, best } = exerciseStanding(
          exercise,
          activities.map((a) => ({
            projectId: a.projectId,
            projectName: a.projectName,
            facts: a.exerciseFacts as ProjectFacts,
            practiceExercise: a.practiceExercise,
          })),
        );
        // The completion checks as data: their rule functions stay on the server.
        const done = exercise.done.map(({ text, compare, need }) => ({ text, compare, need }));
        // What starting it makes, in counts: the starter backlog itself is for the practice project.
        const { starter: s, ...rest } = exercise;
        const starter =
          s === undefined
            ? null
            : {
                file: `examples/${s.file}`,
                teamTemplate: s.teamTemplate ?? null,
                backlogItems: s.backlog?.length ?? 0,
                kpis: s.kpis?.length ?? 0,
              };
        return { ...rest, done, starter, progress, best, suggestions };
      });
    },
  }),
  route({
    method: "GET",
    path: "/api/me/career/interview",
    summary:
      "A STAR story drafted from each of your evidence entries (only their own words), and how the stories cover the behavioural interview themes",
    tag: "Career",
    access: { scope: "user" },
    handle: async ({ caller, store }) => {
      const evidence = await career.listEvidence(store.db, caller.userId);
      return { stories: evidence.map(starStory), coverage: coverage(evidence) };
    },
  }),
  route({
    method: "GET",
    path: "/api/me/career/interview/question",
    summary:
      "A practice question from a theme your stories do not cover yet; the same evidence and seed give the same question",
    tag: "Career",
    access: { scope: "user" },
    query: z.strictObject({ seed: z.coerce.number().int().min(0).max(4_294_967_295).default(1) }),
    handle: async ({ caller, query, store }) =>
      nextPracticeQuestion(await career.listEvidence(store.db, caller.userId), query.seed),
  }),
];
