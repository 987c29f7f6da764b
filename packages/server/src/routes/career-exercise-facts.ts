import {
  addDays,
  PlanCalendars,
  type PlanSchedule,
  type ProjectFacts,
  planFacts,
  resourceLoad,
  workingDayTest,
} from "@keel/engine";
import {
  type AgileSettings,
  type BacklogItem,
  type Baseline,
  type LocalDate,
  objectivesWithKeyResults,
  type Plan,
  type Sprint,
  type StatusReportRecord,
} from "@keel/model";
import { productVisionOf, type Store } from "@keel/store";

/** A two-week sprint as the exercises count it: 8 to 10 working days, so a holiday or two still counts. */
const TWO_WEEK_SPRINT_DAYS = { min: 8, max: 10 } as const;

type AgileFacts = Pick<
  ProjectFacts,
  "twoWeekSprintsCompleted" | "backlogItems" | "workflowStates" | "requirementsWithAcceptanceCriteria"
>;

/**
 * The exercises' agile facts. Sprint days are working days of the project calendar from start to
 * finish, both counted. The workflow counts once the team has set itself up: the defaults every
 * project starts with are not a workflow anyone agreed.
 */
function agileFacts(
  plan: Plan,
  sprints: readonly Sprint[],
  items: readonly BacklogItem[],
  teamSettings: AgileSettings | undefined,
): AgileFacts {
  const isWorkingDay = workingDayTest(new PlanCalendars(plan).project);
  const workingDays = (s: Sprint) => {
    let days = 0;
    for (let day = s.start; day <= s.finish; day = addDays(day, 1)) if (isWorkingDay(day)) days++;
    return days;
  };
  return {
    twoWeekSprintsCompleted: sprints.filter((s) => {
      if (s.state !== "closed") return false;
      const days = workingDays(s);
      return days >= TWO_WEEK_SPRINT_DAYS.min && days <= TWO_WEEK_SPRINT_DAYS.max;
    }).length,
    backlogItems: items.filter((i) => i.type !== "epic").length,
    workflowStates: teamSettings?.workflow.statuses.length ?? 0,
    requirementsWithAcceptanceCriteria: items.filter((i) => (i.acceptance ?? []).length > 0).length,
  };
}

/** What the suggestion rules have already read about the project, which the facts reuse. */
export interface ReadProject {
  readonly plan: Plan;
  readonly schedule: PlanSchedule;
  readonly baseline: Baseline | undefined;
  readonly reports: readonly StatusReportRecord[];
  readonly sprints: readonly Sprint[];
}

/** A project's facts for the exercises' completion rules: the plan's, plus the store's and the other engines'. */
export async function projectFacts(
  store: Store,
  projectId: string,
  today: LocalDate,
  { plan, schedule, baseline, reports, sprints }: ReadProject,
): Promise<ProjectFacts> {
  const [kpis, items, teamSettings, vision] = await Promise.all([
    store.kpis.list(store.db, projectId),
    store.backlogItems.list(store.db, projectId),
    store.agileSettings.list(store.db, projectId),
    productVisionOf(store.db, projectId),
  ]);
  const load = (plan.assignments ?? []).length === 0 ? undefined : resourceLoad(plan, schedule);
  return {
    ...planFacts(plan, schedule, today),
    hasBaseline: baseline !== undefined,
    statusReportsSent: reports.filter((r) => r.state === "sent").length,
    kpisWithTrend: kpis.filter((k) => k.values.length >= 2).length,
    overAllocatedResources: new Set((load?.overAllocations ?? []).map((o) => o.resource)).size,
    ...agileFacts(plan, sprints, items, teamSettings[0]),
    objectivesWithKeyResults: objectivesWithKeyResults(vision.vision),
    ...(vision.version === 0 ? {} : { visionHorizonYears: vision.vision.horizonYears }),
  };
}
