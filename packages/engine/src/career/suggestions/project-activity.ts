import type {
  Baseline,
  EstimateUnit,
  EvidenceMeasure,
  EvidenceWorkScale,
  LocalDate,
  Plan,
  Sprint,
} from "@keel/model";
import type { LevelingOutcome } from "../../resources/leveling-outcome.js";
import type { PlanSchedule } from "../../result.js";
import type { CompetencyId } from "../data/competencies.js";
import type { ProjectFacts } from "../exercises/project-facts.js";

/** The person's role on a project, as the server's access rules name it. */
export type ProjectRole = "viewer" | "member" | "manager" | "owner";

/** A status report the project sent, by its date and the user id of who sent it (from the audit history). */
export interface SentReport {
  readonly asOf: LocalDate;
  readonly sentBy?: string | undefined;
}

/** A risk's move to closed, from the audit history: when, and the user id of who closed it. */
export interface RiskClosure {
  readonly id: string;
  /** ISO 8601 instant, or a date. */
  readonly at: string;
  readonly by?: string | undefined;
}

/** A leveling applied to the plan, from the audit history: what it did, when, and the user id of who applied it. */
export interface LevelingApplied extends LevelingOutcome {
  readonly id: string;
  /** ISO 8601 instant. */
  readonly at: string;
  readonly by?: string | undefined;
}

/** Who recorded a change request's decision, from the audit history: the request, the decision's `at`, a user id. */
export interface DecisionRecorded {
  readonly id: string;
  readonly at: string;
  readonly by?: string | undefined;
}

/**
 * What the server gathers about one project the person belongs to. Decisions, sent reports and
 * risk closures carry the user id the audit history recorded them under; only those under
 * `userId` count as the person's own. A display name is not enough: two people may share one, and
 * a name can change.
 */
export interface ProjectActivity {
  readonly projectId: string;
  readonly projectName: string;
  readonly role: ProjectRole;
  /** The person's user id: how the audit history records who did what. */
  readonly userId: string;
  readonly plan: Plan;
  readonly schedule: PlanSchedule;
  /** The latest saved baseline. */
  readonly baseline?: Baseline | undefined;
  readonly statusReportsSent: readonly SentReport[];
  /** Absent when the history was not read: the risk rule then proposes nothing. */
  readonly risksClosed?: readonly RiskClosure[] | undefined;
  /** Absent when the history was not read: the change request rule then proposes nothing. */
  readonly decisionsRecorded?: readonly DecisionRecorded[] | undefined;
  /** Absent when the history was not read: the leveling rule then proposes nothing. */
  readonly levelings?: readonly LevelingApplied[] | undefined;
  /** The team's sprints; absent when not read: the sprint rule then proposes nothing. */
  readonly sprints?: readonly Sprint[] | undefined;
  /** What the team estimates in, so sprint figures name their unit; points when absent. */
  readonly estimateUnit?: EstimateUnit | undefined;
  /** The exercises' facts about the project; absent when not read: no exercise is then proposed. */
  readonly exerciseFacts?: ProjectFacts | undefined;
  /** The exercise the project was started from, when it is a practice project. */
  readonly practiceExercise?: string | undefined;
}

export type SuggestionRuleId =
  | "milestone-delivered"
  | "risks-retired"
  | "changes-decided"
  | "status-reports-on-cadence"
  | "sprints-completed"
  | "practice-exercise-done"
  | "plan-leveled";

/** The web app's project views a suggestion links to; "agile" is the team's agile reports. */
export type SuggestionView = "tracking" | "raid" | "changes" | "status" | "agile" | "capacity";

/**
 * A proposed evidence entry, every number taken from the project's data. Nothing enters the
 * person's inventory until they accept it; `key` (rule, project, reference) stays the same while
 * the data does, so an accepted or dismissed suggestion does not come back.
 */
export interface EvidenceSuggestion {
  readonly key: string;
  readonly rule: SuggestionRuleId;
  readonly projectId: string;
  readonly projectName: string;
  /** What in the project it is about: a milestone id, the last date of a series, the last sprint's id, or an exercise's id. */
  readonly ref: string;
  readonly title: string;
  readonly situation: string;
  readonly action: string;
  readonly result: string;
  readonly metrics: readonly EvidenceMeasure[];
  readonly scale: Pick<EvidenceWorkScale, "people" | "durationWeeks">;
  readonly competencies: readonly CompetencyId[];
  readonly date: LocalDate;
  /** Where the data is in the web app: `/projects/<id>/<view>`; for "agile", `/projects/<id>/agile/reports`. */
  readonly link: string;
}

/** One rule: the suggestions it finds in a project's activity as of `today`. */
export type SuggestionRule = (activity: ProjectActivity, today: LocalDate) => EvidenceSuggestion[];
