import type {
  DecisionRecorded,
  EvidenceSuggestion,
  LevelingApplied,
  LevelingOutcome,
  ProjectActivity,
  ProjectRole,
  RiskClosure,
} from "@keel/engine";
import { suggestEvidence } from "@keel/engine";
import type { Baseline, ChangeRequest, LocalDate, Profile, Risk, StatusReportRecord } from "@keel/model";
import { accounts, agileSettingsOf, career, type Store, type StoredEvidence } from "@keel/store";
import { HttpError } from "../http-error.js";
import { auditEntries } from "./audit-pages.js";
import { projectFacts } from "./career-exercise-facts.js";
import { todayUtc } from "./common.js";

/** The person's display name, for showing (a portfolio's author); who did what is told by user id. */
export async function userName(store: Store, userId: string): Promise<string> {
  return (await accounts.userById(store.db, userId))?.name ?? userId;
}

/** The caller's profile, or a 422 asking them to fill it in. */
export async function profileOrAsk(store: Store, userId: string, what: string): Promise<Profile> {
  const stored = await career.profile(store.db, userId);
  if (stored === undefined) {
    throw new HttpError(
      422,
      "no_profile",
      `${what} needs your career profile: fill it in first (PUT /api/me/career/profile)`,
    );
  }
  return stored.profile;
}

/** The latest saved baseline of a project, if any. */
export async function latestBaseline(store: Store, projectId: string): Promise<Baseline | undefined> {
  const saved = await store.baselines.list(store.db, projectId);
  return saved.sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1))[0];
}

/** Every move of a risk to closed, with the user id of who made it, from the project's audit history. */
export async function riskClosures(store: Store, projectId: string): Promise<RiskClosure[]> {
  const closures: RiskClosure[] = [];
  for await (const e of auditEntries(store, projectId, "risk")) {
    const after = e.after as Risk | null;
    const previous = e.before as Risk | null;
    if (after?.status === "closed" && previous !== null && previous.status !== "closed") {
      closures.push({ id: e.entityId, at: e.at, by: e.actorId ?? undefined });
    }
  }
  return closures;
}

/**
 * Every decision recorded on a change request in Keel, with the user id of who recorded it, from
 * the audit history. A request that arrived already decided (an imported plan) was decided
 * elsewhere, so it is nobody's here.
 */
export async function decisionsRecorded(store: Store, projectId: string): Promise<DecisionRecorded[]> {
  const recorded: DecisionRecorded[] = [];
  for await (const e of auditEntries(store, projectId, "change")) {
    const after = e.after as ChangeRequest | null;
    const previous = e.before as ChangeRequest | null;
    if (after?.decision === undefined || previous === null) continue;
    if (after.decision.at === previous.decision?.at) continue;
    recorded.push({ id: e.entityId, at: after.decision.at, by: e.actorId ?? undefined });
  }
  return recorded;
}

/** Every leveling applied to the project, with what it did and the user id of who applied it, from the audit history. */
export async function levelingsApplied(store: Store, projectId: string): Promise<LevelingApplied[]> {
  const applied: LevelingApplied[] = [];
  for await (const e of auditEntries(store, projectId, "leveling")) {
    const before = e.before as LevelingOutcome["before"];
    const { finishDays, tasksMoved, ...after } = e.after as LevelingOutcome["after"] &
      Pick<LevelingOutcome, "finishDays" | "tasksMoved">;
    applied.push({
      id: e.entityId,
      at: e.at,
      by: e.actorId ?? undefined,
      before,
      after,
      finishDays,
      tasksMoved,
    });
  }
  return applied;
}

/** Who sent each report, by report id, from the audit history: the user id on its move to sent. */
export async function reportSenders(store: Store, projectId: string): Promise<Map<string, string>> {
  const senders = new Map<string, string>();
  for await (const e of auditEntries(store, projectId, "status_report")) {
    const after = e.after as StatusReportRecord | null;
    const previous = e.before as StatusReportRecord | null;
    if (after?.state !== "sent" || previous === null || previous.state === "sent") continue;
    if (e.actorId !== null && !senders.has(e.entityId)) senders.set(e.entityId, e.actorId);
  }
  return senders;
}

/** What the suggestion rules read about each project the person works on (viewers only watched). */
export async function projectActivities(
  store: Store,
  userId: string,
  today: LocalDate,
): Promise<ProjectActivity[]> {
  const projects = await store.projectsOf(userId);
  const practice = await career.practiceExercises(
    store.db,
    projects.map((p) => p.id),
  );
  return Promise.all(
    projects
      .filter((p) => p.role !== "viewer")
      .map(async (p): Promise<ProjectActivity> => {
        const [
          plan,
          { schedule },
          baseline,
          reports,
          senders,
          risksClosed,
          decisions,
          levelings,
          sprints,
          settings,
        ] = await Promise.all([
          store.plan(p.id),
          store.schedule(p.id),
          latestBaseline(store, p.id),
          store.statusReports.list(store.db, p.id),
          reportSenders(store, p.id),
          riskClosures(store, p.id),
          decisionsRecorded(store, p.id),
          levelingsApplied(store, p.id),
          store.sprints.list(store.db, p.id),
          agileSettingsOf(store.db, p.id),
        ]);
        const exerciseFacts = await projectFacts(store, p.id, today, {
          plan,
          schedule,
          baseline,
          reports,
          sprints,
        });
        return {
          projectId: p.id,
          projectName: p.project.name,
          role: p.role as ProjectRole,
          userId,
          plan,
          schedule,
          baseline,
          statusReportsSent: reports
            .filter((r) => r.state === "sent")
            .map((r) => ({ asOf: r.asOf, sentBy: senders.get(r.id) })),
          risksClosed,
          decisionsRecorded: decisions,
          levelings,
          sprints,
          estimateUnit: settings.estimateUnit,
          exerciseFacts,
          practiceExercise: practice.get(p.id),
        };
      }),
  );
}

/** Every suggestion the person's project data shows today, with what they decided about each. */
async function suggestionsAndDecisions(store: Store, userId: string, read?: ReadActivities) {
  const today = read?.today ?? todayUtc();
  const [activities, decisions] = await Promise.all([
    read?.activities ?? projectActivities(store, userId, today),
    career.suggestionDecisions(store.db, userId),
  ]);
  return { suggestions: suggestEvidence(activities, today), decisions };
}

/** The person's project activity as of `today`, when a route has read it already for its own use. */
export interface ReadActivities {
  readonly activities: readonly ProjectActivity[];
  readonly today: LocalDate;
}

/** Suggestions not yet accepted or dismissed. */
export async function pendingSuggestions(
  store: Store,
  userId: string,
  read?: ReadActivities,
): Promise<EvidenceSuggestion[]> {
  const { suggestions, decisions } = await suggestionsAndDecisions(store, userId, read);
  const decided = new Set(decisions.map((d) => d.key));
  return suggestions.filter((s) => !decided.has(s.key));
}

/**
 * Dismissed suggestions the data still shows, most recently dismissed first: the ones a restore
 * would bring back.
 */
export async function dismissedSuggestions(
  store: Store,
  userId: string,
): Promise<(EvidenceSuggestion & { readonly dismissedAt: string })[]> {
  const { suggestions, decisions } = await suggestionsAndDecisions(store, userId);
  const shown = new Map(suggestions.map((s) => [s.key, s]));
  return decisions
    .filter((d) => d.decision === "dismissed")
    .flatMap((d) => {
      const s = shown.get(d.key);
      return s === undefined ? [] : [{ ...s, dismissedAt: d.at }];
    })
    .reverse();
}

/** One of the person's entries by id, for routes that take evidence ids in a body: 404 for anyone else's. */
export async function ownEvidence(
  store: Store,
  userId: string,
  ids: readonly string[],
): Promise<StoredEvidence[]> {
  const all = new Map((await career.listEvidence(store.db, userId)).map((e) => [e.id, e]));
  return ids.map((id) => {
    const found = all.get(id);
    if (found === undefined)
      throw new HttpError(404, "not_found", `evidence "${id}" was not found`, { entity: "evidence" });
    return found;
  });
}
