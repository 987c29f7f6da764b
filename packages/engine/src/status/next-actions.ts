import type { LocalDate } from "@keel/model";
import { dayOf } from "./dates.js";
import type { StatusFacts } from "./status-facts.js";
import type { NextLine } from "./status-report.js";
import { listNames } from "./wording.js";

/**
 * What happens before the next update, with owners and dates: tasks starting or due, milestones
 * to reach, risk actions and reviews, issue due dates, deliveries expected, assumptions to
 * validate. Items already overdue come along, flagged, since they still need doing.
 */
export function nextActions(f: StatusFacts): NextLine[] {
  const out: NextLine[] = [];
  const inWindow = (date: LocalDate) => date > f.asOf && date <= f.nextUpdate;
  const add = (action: string, owner: string | null | undefined, date: LocalDate) =>
    out.push({ action, owner: owner ?? null, date, overdue: date < f.asOf });

  for (const t of f.tasks) {
    if (t.complete) continue;
    const owner = t.owners.length === 0 ? null : listNames(t.owners);
    const start = dayOf(t.start);
    const finish = dayOf(t.finish);
    const starts = !t.started && inWindow(start);
    const finishes = inWindow(finish);
    if (t.milestone) {
      if (finishes) add(`Reach ${t.name}`, owner, finish);
    } else if (starts && finishes) {
      add(`Start and finish ${t.name}`, owner, finish);
    } else if (starts) {
      add(`Start ${t.name}`, owner, start);
    } else if (finishes) {
      add(`Finish ${t.name}`, owner, finish);
    }
  }
  for (const r of f.risks) {
    for (const a of r.actions) {
      if (a.done === true || a.due === undefined || a.due > f.nextUpdate) continue;
      add(`${a.action} (risk: ${r.name})`, a.owner ?? r.owner, a.due);
    }
    if (r.review !== undefined && r.review <= f.nextUpdate)
      add(`Review the risk "${r.name}"`, r.owner, r.review);
  }
  for (const i of f.issues) {
    if (i.due !== undefined && i.due <= f.nextUpdate) add(`Resolve "${i.name}"`, i.owner, i.due);
  }
  for (const d of f.arrivingDependencies) {
    add(`Receive ${d.name} from ${d.provider}`, d.owner, d.expected ?? d.needed);
  }
  for (const a of f.overdueAssumptions) add(`Validate the assumption "${a.name}"`, a.owner, a.validateBy);
  // Code-unit order, not the locale's: the same report on every machine.
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return out.sort((a, b) => cmp(a.date, b.date) || cmp(a.action, b.action));
}
