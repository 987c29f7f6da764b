import type { EvidenceMeasure, LocalDate, Risk } from "@keel/model";
import { exposure } from "../../raid/exposure.js";
import { dayOf } from "../../status/dates.js";
import { plural } from "../../status/wording.js";
import type { EvidenceSuggestion, ProjectActivity, RiskClosure } from "./project-activity.js";
import { amount, assignedResources, isOnOrBefore, suggestion, weeksSpanned } from "./suggestion-parts.js";

interface Retired {
  readonly risk: Risk & { readonly review: LocalDate };
  readonly closed: LocalDate;
}

/**
 * Threats the person closed on or before their review date, from the history of closures: their
 * count, the exposure taken off the register (probability × impact before response, the register's
 * own score) and their cost where it was estimated. One suggestion per project, referenced by the
 * day of the latest closure, so a later retirement makes a new one.
 */
export function risksRetired(activity: ProjectActivity, today: LocalDate): EvidenceSuggestion[] {
  if (activity.risksClosed === undefined) return [];
  // The latest closure of each risk is the one that left it closed.
  const latest = new Map<string, RiskClosure>();
  for (const c of activity.risksClosed) {
    const seen = latest.get(c.id);
    if (seen === undefined || c.at > seen.at) latest.set(c.id, c);
  }
  const retired: Retired[] = [];
  for (const risk of activity.plan.risks ?? []) {
    const closure = latest.get(risk.id);
    if (risk.kind !== "threat" || risk.status !== "closed" || risk.review === undefined) continue;
    if (closure === undefined || closure.by !== activity.userId) continue;
    const closed = dayOf(closure.at);
    if (closed <= risk.review && isOnOrBefore(closed, today)) {
      retired.push({ risk: risk as Retired["risk"], closed });
    }
  }
  if (retired.length === 0) return [];
  retired.sort((a, b) => (a.closed < b.closed ? -1 : a.closed > b.closed ? 1 : 0));
  const first = (retired[0] as Retired).closed;
  const last = (retired.at(-1) as Retired).closed;
  const points = retired.reduce((sum, r) => sum + exposure(r.risk), 0);
  const costed = retired.filter((r) => r.risk.cost !== undefined);
  const cost = costed.reduce((sum, r) => sum + (r.risk.cost as number), 0);
  const n = retired.length;
  const metrics: EvidenceMeasure[] = [
    { name: "risks retired before their review date", value: n },
    { name: "exposure retired (probability × impact)", value: points, unit: "points" },
    ...(costed.length > 0 ? [{ name: "estimated cost of the retired risks", value: cost }] : []),
  ];
  const people = assignedResources(activity.plan);
  return [
    suggestion(activity, "risks-retired", `to-${last}`, "raid", {
      title: `Retired ${plural(n, "risk")} on ${activity.projectName} before ${n === 1 ? "its" : "their"} review date, ${points} points of exposure`,
      situation: `${activity.projectName}'s risk register: ${retired.map((r) => `${r.risk.name} (probability ${r.risk.probability} × impact ${r.risk.impact}, review ${r.risk.review})`).join("; ")}.`,
      action: `[How you retired them.] Closed ${retired.map((r) => `${r.risk.name} on ${r.closed}`).join(", ")}.`,
      result: `${plural(n, "threat")} off the register before ${n === 1 ? "its" : "their"} review date: ${points} points of exposure retired${costed.length > 0 ? `, with an estimated cost of ${amount(cost)} if ${costed.length === 1 ? "it" : "they"} had happened` : ""}.`,
      metrics,
      scale: { ...(people > 0 ? { people } : {}), durationWeeks: weeksSpanned(first, last) },
      competencies: ["risk-management"],
      date: last,
    }),
  ];
}
