import { describe, expect, it } from "vitest";
import { exerciseById } from "./exercise-by-id.js";
import { exerciseProgress } from "./exercise-progress.js";
import type { ProjectFacts } from "./project-facts.js";
import { NO_FACTS } from "./project-facts-fixture.js";

/** A project with nothing in it. */
const facts = (f: Partial<ProjectFacts>): ProjectFacts => ({ ...NO_FACTS, ...f });
const unmet = (id: Parameters<typeof exerciseById>[0], f: Partial<ProjectFacts>) =>
  exerciseProgress(exerciseById(id), facts(f))
    .checks.filter((c) => !c.met)
    .map((c) => c.text);

describe("exercise completion rules", () => {
  it("detailed plan: 10 tasks, two milestones, a critical path and a baseline", () => {
    const plan = { tasks: 12, milestones: 2, criticalPathTasks: 5, hasBaseline: true };
    expect(exerciseProgress(exerciseById("detailed-plan"), facts(plan)).done).toBe(true);
    expect(unmet("detailed-plan", { ...plan, hasBaseline: false })).toEqual(["a saved baseline"]);
    expect(unmet("detailed-plan", { ...plan, tasks: 9, criticalPathTasks: 1 })).toEqual([
      "at least 10 tasks",
      "a critical path through at least 3 tasks",
    ]);
  });

  it("capacity plan: 8 people over about a quarter, nobody over-allocated", () => {
    const quarter = { assignedResources: 8, spanWeeks: 10.9 };
    expect(exerciseProgress(exerciseById("quarter-capacity-plan"), facts(quarter)).done).toBe(true);
    const progress = exerciseProgress(
      exerciseById("quarter-capacity-plan"),
      facts({ ...quarter, overAllocatedResources: 3 }),
    );
    expect(progress.done).toBe(false);
    expect(progress.checks.at(-1)).toEqual({
      text: "nobody over-allocated",
      have: 3,
      need: 0,
      compare: "at-most",
      met: false,
    });
    expect(unmet("quarter-capacity-plan", { ...quarter, assignedResources: 7, spanWeeks: 6 })).toHaveLength(
      2,
    );
  });

  it("risk register: five owned risks with responses and reviews, a dependency, nothing stale", () => {
    const log = { risksOwnedWithResponse: 5, risksWithReviewDate: 6, dependencies: 3 };
    expect(exerciseProgress(exerciseById("risk-register"), facts(log)).done).toBe(true);
    expect(unmet("risk-register", { ...log, staleRaidItems: 1 })).toEqual(["no RAID item past its date"]);
    expect(unmet("risk-register", { ...log, risksOwnedWithResponse: 4 })).toEqual([
      "at least 5 open risks with an owner and a response",
    ]);
  });

  it("launch: needs a forecast run whose P80 meets the deadlines", () => {
    const launch = { milestones: 4, milestonesWithDeadline: 1, threePointTasks: 5 };
    expect(unmet("launch-beta-ga", launch)).toEqual(["a forecast whose P80 meets every deadline"]);
    expect(unmet("launch-beta-ga", { ...launch, p80MeetsDeadlines: false })).toHaveLength(1);
    expect(
      exerciseProgress(exerciseById("launch-beta-ga"), facts({ ...launch, p80MeetsDeadlines: true })).done,
    ).toBe(true);
  });

  it("dashboard: two reports sent and two KPIs with a trend", () => {
    expect(unmet("kpi-dashboard", { statusReportsSent: 2, kpisWithTrend: 1 })).toEqual([
      "at least 2 KPIs with a trend (two or more readings)",
    ]);
  });

  it("agile exercises: a closed two-week sprint, a set-up workflow with a backlog, requirements with criteria", () => {
    for (const id of ["two-week-sprint", "configure-tracker", "requirements-document"] as const) {
      expect(exerciseProgress(exerciseById(id), NO_FACTS).done, id).toBe(false);
    }
    expect(
      exerciseProgress(exerciseById("two-week-sprint"), facts({ twoWeekSprintsCompleted: 1 })).done,
    ).toBe(true);
    expect(unmet("configure-tracker", { workflowStates: 5, backlogItems: 9 })).toEqual([
      "a backlog of at least 10 items",
    ]);
    expect(unmet("configure-tracker", { workflowStates: 2, backlogItems: 10 })).toEqual([
      "a workflow of at least 3 states",
    ]);
    expect(unmet("requirements-document", { requirementsWithAcceptanceCriteria: 5 })).toEqual([]);
  });

  it("an exercise Keel cannot run yet is not done on facts Keel does not have, and is on facts entered", () => {
    expect(exerciseProgress(exerciseById("product-vision"), NO_FACTS).done).toBe(false);
    expect(
      exerciseProgress(exerciseById("product-vision"), facts({ objectivesWithKeyResults: 3 })).done,
    ).toBe(true);
  });
});
