import type { LocalDate } from "@keel/model";
import { changesDecided } from "./changes-decided.js";
import { exerciseDone } from "./exercise-done.js";
import { milestoneDelivered } from "./milestone-delivered.js";
import { planLeveled } from "./plan-leveled.js";
import type {
  EvidenceSuggestion,
  ProjectActivity,
  SuggestionRule,
  SuggestionRuleId,
} from "./project-activity.js";
import { reportsOnCadence } from "./reports-on-cadence.js";
import { risksRetired } from "./risks-retired.js";
import { sprintsCompleted } from "./sprints-completed.js";

/** The rules, in the order their suggestions are listed for one day. */
export const SUGGESTION_RULES: Readonly<Record<SuggestionRuleId, SuggestionRule>> = {
  "milestone-delivered": milestoneDelivered,
  "risks-retired": risksRetired,
  "changes-decided": changesDecided,
  "plan-leveled": planLeveled,
  "status-reports-on-cadence": reportsOnCadence,
  "sprints-completed": sprintsCompleted,
  "practice-exercise-done": exerciseDone,
};

const RULE_ORDER = Object.keys(SUGGESTION_RULES);

/**
 * Evidence the person could add from their projects' data, newest first. A viewer only watched a
 * project, so it proposes nothing from it; nothing dated after `today` is proposed. The caller
 * drops suggestions already accepted or dismissed by their `key`.
 */
export function suggestEvidence(
  activities: readonly ProjectActivity[],
  today: LocalDate,
): EvidenceSuggestion[] {
  return activities
    .filter((a) => a.role !== "viewer")
    .flatMap((a) => Object.values(SUGGESTION_RULES).flatMap((rule) => rule(a, today)))
    .sort(
      (a, b) =>
        (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) ||
        RULE_ORDER.indexOf(a.rule) - RULE_ORDER.indexOf(b.rule) ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
}
