import type { LocalDate, Plan } from "@keel/model";
import { MINUTES_PER_DAY, parseWall } from "../../time.js";
import type {
  EvidenceSuggestion,
  ProjectActivity,
  SuggestionRuleId,
  SuggestionView,
} from "./project-activity.js";

/** Thousands separated, at most two decimals: 37135 → "37,135". */
export function amount(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  const [whole, fraction] = String(Math.abs(rounded)).split(".");
  const grouped = (whole as string).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${rounded < 0 ? "-" : ""}${grouped}${fraction === undefined ? "" : `.${fraction}`}`;
}

/** Calendar days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseWall(to.slice(0, 10)) - parseWall(from.slice(0, 10))) / MINUTES_PER_DAY);
}

/** Calendar weeks from the first day to the last, both counted, to one decimal. */
export function weeksSpanned(from: string, to: string): number {
  return Math.round(((daysBetween(from, to) + 1) / 7) * 10) / 10;
}

/** Resources with at least one assignment: the people (and machines) the work was spread over. */
export function assignedResources(plan: Plan): number {
  return new Set((plan.assignments ?? []).map((a) => a.resource)).size;
}

/** Cuts text to the evidence fields' limits at a word, marking the cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** The app path of each view under `/projects/<id>/`: the sprint figures are on the agile reports page. */
const VIEW_PATH: Readonly<Record<SuggestionView, string>> = {
  tracking: "tracking",
  raid: "raid",
  changes: "changes",
  status: "status",
  agile: "agile/reports",
  capacity: "capacity",
};

type Fields = Omit<EvidenceSuggestion, "key" | "rule" | "projectId" | "projectName" | "ref" | "link">;

/**
 * A suggestion of `rule` about `ref`, with its stable key and link (a view of the project, or a
 * link of its own), its text within the evidence limits.
 */
export function suggestion(
  activity: ProjectActivity,
  rule: SuggestionRuleId,
  ref: string,
  view: SuggestionView | { readonly link: string },
  fields: Fields,
): EvidenceSuggestion {
  return {
    key: `${rule}:${activity.projectId}:${ref}`,
    rule,
    projectId: activity.projectId,
    projectName: clip(activity.projectName, 200),
    ref,
    link:
      typeof view === "string"
        ? `/projects/${encodeURIComponent(activity.projectId)}/${VIEW_PATH[view]}`
        : view.link,
    ...fields,
    title: clip(fields.title, 200),
    situation: clip(fields.situation, 2_000),
    action: clip(fields.action, 2_000),
    result: clip(fields.result, 2_000),
  };
}

export const isOnOrBefore = (date: string, today: LocalDate): boolean => date.slice(0, 10) <= today;
