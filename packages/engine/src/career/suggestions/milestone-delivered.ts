import type { EvidenceMeasure, LocalDate, Task } from "@keel/model";
import { baselineVariance } from "../../baseline/variance.js";
import { dayOf } from "../../status/dates.js";
import { plural } from "../../status/wording.js";
import type { EvidenceSuggestion, ProjectActivity } from "./project-activity.js";
import { assignedResources, isOnOrBefore, suggestion, weeksSpanned } from "./suggestion-parts.js";

/** Done as the brief counts it: 100 % or an actual finish. */
const complete = (t: Task) => t.percentComplete === 100 || t.actualFinish !== undefined;

const daysText = (days: number) => plural(days, "working day");

/** Where the delivery fell against the baseline: "3 working days ahead of its baseline date", and as a metric. */
function againstBaseline(variance: number): { words: string; metric: EvidenceMeasure } {
  const days = Math.round(Math.abs(variance) * 10) / 10;
  if (days === 0) {
    return {
      words: "on its baseline date",
      metric: { name: "working days from the baseline date", value: 0, unit: "working days" },
    };
  }
  const ahead = variance < 0;
  return {
    words: `${daysText(days)} ${ahead ? "ahead of" : "after"} its baseline date`,
    metric: {
      name: `working days ${ahead ? "ahead of" : "after"} the baseline date`,
      value: days,
      unit: "working days",
    },
  };
}

/**
 * A complete milestone, dated by the schedule (which pins it at its actual finish), against the
 * latest baseline in working days on the project calendar. Without a baseline, or for a milestone
 * added after it, the delivery is proposed without a comparison.
 */
export function milestoneDelivered(activity: ProjectActivity, today: LocalDate): EvidenceSuggestion[] {
  const { plan, schedule, baseline } = activity;
  const tasks = new Map(plan.tasks.map((t) => [t.id, t]));
  const variance =
    baseline === undefined
      ? new Map<string, number>()
      : new Map(baselineVariance(plan, schedule, baseline).tasks.map((v) => [v.id, v.finishDays]));
  const saved = new Map((baseline?.tasks ?? []).map((t) => [t.id, t]));
  const people = assignedResources(plan);
  return schedule.tasks.flatMap((m) => {
    const task = tasks.get(m.id);
    if (m.kind !== "milestone" || task === undefined || !complete(task)) return [];
    const date = dayOf(m.finish);
    if (!isOnOrBefore(date, today)) return [];
    // Leaf tasks complete by the milestone's day: the work behind it, as the plan records it.
    const done = schedule.tasks.filter((t) => {
      const leaf = tasks.get(t.id);
      return t.kind === "task" && leaf !== undefined && complete(leaf) && dayOf(t.finish) <= date;
    }).length;
    const days = variance.get(m.id);
    const planned = saved.get(m.id);
    const against =
      days === undefined || planned === undefined || baseline === undefined
        ? undefined
        : { ...againstBaseline(days), day: dayOf(planned.finish), name: baseline.name };
    return [
      suggestion(activity, "milestone-delivered", m.id, "tracking", {
        title: `Delivered ${m.name} on ${date}${against === undefined ? "" : `, ${against.words}`}`,
        situation:
          against === undefined
            ? `${activity.projectName}: ${m.name} was a milestone of the plan, with no saved baseline to measure it against.`
            : `${activity.projectName}: the baseline "${against.name}" planned ${m.name} for ${against.day}.`,
        action: `[What you did to get there.] By then ${plural(done, "task")} of the plan ${done === 1 ? "was" : "were"} complete, tracked in Keel with actual dates.`,
        result:
          against === undefined
            ? `${m.name} delivered on ${date}.`
            : `${m.name} delivered on ${date}, ${against.words} (${against.day}).`,
        metrics: [
          ...(against === undefined ? [] : [against.metric]),
          { name: "tasks complete by the milestone", value: done },
        ],
        scale: {
          ...(people > 0 ? { people } : {}),
          durationWeeks: weeksSpanned(schedule.project.start, date),
        },
        competencies: ["milestone-tracking", "scheduling"],
        date,
      }),
    ];
  });
}
