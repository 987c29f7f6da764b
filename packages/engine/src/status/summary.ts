import type { RagAssessment } from "./rag.js";
import type { StatusFacts } from "./status-facts.js";
import type { AskLine } from "./status-report.js";
import { formatDay, formatWorkingDays, listNames } from "./wording.js";

/** Behind by this many percentage points, an unfinished task counts among the causes of a slip. */
const BEHIND_POINTS = 10;

/**
 * Two to four sentences for leadership, built from the facts: where the work stands and the finish
 * against the plan; what moved it; the biggest risk; what is needed from them.
 */
export function executiveSummary(f: StatusFacts, rag: RagAssessment, asks: readonly AskLine[]): string {
  const y = f.asOf.slice(0, 4);
  const sentences: string[] = [];

  const finish = formatDay(f.finish, y);
  const days = f.finishVarianceDays;
  const finishClause =
    days === null
      ? `we expect to finish on ${finish}`
      : days === 0
        ? `we expect to finish on ${finish}, as planned`
        : `we now expect to finish on ${finish}, ${formatWorkingDays(days)} ${days > 0 ? "later" : "earlier"} than planned`;
  // The P80 date, when known risks and estimates put it past the scheduled finish.
  const p80 = f.forecast?.finish.p80;
  const allowing =
    p80 !== undefined && p80.slice(0, 10) > f.finish.slice(0, 10)
      ? `; allowing for known risks, by ${formatDay(p80, y)} (P80)`
      : "";
  if (f.percentComplete === null) {
    sentences.push(`${finishClause.charAt(0).toUpperCase()}${finishClause.slice(1)}${allowing}.`);
  } else {
    const planned =
      f.plannedPercentComplete === null
        ? ""
        : ` (${Math.round(f.plannedPercentComplete)} % was planned by now)`;
    sentences.push(
      `The work is ${Math.round(f.percentComplete)} % done${planned}, and ${finishClause}${allowing}.`,
    );
  }

  const late = (days ?? 0) > 0 || f.tasks.some((t) => t.milestone && t.overdue);
  const causes = slipCauses(f, y, late);
  if (causes.length > 0) {
    sentences.push(`${late ? "The delay comes from" : "Behind plan:"} ${causes.slice(0, 2).join(" and ")}.`);
  } else if (rag.overall.rag === "GREEN") {
    sentences.push("Schedule, cost, scope and risks are on track.");
  }

  const risk = f.risks[0];
  if (risk !== undefined) {
    sentences.push(
      `The biggest risk is "${risk.name}" (${risk.probabilityLabel.toLowerCase()}, ${risk.impactLabel.toLowerCase()} impact)${
        risk.owner === undefined ? ", with no owner named" : `; ${risk.owner} owns the response`
      }${risk.reviewOverdue ? ", and its review is overdue" : ""}.`,
    );
  }

  const needs = asks.map((a) =>
    a.kind === "escalation"
      ? `the ${(a.from ?? "sponsor").toLowerCase()}'s help with "${a.what}"${a.by === null ? "" : ` by ${formatDay(a.by, y)}`}`
      : `a decision on the change request "${a.what}"`,
  );
  sentences.push(
    needs.length === 0
      ? `Nothing is needed from leadership ${f.period.days === 7 ? "this week" : "this period"}.`
      : `We need ${listNames(needs, 2)}.`,
  );
  return sentences.join(" ");
}

/** What pushes the finish: late dependencies, tasks behind plan, and, for a slip, approved changes; critical ones first. */
function slipCauses(f: StatusFacts, y: string, late: boolean): string[] {
  const causes: { critical: boolean; text: string }[] = [];
  for (const d of f.lateDependencies) {
    causes.push({
      critical: d.critical,
      text:
        d.expected !== undefined && d.expected > d.needed
          ? `${d.name} from ${d.provider} (promised for ${formatDay(d.expected, y)} instead of ${formatDay(d.needed, y)})`
          : `${d.name} from ${d.provider} (due ${formatDay(d.needed, y)} and still awaited)`,
    });
  }
  for (const t of f.tasks) {
    if (t.milestone || t.complete || !t.started) continue;
    const gap = (t.plannedPercent ?? 0) - t.percentComplete;
    if (gap >= BEHIND_POINTS || t.overdue) {
      causes.push({
        critical: t.critical,
        text: `${t.name} (${Math.round(t.percentComplete)} % done${t.plannedPercent === undefined ? "" : ` against ${Math.round(t.plannedPercent)} % planned`})`,
      });
    }
  }
  for (const c of f.approvedChanges) {
    if (late && c.finishDays > 0) {
      causes.push({
        critical: true,
        text: `the approved change "${c.name}" (${formatWorkingDays(c.finishDays)})`,
      });
    }
  }
  return causes.sort((a, b) => Number(b.critical) - Number(a.critical)).map((c) => c.text);
}
