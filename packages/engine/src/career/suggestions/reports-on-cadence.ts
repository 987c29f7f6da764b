import type { LocalDate } from "@keel/model";
import { plural } from "../../status/wording.js";
import type { EvidenceSuggestion, ProjectActivity } from "./project-activity.js";
import { daysBetween, isOnOrBefore, suggestion, weeksSpanned } from "./suggestion-parts.js";

/** Gaps between report dates a steady cadence allows, in calendar days: a few days of give either way. */
export const REPORT_CADENCES = [
  { name: "weekly", minDays: 5, maxDays: 9 },
  { name: "fortnightly", minDays: 12, maxDays: 16 },
] as const;

/** Reports in a row it takes to call it a cadence. */
export const MIN_REPORTS_ON_CADENCE = 3;

/**
 * The latest unbroken run of status reports the person sent at one steady cadence, weekly or
 * fortnightly, when it holds at least three. One suggestion per project, referenced by the date of
 * the run's last report.
 */
export function reportsOnCadence(activity: ProjectActivity, today: LocalDate): EvidenceSuggestion[] {
  const dates = [
    ...new Set(
      activity.statusReportsSent
        .filter((r) => r.sentBy === activity.userId && isOnOrBefore(r.asOf, today))
        .map((r) => r.asOf),
    ),
  ].sort();
  const last = dates.at(-1);
  if (last === undefined || dates.length < MIN_REPORTS_ON_CADENCE) return [];
  const gap = (i: number) => daysBetween(dates[i - 1] as string, dates[i] as string);
  const cadence = REPORT_CADENCES.find(
    (c) => gap(dates.length - 1) >= c.minDays && gap(dates.length - 1) <= c.maxDays,
  );
  if (cadence === undefined) return [];
  let start = dates.length - 1;
  while (start > 0 && gap(start) >= cadence.minDays && gap(start) <= cadence.maxDays) start--;
  const run = dates.slice(start);
  if (run.length < MIN_REPORTS_ON_CADENCE) return [];
  const first = run[0] as LocalDate;
  const weeks = weeksSpanned(first, last);
  const n = run.length;
  return [
    suggestion(activity, "status-reports-on-cadence", `to-${last}`, "status", {
      title: `Sent ${n} ${cadence.name} status reports on ${activity.projectName} without a gap, ${first} to ${last}`,
      situation: `${activity.projectName} needed regular status for its stakeholders.`,
      action: `[Who read them, and what they acted on.] Generated each report from the plan's data in Keel and sent it ${cadence.name}: ${run.join(", ")}.`,
      result: `${plural(n, "status report")} sent ${cadence.name}, none missed, over ${weeks} weeks.`,
      metrics: [
        { name: `${cadence.name} status reports sent in a row`, value: n },
        { name: "period covered", value: weeks, unit: "weeks" },
      ],
      scale: { durationWeeks: weeks },
      competencies: ["status-reporting", "stakeholder-communication"],
      date: last,
    }),
  ];
}
