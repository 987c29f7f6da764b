import { exposure, exposureBand, type PlanSchedule, riskScales } from "@keel/engine";
import type { Plan } from "@keel/model";

/** What a portfolio shows of a project's schedule. */
export interface ScheduleSummary {
  readonly start: string;
  readonly finish: string;
  readonly durationWorkingDays: number;
  /** Working minutes in a day, to show float in days. */
  readonly minutesPerDay: number;
  /** Total float of the critical path in working minutes: the least float of any task (negative when late). */
  readonly criticalFloatMinutes: number;
  readonly tasks: number;
  readonly missedDeadlines: number;
  /** Milestones in date order; the reader picks the next one for its own today. */
  readonly milestones: readonly { readonly id: string; readonly name: string; readonly date: string }[];
  /** Open threats in the high exposure band; absent in summaries stored before the RAID log. */
  readonly openHighRisks?: number;
}

export function summarizeSchedule(schedule: PlanSchedule, plan: Plan): ScheduleSummary {
  let criticalFloat = Number.POSITIVE_INFINITY;
  const milestones: { id: string; name: string; date: string }[] = [];
  for (const t of schedule.tasks) {
    if (t.kind !== "summary") criticalFloat = Math.min(criticalFloat, t.totalFloatMinutes);
    if (t.kind === "milestone") milestones.push({ id: t.id, name: t.name, date: t.start });
  }
  milestones.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    start: schedule.project.start,
    finish: schedule.project.finish,
    durationWorkingDays: schedule.project.durationWorkingDays,
    minutesPerDay: schedule.project.minutesPerDay,
    criticalFloatMinutes: Number.isFinite(criticalFloat) ? criticalFloat : 0,
    tasks: schedule.tasks.length,
    missedDeadlines: schedule.warnings.filter((w) => w.code === "missed-deadline").length,
    milestones: milestones.slice(0, 200),
    openHighRisks: openHighRisks(plan),
  };
}

function openHighRisks(plan: Plan): number {
  const scales = riskScales(plan);
  return (plan.risks ?? []).filter(
    (r) => r.status === "open" && r.kind === "threat" && exposureBand(exposure(r), scales) === "high",
  ).length;
}
