import type { EvidenceMeasure, LocalDate, Sprint } from "@keel/model";
import { sprintOutcome } from "../../agile/velocity.js";
import { plural } from "../../status/wording.js";
import type { EvidenceSuggestion, ProjectActivity } from "./project-activity.js";
import { amount, daysBetween, isOnOrBefore, suggestion, weeksSpanned } from "./suggestion-parts.js";

/** Closed sprints it takes to show a delivery rhythm rather than one time-box. */
export const MIN_SPRINTS_COMPLETED = 2;

const WEEK_WORDS = ["one", "two", "three", "four"] as const;

/** "two-week " when every sprint lasted the same whole number of weeks (up to four), else nothing. */
function lengthWords(sprints: readonly Sprint[]): string {
  const days = new Set(sprints.map((s) => daysBetween(s.start, s.finish) + 1));
  const [only] = days;
  if (days.size !== 1 || only === undefined || only % 7 !== 0) return "";
  const words = WEEK_WORDS[only / 7 - 1];
  return words === undefined ? "" : `${words}-week `;
}

/** The people the sprints were planned for: each sprint's members, or the plan's work resources. */
function teamSize(activity: ProjectActivity, sprints: readonly Sprint[]): number {
  const everyone = (activity.plan.resources ?? []).filter((r) => r.type === "work").map((r) => r.id);
  return new Set(sprints.flatMap((s) => s.members?.map((m) => m.resource) ?? everyone)).size;
}

/**
 * The project's closed sprints, when the person manages it: how many, what they delivered against
 * what they committed to (the estimates recorded at start and close, in the team's unit) and the
 * velocity of the first and the last. Sprints record no one who ran them, so the role decides whose
 * work it was: a manager or owner ran them, a member worked in them. One suggestion per project,
 * referenced by the last closed sprint, so closing another makes a new one; none before two sprints
 * are closed, or when nothing was committed.
 */
export function sprintsCompleted(activity: ProjectActivity, today: LocalDate): EvidenceSuggestion[] {
  if (activity.role !== "manager" && activity.role !== "owner") return [];
  const closed = (activity.sprints ?? [])
    .filter((s) => s.state === "closed" && isOnOrBefore(s.finish, today))
    .sort((a, b) =>
      a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
  const first = closed[0];
  const last = closed.at(-1);
  if (first === undefined || last === undefined || closed.length < MIN_SPRINTS_COMPLETED) return [];
  const outcomes = closed.map((s) => sprintOutcome(s));
  const committed = outcomes.reduce((sum, o) => sum + o.committed, 0);
  const completed = outcomes.reduce((sum, o) => sum + o.completed, 0);
  if (committed === 0) return [];
  const unit = activity.estimateUnit ?? "points";
  const share = Math.round((completed / committed) * 100);
  const from = outcomes[0]?.completed ?? 0;
  const to = outcomes.at(-1)?.completed ?? 0;
  const n = closed.length;
  const length = lengthWords(closed);
  const weeks = weeksSpanned(first.start, last.finish);
  const people = teamSize(activity, closed);
  const metrics: EvidenceMeasure[] = [
    { name: "sprints closed", value: n },
    { name: `${unit} delivered`, value: completed, unit },
    { name: `${unit} committed`, value: committed, unit },
    { name: "share of the commitment delivered", value: share, unit: "%" },
    { name: "velocity of the first sprint", value: from, unit },
    { name: "velocity of the last sprint", value: to, unit },
  ];
  return [
    suggestion(activity, "sprints-completed", last.id, "agile", {
      title: `Ran ${n} ${length}sprints for ${activity.projectName}, delivering ${amount(completed)} of ${amount(committed)} committed ${unit} (${share}%), velocity ${amount(from)} → ${amount(to)}`,
      situation: `${activity.projectName} delivered in ${length}sprints: ${closed.map((s) => `${s.name} (${s.start} to ${s.finish}${s.goal === undefined ? "" : `, goal: ${s.goal}`})`).join("; ")}.`,
      action: `[How you ran planning, reviews and retrospectives.] Planned each sprint's commitment and closed it with what was done, in Keel: ${closed.map((s, i) => `${s.name} ${amount(outcomes[i]?.completed ?? 0)} of ${amount(outcomes[i]?.committed ?? 0)} ${unit}`).join(", ")}.`,
      result: `${amount(completed)} of ${amount(committed)} committed ${unit} delivered over ${plural(n, "sprint")} (${share}%); velocity went from ${amount(from)} ${unit} in ${first.name} to ${amount(to)} in ${last.name}.`,
      metrics,
      scale: { ...(people > 0 ? { people } : {}), durationWeeks: weeks },
      competencies: ["agile-scrum", "metrics-decisions"],
      date: last.finish,
    }),
  ];
}
