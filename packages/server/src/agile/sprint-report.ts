import {
  closeSprint,
  PlanCalendars,
  sprintBurndown,
  sprintCapacity,
  sprintOutcome,
  workingDayTest,
} from "@keel/engine";
import type { LocalDate, Sprint } from "@keel/model";
import { agileSettingsOf, loadPlan, NotFoundError, type Queryable, type Store } from "@keel/store";

/** Everything a sprint's numbers are worked out from, read in one place. */
export async function agileData(store: Store, db: Queryable, projectId: string) {
  const [settings, sprints, items, plan] = await Promise.all([
    agileSettingsOf(db, projectId),
    store.sprints.list(db, projectId),
    store.backlogItems.list(db, projectId),
    // Inside a transaction the plan is read through it: the embedded database has one connection.
    db === store.db ? store.plan(projectId) : loadPlan(db, projectId),
  ]);
  return { settings, sprints, items, plan };
}

export function findSprint<S extends Sprint>(sprints: readonly S[], id: string): S {
  const sprint = sprints.find((s) => s.id === id || s.name === id);
  if (sprint === undefined) throw new NotFoundError("sprint", id);
  return sprint;
}

/**
 * A sprint's report: capacity, burndown and burn-up by day up to `today`, committed against
 * completed (what is done so far while it runs), and what was carried over.
 */
export async function sprintReport(store: Store, projectId: string, sprintId: string, today: LocalDate) {
  const { settings, sprints, items, plan } = await agileData(store, store.db, projectId);
  const sprint = findSprint(sprints, sprintId);
  const outcome = sprintOutcome(sprint);
  const completed =
    sprint.state === "closed"
      ? outcome.completed
      : closeSprint(sprint, items, settings.workflow, settings).completed.reduce((s, r) => s + r.estimate, 0);
  const isWorkingDay = workingDayTest(new PlanCalendars(plan).project);
  return {
    sprint,
    capacity: sprintCapacity(plan, sprint, settings),
    // A running sprint is drawn up to today; a planned or closed one over its whole length.
    burndown: sprintBurndown(
      sprint,
      items,
      settings.workflow,
      settings,
      isWorkingDay,
      sprint.state === "active" ? { today } : {},
    ),
    committed: outcome.committed,
    completed,
    carriedOver: sprint.carriedOver ?? [],
    unit: settings.estimateUnit,
  };
}
