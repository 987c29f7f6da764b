import { describe, expect, it } from "vitest";
import { schedulePlan } from "../cpm/scheduler.js";
import { progressPlan } from "../network/progress-test-plan.js";
import { taskProgress } from "./task-progress.js";

const DAY = 420;

describe("taskProgress", () => {
  const plan = progressPlan(
    [
      { id: "phase" },
      { id: "design", dur: "2d", parent: "phase" },
      { id: "build", dur: "10d", parent: "phase", after: ["design"] },
      { id: "review", milestone: true, parent: "phase", after: ["build"] },
      { id: "launch" },
      { id: "docs", dur: "4d", parent: "launch" },
    ],
    {
      design: { pc: 100, start: "2027-01-04", finish: "2027-01-05" },
      build: { pc: 30, start: "2027-01-06" },
    },
    { statusDate: "2027-01-08" },
  );
  const byId = Object.fromEntries(taskProgress(plan, schedulePlan(plan)).map((p) => [p.id, p]));

  it("gives each task its state, actual dates and remaining work", () => {
    expect(byId.design).toEqual({
      id: "design",
      summary: false,
      state: "complete",
      percentComplete: 100,
      actualStart: "2027-01-04T09:00:00",
      actualFinish: "2027-01-05T17:00:00",
      remainingMinutes: 0,
      workMinutes: 2 * DAY,
    });
    expect(byId.build).toEqual({
      id: "build",
      summary: false,
      state: "in progress",
      percentComplete: 30,
      actualStart: "2027-01-06T09:00:00",
      remainingMinutes: 7 * DAY,
      workMinutes: 10 * DAY,
    });
    expect(byId.docs).toMatchObject({ state: "not started", percentComplete: 0, remainingMinutes: 4 * DAY });
    expect(byId.docs?.actualStart).toBeUndefined();
  });

  it("rolls percent complete up to summary tasks weighted by duration", () => {
    // (2d × 100 % + 10d × 30 %) / 12d = 41.7 %; the milestone weighs nothing.
    expect(byId.phase).toEqual({
      id: "phase",
      summary: true,
      state: "in progress",
      percentComplete: 42,
      actualStart: "2027-01-04T09:00:00",
      remainingMinutes: 7 * DAY,
      workMinutes: 12 * DAY,
    });
    expect(byId.launch).toMatchObject({ state: "not started", percentComplete: 0 });
  });
});
