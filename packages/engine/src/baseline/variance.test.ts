import type { Baseline } from "@keel/model";
import { describe, expect, it } from "vitest";
import { schedulePlan } from "../cpm/scheduler.js";
import { testPlan } from "../test-plan.js";
import { baselineVariance } from "./variance.js";

// 2027-01-04 is a Monday; 2027-01-18 is a holiday in the test calendar.
const plan = testPlan([
  { id: "design", dur: "5d" },
  { id: "build", dur: "10d", after: ["design"] },
  { id: "docs", dur: "2d", after: ["design"] },
  { id: "ship", milestone: true, after: ["build", "docs"] },
]);

function baselineOf(p: typeof plan, name = "Plan of record"): Baseline {
  return {
    name,
    savedAt: "2027-01-01T09:00:00Z",
    tasks: schedulePlan(p).tasks.map((t) => ({
      id: t.id,
      start: t.start,
      finish: t.finish,
      durationMinutes: t.durationMinutes,
    })),
  };
}

describe("baseline variance", () => {
  it("is zero for a plan on its baseline", () => {
    const v = baselineVariance(plan, schedulePlan(plan), baselineOf(plan));
    expect(v.tasks.every((t) => t.startDays === 0 && t.finishDays === 0 && t.durationDays === 0)).toBe(true);
    expect(v.slipped).toEqual([]);
    expect(v.project.finishDays).toBe(0);
  });

  it("counts slips in working days across weekends and holidays, and lists what slipped", () => {
    const baseline = baselineOf(plan);
    const longer = {
      ...plan,
      tasks: plan.tasks.map((t) =>
        t.id === "design" ? { ...t, duration: { value: 8, unit: "d", elapsed: false } as const } : t,
      ),
    };
    const v = baselineVariance(longer, schedulePlan(longer), baseline);
    const of = (id: string) => v.tasks.find((t) => t.id === id);
    expect(of("design")).toMatchObject({ startDays: 0, finishDays: 3, durationDays: 3 });
    expect(of("build")).toMatchObject({ startDays: 3, finishDays: 3, durationDays: 0 });
    expect(v.project.finishDays).toBe(3);
    expect(v.slipped.map((t) => t.id)).toEqual(["design", "build", "docs", "ship"]);
  });

  it("names tasks added since the baseline and baseline tasks that are gone", () => {
    const baseline = baselineOf(plan);
    const changed = testPlan([
      { id: "design", dur: "5d" },
      { id: "build", dur: "10d", after: ["design"] },
      { id: "qa", dur: "2d", after: ["build"] },
    ]);
    const v = baselineVariance(changed, schedulePlan(changed), baseline);
    expect(v.added).toEqual(["qa"]);
    expect(v.removed).toEqual(["docs", "ship"]);
  });
});
