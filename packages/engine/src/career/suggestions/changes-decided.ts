import type { ChangeRequest, Decision, EvidenceMeasure, LocalDate } from "@keel/model";
import { dayOf } from "../../status/dates.js";
import { plural } from "../../status/wording.js";
import type { EvidenceSuggestion, ProjectActivity } from "./project-activity.js";
import { amount, isOnOrBefore, suggestion, weeksSpanned } from "./suggestion-parts.js";

type Decided = ChangeRequest & { readonly decision: Decision };

const sum = (items: readonly Decided[], f: (d: Decision) => number) =>
  Math.round(items.reduce((total, c) => total + f(c.decision), 0) * 100) / 100;

const signed = (n: number, unit = "") => `${n > 0 ? "+" : ""}${amount(n)}${unit}`;

/**
 * Change requests the person decided, each with the impact analysis its decision recorded: how many,
 * how they went, and the finish and cost moves of those approved (and the finish moves turned down).
 * One suggestion per project, referenced by the day of the latest decision.
 */
export function changesDecided(activity: ProjectActivity, today: LocalDate): EvidenceSuggestion[] {
  const recorded = activity.decisionsRecorded;
  if (recorded === undefined) return [];
  // The decision standing now, recorded by the person: `decision.by` is a name, kept for showing.
  const mine = new Set(recorded.filter((r) => r.by === activity.userId).map((r) => `${r.id}@${r.at}`));
  const decided = (activity.plan.changes ?? [])
    .filter((c): c is Decided => c.decision !== undefined)
    .filter((c) => mine.has(`${c.id}@${c.decision.at}`) && isOnOrBefore(c.decision.at, today))
    .sort((a, b) => (a.decision.at < b.decision.at ? -1 : a.decision.at > b.decision.at ? 1 : 0));
  if (decided.length === 0) return [];
  const first = dayOf((decided[0] as Decided).decision.at);
  const last = dayOf((decided.at(-1) as Decided).decision.at);
  const by = (status: Decision["status"]) => decided.filter((c) => c.decision.status === status);
  const approved = by("approved");
  const rejected = by("rejected");
  const deferred = by("deferred");
  const finishApproved = sum(approved, (d) => d.impact.finishDays);
  const costApproved = sum(approved, (d) => d.impact.costAfter - d.impact.costBefore);
  const finishRejected = sum(rejected, (d) => d.impact.finishDays);
  const n = decided.length;
  const parts = [
    approved.length > 0
      ? `${approved.length} approved (finish ${signed(finishApproved, " working days")}, cost ${signed(costApproved)})`
      : "",
    rejected.length > 0
      ? `${rejected.length} rejected (finish impact turned down: ${signed(finishRejected, " working days")})`
      : "",
    deferred.length > 0 ? `${deferred.length} deferred` : "",
  ].filter((p) => p !== "");
  const metrics: EvidenceMeasure[] = [
    { name: "change requests decided with an impact analysis", value: n },
    ...(approved.length > 0
      ? [
          { name: "finish impact of approved changes", value: finishApproved, unit: "working days" },
          { name: "cost impact of approved changes", value: costApproved },
        ]
      : []),
    ...(rejected.length > 0
      ? [{ name: "finish impact of rejected changes", value: finishRejected, unit: "working days" }]
      : []),
  ];
  return [
    suggestion(activity, "changes-decided", `to-${last}`, "changes", {
      title: `Assessed and decided ${plural(n, "change request")} on ${activity.projectName} with ${n === 1 ? "its" : "their"} impact on finish and cost`,
      situation: `${activity.projectName} received ${plural(n, "change request")}: ${decided.map((c) => `${c.name} (asked by ${c.requester})`).join("; ")}.`,
      action: `[How you weighed them.] Each was decided with Keel's impact analysis of finish and cost: ${decided.map((c) => `${c.name} ${c.decision.status} on ${dayOf(c.decision.at)}`).join(", ")}.`,
      result: `${parts.join(", ")}.`,
      metrics,
      scale: { durationWeeks: weeksSpanned(first, last) },
      competencies: ["change-control", "expectation-setting"],
      date: last,
    }),
  ];
}
