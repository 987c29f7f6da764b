import { schedulePlan } from "@keel/engine";
import { type Plan, STANDARD_CALENDAR } from "@keel/model";
import { runTj3 } from "./tj3.js";
import { toTjp } from "./tjp.js";
import { formatMinute, WorkingTime, wallMinute } from "./working-time.js";

export interface Disagreement {
  readonly plan: number;
  readonly task: string;
  readonly kind: string;
  readonly field: "start" | "finish";
  readonly keel: string;
  readonly tj3: string;
}

export interface Comparison {
  readonly tasks: number;
  readonly disagreements: readonly Disagreement[];
  readonly messages: string;
  /** How long the tj3 run took, wall clock and processor time. */
  readonly tj3Ms: number;
  readonly tj3CpuMs: number;
}

/**
 * Schedules plans with Keel and, in one run, with tj3, and lists every date on which they differ.
 * tj3 reports a working-time task's start as the moment its links allow it, even at night; Keel
 * reports the first moment it works, so those starts are compared at the next working moment.
 */
export function compareWithTj3(plans: readonly Plan[]): Comparison {
  const keel = plans.map((p) => schedulePlan(p));
  const lastFinish = Math.max(...keel.map((s) => wallMinute(s.project.finish)));
  const tjp = toTjp(plans, { end: formatMinute(lastFinish + 400 * 1440).slice(0, 10) });
  const tj = runTj3(tjp.text);
  const byTask = new Map<string, { start: number; end: number }>();
  for (const [id, d] of tj.dates) {
    const ref = tjp.tasks.get(id);
    if (ref !== undefined)
      byTask.set(`${ref[0]}/${ref[1]}`, { start: wallMinute(d.start), end: wallMinute(d.end) });
  }
  const disagreements: Disagreement[] = [];
  let tasks = 0;
  plans.forEach((plan, k) => {
    const cal = plan.calendars.find((c) => c.id === plan.project.calendar) ?? STANDARD_CALENDAR;
    const wt = new WorkingTime(cal);
    // Elapsed tasks and milestones sit where their links put them, in both tools.
    const exact = new Set(plan.tasks.filter((t) => t.duration.elapsed || t.milestone).map((t) => t.id));
    const children = new Map<string, string[]>();
    for (const t of plan.tasks) {
      if (t.parent !== null) children.set(t.parent, [...(children.get(t.parent) ?? []), t.id]);
    }
    // A summary starts with its earliest task, so its start reads like its tasks' starts.
    const expectedStart = (id: string): number => {
      const d = byTask.get(`${k}/${id}`);
      if (d === undefined) throw new Error(`tj3 did not report task "${id}"`);
      const kids = children.get(id);
      if (kids === undefined) return exact.has(id) ? d.start : wt.nextStart(d.start);
      return Math.min(...kids.map(expectedStart));
    };
    for (const t of keel[k]?.tasks ?? []) {
      tasks++;
      const d = byTask.get(`${k}/${t.id}`);
      if (d === undefined) throw new Error(`tj3 did not report task "${t.id}"`);
      const start = expectedStart(t.id);
      const pairs = [
        ["start", t.start, start],
        ["finish", t.finish, d.end],
      ] as const;
      for (const [field, ours, theirs] of pairs) {
        if (ours.slice(0, 16) !== formatMinute(theirs)) {
          disagreements.push({
            plan: k,
            task: t.id,
            kind: t.kind,
            field,
            keel: ours.slice(0, 16),
            tj3: formatMinute(theirs),
          });
        }
      }
    }
  });
  return { tasks, disagreements, messages: tj.messages, tj3Ms: tj.ms, tj3CpuMs: tj.cpuMs };
}
