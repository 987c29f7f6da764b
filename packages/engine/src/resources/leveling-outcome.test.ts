import type { Plan, Resource } from "@keel/model";
import { describe, expect, it } from "vitest";
import { testPlan } from "../test-plan.js";
import { levelPlan } from "./level-plan.js";
import { levelingOutcome } from "./leveling-outcome.js";

const alice: Resource = { id: "alice", name: "Alice", type: "work", maxUnits: 1 };

/** Two tasks Alice is asked to do at once; `test` follows `build`, and `docs` has float to spare. */
function plan(): Plan {
  return {
    ...testPlan([
      { id: "build", dur: "3d" },
      { id: "test", dur: "3d", after: ["build"] },
      { id: "docs", dur: "2d" },
    ]),
    resources: [alice],
    assignments: [
      { task: "build", resource: "alice", units: 1 },
      { task: "docs", resource: "alice", units: 1 },
    ],
  };
}

describe("levelingOutcome", () => {
  // 2027-01-04 is a Monday; the test calendar works seven hours a day.
  it("compares finish and over-allocation before and after, and names the tasks whose start moved", () => {
    const before = plan();
    const within = levelPlan(before, { withinFloat: true });
    const outcome = levelingOutcome(before, within.plan);
    expect(outcome.before).toEqual({
      finish: "2027-01-11T17:00:00",
      overAllocatedResources: ["alice"],
      overAllocatedDays: 2,
      excessHours: 14,
    });
    expect(outcome.after).toMatchObject({ overAllocatedResources: [], overAllocatedDays: 0, excessHours: 0 });
    expect(outcome.finishDays).toBe(0);
    expect(outcome.tasksMoved).toEqual(["docs"]);
  });

  it("counts a later finish in working days on the project calendar", () => {
    // Alice also tests: with nothing of hers overlapping, the plan ends two working days later.
    const base = plan();
    const before = {
      ...base,
      assignments: [...(base.assignments ?? []), { task: "test", resource: "alice", units: 1 }],
    };
    const outcome = levelingOutcome(before, levelPlan(before, { mode: "delay" }).plan);
    expect(outcome.finishDays).toBe(2);
    expect(outcome.after.overAllocatedDays).toBe(0);
  });
});
