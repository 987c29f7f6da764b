import { evidenceSchema, type LocalDate } from "@keel/model";
import { describe, expect, it } from "vitest";
import { schedulePlan } from "../../cpm/scheduler.js";
import { testPlan } from "../../test-plan.js";
import { EXERCISES } from "../data/exercises.js";
import type { ProjectFacts } from "../exercises/project-facts.js";
import { NO_FACTS } from "../exercises/project-facts-fixture.js";
import { exerciseDone } from "./exercise-done.js";
import type { ProjectActivity } from "./project-activity.js";

const TODAY = "2027-03-01" as LocalDate;

function activity(facts: Partial<ProjectFacts> | undefined): ProjectActivity {
  const plan = testPlan([{ id: "a", dur: "1d" }]);
  return {
    projectId: "p1",
    projectName: "Practice: A living risk register",
    role: "manager",
    userId: "u-ada",
    plan,
    schedule: schedulePlan(plan),
    statusReportsSent: [],
    exerciseFacts: facts === undefined ? undefined : { ...NO_FACTS, ...facts },
  };
}

describe("evidence a done exercise proposes", () => {
  it("fills in the numbers the project's data answers and leaves the words to the person", () => {
    const [s, ...rest] = exerciseDone(activity({ requirementsWithAcceptanceCriteria: 7 }), TODAY);
    expect(rest).toEqual([]);
    expect(s?.key).toBe("practice-exercise-done:p1:requirements-document");
    expect(s?.ref).toBe("requirements-document");
    expect(s?.link).toBe("/projects/p1/agile/backlog");
    expect(s?.date).toBe(TODAY);
    expect(s?.action).toBe(
      "Wrote 7 requirements with acceptance criteria, set what was out of scope and reviewed them with engineering and product.",
    );
    expect(s?.title).toBe("Wrote the technical requirements for [feature]");
    expect(s?.result).toBe("[what changed]");
    expect(s?.metrics).toEqual([{ name: "requirements with acceptance criteria", value: 7 }]);
    // Teams are not in the data: no number is made up for them.
    expect(s?.scale).toEqual({});
  });

  it("counts a metric only when its number is known", () => {
    const done = exerciseDone(
      activity({ risksOwnedWithResponse: 6, risksWithReviewDate: 6, dependencies: 2 }),
      TODAY,
    );
    expect(done.map((s) => s.ref)).toEqual(["risk-register"]);
    expect(done[0]?.metrics).toEqual([{ name: "risks tracked", value: 6 }]);
    expect(done[0]?.action).toContain("Tracked 6 risks");
    expect(done[0]?.action).toContain("[V] external dependencies");
  });

  it("proposes only its own exercise on a practice project, whose starter may meet others by itself", () => {
    const facts = { requirementsWithAcceptanceCriteria: 12, workflowStates: 5, backlogItems: 12 };
    expect(exerciseDone(activity(facts), TODAY).map((s) => s.ref)).toEqual([
      "configure-tracker",
      "requirements-document",
    ]);
    const practice = { ...activity(facts), practiceExercise: "requirements-document" };
    expect(exerciseDone(practice, TODAY).map((s) => s.ref)).toEqual(["requirements-document"]);
    expect(exerciseDone({ ...practice, practiceExercise: "two-week-sprint" }, TODAY)).toEqual([]);
  });

  it("proposes nothing before an exercise is done, or when the facts were not read", () => {
    expect(exerciseDone(activity({ requirementsWithAcceptanceCriteria: 4 }), TODAY)).toEqual([]);
    expect(exerciseDone(activity(undefined), TODAY)).toEqual([]);
  });

  it("makes entries the evidence schema accepts, for every exercise", () => {
    const all: Partial<ProjectFacts> = {
      tasks: 12,
      milestones: 3,
      milestonesWithDeadline: 1,
      threePointTasks: 5,
      criticalPathTasks: 4,
      spanWeeks: 13,
      assignedResources: 8,
      risksOwnedWithResponse: 5,
      risksWithReviewDate: 5,
      dependencies: 1,
      hasBaseline: true,
      p80MeetsDeadlines: true,
      statusReportsSent: 2,
      kpisWithTrend: 2,
      twoWeekSprintsCompleted: 1,
      backlogItems: 10,
      workflowStates: 4,
      requirementsWithAcceptanceCriteria: 5,
      objectivesWithKeyResults: 3,
    };
    const done = exerciseDone(activity(all), TODAY);
    expect(done.map((s) => s.ref)).toEqual(EXERCISES.map((e) => e.id));
    for (const s of done) {
      const { key, rule, projectId, projectName, ref, link, ...fields } = s;
      const parsed = evidenceSchema.safeParse({ ...fields, id: key, project: projectName });
      expect(parsed.success, `${ref}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
    const plan = done.find((s) => s.ref === "detailed-plan");
    expect(plan?.metrics).toEqual([
      { name: "tasks planned", value: 12 },
      { name: "planned duration", value: 13, unit: "weeks" },
    ]);
    expect(plan?.scale).toEqual({ durationWeeks: 13 });
  });
});
