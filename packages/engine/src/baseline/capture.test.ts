import type { Plan } from "@keel/model";
import { describe, expect, it } from "vitest";
import { schedulePlan } from "../cpm/scheduler.js";
import { testPlan } from "../test-plan.js";
import { asPlannedBaseline } from "./as-planned.js";
import { captureBaseline } from "./capture.js";

describe("capturing a baseline", () => {
  it("keeps dates for every task and work and cost for assigned leaf tasks", () => {
    const base = testPlan([
      { id: "phase", dur: "0" },
      { id: "design", dur: "2d", parent: "phase" },
      { id: "review", dur: "1d", after: ["design"] },
    ]);
    const plan: Plan = {
      ...base,
      resources: [
        { id: "ada", name: "Ada", type: "work", maxUnits: 1, costPerHour: 100 },
        { id: "bo", name: "Bo", type: "work", maxUnits: 1 },
      ],
      assignments: [
        { task: "design", resource: "ada", units: 1 },
        { task: "design", resource: "bo", units: 0.5 },
      ],
    };
    const schedule = schedulePlan(plan);
    const baseline = captureBaseline(plan, schedule, "Approved", "2027-01-01T09:00:00Z");
    expect(baseline.name).toBe("Approved");
    const design = baseline.tasks.find((t) => t.id === "design");
    const minutes = schedule.tasks.find((t) => t.id === "design")?.durationMinutes ?? 0;
    expect(design).toMatchObject({ workMinutes: minutes * 1.5, cost: (minutes / 60) * 100 });
    expect(baseline.tasks.find((t) => t.id === "phase")).not.toHaveProperty("cost");
    expect(baseline.tasks.find((t) => t.id === "review")).not.toHaveProperty("workMinutes");
    expect(baseline.tasks.map((t) => t.id)).toEqual(schedule.tasks.map((t) => t.id));
  });
});

describe("the as-planned baseline of a plan file", () => {
  it("schedules the plan as if nothing had been reported", () => {
    const base = testPlan([
      { id: "design", dur: "5d" },
      { id: "build", dur: "5d", after: ["design"] },
    ]);
    const plan: Plan = {
      ...base,
      project: { ...base.project, statusDate: "2027-01-13" },
      tasks: base.tasks.map((t) =>
        t.id === "design"
          ? { ...t, percentComplete: 100, actualStart: "2027-01-04", actualFinish: "2027-01-12" }
          : t,
      ),
    };
    const baseline = asPlannedBaseline(plan, "2027-01-13T17:00:00Z");
    const design = baseline.tasks.find((t) => t.id === "design");
    const build = baseline.tasks.find((t) => t.id === "build");
    // As planned: design Jan 4–8, build Jan 11–15; the report says design really ran to the 12th.
    expect(design).toMatchObject({ start: "2027-01-04T09:00:00", finish: "2027-01-08T17:00:00" });
    expect(build).toMatchObject({ start: "2027-01-11T09:00:00", finish: "2027-01-15T17:00:00" });
    expect(schedulePlan(plan).tasks.find((t) => t.id === "build")?.start).toBe("2027-01-14T09:00:00");
  });
});
