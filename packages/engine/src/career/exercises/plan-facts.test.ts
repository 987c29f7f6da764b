import {
  type LocalDate,
  type Plan,
  parseEstimate,
  type Resource,
  type Risk,
  riskSchema,
  type ThreePointEstimate,
} from "@keel/model";
import { describe, expect, it } from "vitest";
import { schedulePlan } from "../../cpm/scheduler.js";
import { testPlan } from "../../test-plan.js";
import { planFacts } from "./plan-facts.js";

const TODAY = "2027-02-10" as LocalDate;
const person = (id: string): Resource => ({ id, name: id, type: "work", maxUnits: 1 });
const risk = (r: Partial<Risk>): Risk =>
  riskSchema.parse({ name: "r", kind: "threat", probability: 3, impact: 3, tasks: [], status: "open", ...r });

function plan(): Plan {
  const base = testPlan([
    { id: "kickoff", milestone: true },
    { id: "design", dur: "5d", after: ["kickoff"] },
    { id: "work" },
    { id: "api", dur: "10d", parent: "work", after: ["design"] },
    { id: "ui", dur: "3d", parent: "work", after: ["design"] },
    { id: "launch", milestone: true, after: ["api", "ui"], deadline: "2027-03-31" },
  ]);
  const estimate = parseEstimate("2d/3d/6d") as ThreePointEstimate;
  return {
    ...base,
    tasks: base.tasks.map((t) => (t.id === "ui" ? { ...t, estimate } : t)),
    resources: [person("ana"), person("ben"), person("chen")],
    assignments: [
      { task: "api", resource: "ana", units: 1 },
      { task: "ui", resource: "ana", units: 1 },
      { task: "ui", resource: "ben", units: 1 },
    ],
    risks: [
      risk({ id: "owned", owner: "Ana", strategy: "mitigate", review: "2027-02-01" as LocalDate }),
      risk({ id: "acted", owner: "Ben", actions: [{ action: "Book the pen test early" }] }),
      risk({ id: "no-response", owner: "Ben", review: "2027-03-01" as LocalDate }),
      risk({ id: "no-owner", strategy: "accept" }),
      risk({ id: "closed", owner: "Ana", strategy: "avoid", status: "closed" }),
    ],
    dependencies: [
      {
        id: "d1",
        name: "Sandbox",
        provider: "PayFlow",
        needed: "2027-02-15" as LocalDate,
        status: "waiting",
        tasks: [],
      },
      {
        id: "d2",
        name: "Old",
        provider: "X",
        needed: "2027-01-15" as LocalDate,
        status: "cancelled",
        tasks: [],
      },
    ],
  };
}

describe("planFacts", () => {
  it("counts what a plan and its schedule say about the exercises' rules", () => {
    const p = plan();
    expect(planFacts(p, schedulePlan(p), TODAY)).toEqual({
      tasks: 3,
      milestones: 2,
      milestonesWithDeadline: 1,
      threePointTasks: 1,
      criticalPathTasks: 4,
      // 4 January to 25 January (15 working days and a holiday), both days counted: 22 days.
      spanWeeks: 3.1,
      assignedResources: 2,
      risksOwnedWithResponse: 2,
      risksWithReviewDate: 2,
      dependencies: 1,
      staleRaidItems: 1,
    });
  });
});
