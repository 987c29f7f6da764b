import { type Plan, parseDuration, type Task } from "@keel/model";
import { describe, expect, it } from "vitest";
import { Scheduler, schedulePlan } from "../cpm/scheduler.js";
import { runForecast } from "../forecast/summary.js";
import { levelPlan } from "../resources/level-plan.js";
import type { PlanSchedule } from "../result.js";
import { progressPlan } from "./progress-test-plan.js";

// 2027-01-04 is a Monday; the test calendar works 09:00-12:00 and 13:00-17:00 (7 h), 2027-01-18 off.
const DAY = 420;
const byId = (s: PlanSchedule) => Object.fromEntries(s.tasks.map((t) => [t.id, t]));

describe("scheduling with progress", () => {
  it("keeps a complete task's actual dates though its predecessor finishes later, without a conflict", () => {
    const plan = progressPlan(
      [
        { id: "spec", dur: "10d" },
        { id: "spike", dur: "5d", after: ["spec"] },
        { id: "demo", dur: "1d", after: ["spike"] },
      ],
      { spike: { pc: 100, start: "2027-01-06", finish: "2027-01-07" } },
    );
    const s = schedulePlan(plan);
    const t = byId(s);
    expect(t.spec?.finish).toBe("2027-01-15T17:00:00");
    expect(t.spike).toMatchObject({
      start: "2027-01-06T09:00:00",
      finish: "2027-01-07T17:00:00",
      durationMinutes: 2 * DAY,
      critical: false,
    });
    // Its successor follows the actual finish, not the plan's.
    expect(t.demo?.start).toBe("2027-01-08T09:00:00");
    expect(s.warnings).toEqual([]);
  });

  it("moves an in-progress task's remaining work after the status date, and its successors follow", () => {
    const plan = progressPlan(
      [
        { id: "build", dur: "10d" },
        { id: "ship", dur: "1d", after: ["build"] },
      ],
      { build: { pc: 30, start: "2027-01-04" } },
      { statusDate: "2027-01-13" },
    );
    const t = byId(schedulePlan(plan));
    // 3d done (Jan 4-6); the other 7d resume on the 14th: 14, 15, (18 off), 19-22, 25.
    expect(t.build).toMatchObject({
      start: "2027-01-04T09:00:00",
      finish: "2027-01-25T17:00:00",
      // The span, gap included: Keel does not split tasks.
      durationMinutes: 15 * DAY,
    });
    expect(t.ship).toMatchObject({ start: "2027-01-26T09:00:00", finish: "2027-01-26T17:00:00" });
  });

  it("gives an in-progress task the float its successors leave it, not the zero of its pin", () => {
    const plan = progressPlan(
      [
        { id: "docs", dur: "4d" },
        { id: "build", dur: "10d" },
        { id: "ship", dur: "1d", after: ["docs", "build"] },
      ],
      { docs: { pc: 50, start: "2027-01-04" }, build: { pc: 50, start: "2027-01-04" } },
      { statusDate: "2027-01-05" },
    );
    const t = byId(schedulePlan(plan));
    expect(t.build).toMatchObject({ critical: true, totalFloatMinutes: 0 });
    // docs finishes on the 7th and ship waits for build until the 18th: 6 working days of float.
    expect(t.docs?.finish).toBe("2027-01-07T17:00:00");
    expect(t.docs).toMatchObject({ critical: false, totalFloatMinutes: 6 * DAY });
  });

  it("leaves in-progress work where the plan had it when incomplete work does not move", () => {
    const plan = progressPlan(
      [
        { id: "build", dur: "10d" },
        { id: "ship", dur: "1d", after: ["build"] },
        { id: "docs", dur: "2d" },
      ],
      { build: { pc: 30, start: "2027-01-04" } },
      { statusDate: "2027-01-13", moveIncompleteWork: false },
    );
    const t = byId(schedulePlan(plan));
    expect(t.build).toMatchObject({ start: "2027-01-04T09:00:00", finish: "2027-01-15T17:00:00" });
    expect(t.ship?.start).toBe("2027-01-19T09:00:00");
    expect(t.docs?.start).toBe("2027-01-04T09:00:00");
  });

  it("starts a task not started after the status date though its predecessors finished long ago", () => {
    const plan = progressPlan(
      [
        { id: "design", dur: "2d" },
        { id: "code", dur: "3d", after: ["design"] },
        { id: "early", dur: "1d", constraint: { type: "SNET", date: "2027-01-05" } },
        { id: "fixed", dur: "1d", constraint: { type: "MSO", date: "2027-01-05" } },
        { id: "later", dur: "1d", constraint: { type: "SNET", date: "2027-01-20" } },
      ],
      { design: { pc: 100, start: "2027-01-04", finish: "2027-01-05" } },
      { statusDate: "2027-01-13" },
    );
    const s = schedulePlan(plan);
    const t = byId(s);
    expect(t.design).toMatchObject({ start: "2027-01-04T09:00:00", finish: "2027-01-05T17:00:00" });
    expect(t.code).toMatchObject({ start: "2027-01-14T09:00:00", finish: "2027-01-19T17:00:00" });
    // SNET before the status date moves with it; other constraints keep their own date.
    expect(t.early?.start).toBe("2027-01-14T09:00:00");
    expect(t.fixed?.start).toBe("2027-01-05T09:00:00");
    expect(t.later?.start).toBe("2027-01-20T09:00:00");
  });

  it("lets the remaining duration override the percent complete", () => {
    const plan = progressPlan(
      [
        { id: "build", dur: "10d" },
        { id: "rework", dur: "10d" },
      ],
      { build: { pc: 30, start: "2027-01-04", remaining: "2d" }, rework: { remaining: "3d" } },
      { statusDate: "2027-01-13" },
    );
    const t = byId(schedulePlan(plan));
    // 2d left from the 14th, not the 7d that 30 % of 10d would leave.
    expect(t.build?.finish).toBe("2027-01-15T17:00:00");
    // A task not started takes its remaining duration as the work still needed.
    expect(t.rework).toMatchObject({ start: "2027-01-14T09:00:00", finish: "2027-01-19T17:00:00" });
  });

  it("honours actual dates without a status date, and moves nothing", () => {
    const plan = progressPlan(
      [
        { id: "build", dur: "4d" },
        { id: "test", dur: "2d", after: ["build"] },
        { id: "later", dur: "1d" },
      ],
      { build: { pc: 50, start: "2027-01-06" } },
    );
    const t = byId(schedulePlan(plan));
    expect(t.build).toMatchObject({ start: "2027-01-06T09:00:00", finish: "2027-01-11T17:00:00" });
    expect(t.test?.start).toBe("2027-01-12T09:00:00");
    expect(t.later?.start).toBe("2027-01-04T09:00:00");
  });

  it("fills a 100 % task's finish from its actual start and duration", () => {
    const plan = progressPlan(
      [{ id: "a", dur: "3d" }],
      { a: { pc: 100, start: "2027-01-05" } },
      {
        statusDate: "2027-01-13",
      },
    );
    expect(byId(schedulePlan(plan)).a).toMatchObject({
      start: "2027-01-05T09:00:00",
      finish: "2027-01-07T17:00:00",
    });
  });

  it("keeps actual dates in non-working time exactly, and a milestone at the date it was reached", () => {
    const plan = progressPlan(
      [
        { id: "hotfix", dur: "1d" },
        { id: "release", milestone: true, after: ["hotfix"] },
        { id: "after", dur: "1d", after: ["release"] },
      ],
      {
        hotfix: { pc: 100, start: "2027-01-09T10:00", finish: "2027-01-09T15:30" },
        release: { finish: "2027-01-11" },
      },
    );
    const t = byId(schedulePlan(plan));
    // Saturday work, outside the calendar's working time.
    expect(t.hotfix).toMatchObject({ start: "2027-01-09T10:00:00", finish: "2027-01-09T15:30:00" });
    expect(t.release).toMatchObject({ start: "2027-01-11T17:00:00", finish: "2027-01-11T17:00:00" });
    expect(t.after?.start).toBe("2027-01-12T09:00:00");
  });

  it("rolls summary tasks up over tasks with progress", () => {
    const plan = progressPlan(
      [
        { id: "phase" },
        { id: "a", dur: "2d", parent: "phase" },
        { id: "b", dur: "3d", parent: "phase", after: ["a"] },
      ],
      { a: { pc: 100, start: "2027-01-05", finish: "2027-01-06" } },
      { statusDate: "2027-01-11" },
    );
    const t = byId(schedulePlan(plan));
    expect(t.phase).toMatchObject({ start: "2027-01-05T09:00:00", finish: "2027-01-14T17:00:00" });
  });

  it("gives the same result with the calendar-converting kernel", () => {
    const plan = progressPlan(
      [
        { id: "a", dur: "5d" },
        { id: "b", dur: "3d", after: [["a", "SS", "1d"]] },
        { id: "c", dur: "20eh", after: ["b"] },
        { id: "d", dur: "4d", after: [["c", "FF", "2h"]] },
        { id: "m", milestone: true, after: ["d"] },
      ],
      {
        a: { pc: 100, start: "2027-01-04T10:00", finish: "2027-01-10T11:00" },
        b: { pc: 40, start: "2027-01-06" },
        c: { pc: 25, start: "2027-01-07T20:00" },
      },
      { statusDate: "2027-01-12T14:00" },
    );
    const general = Scheduler.compile(plan, { generalKernel: true });
    general.run();
    expect(schedulePlan(plan)).toEqual(general.result());
  });
});

describe("forecast and leveling on a plan with progress", () => {
  const plan: Plan = progressPlan(
    [
      { id: "design", dur: "2d" },
      { id: "designed", milestone: true, after: ["design"] },
      { id: "build", dur: "10d", after: ["design"] },
      { id: "todo", dur: "2d" },
      { id: "ship", dur: "1d", after: ["build", "todo"] },
    ],
    {
      design: { pc: 100, start: "2027-01-04", finish: "2027-01-06" },
      build: { pc: 30, start: "2027-01-07" },
    },
    { statusDate: "2027-01-13" },
  );

  it("does not vary complete work in the forecast, even with an estimate", () => {
    // Work not started then follows the complete task rather than the status date.
    const estimated: Plan = {
      ...plan,
      project: { ...plan.project, moveIncompleteWork: false },
      tasks: plan.tasks.map((t): Task => {
        if (t.id !== "design") return t;
        const [o, m, p] = ["1d", "2d", "6d"].map((d) => parseDuration(d)) as [
          Task["duration"],
          Task["duration"],
          Task["duration"],
        ];
        return { ...t, estimate: { optimistic: o, mostLikely: m, pessimistic: p } };
      }),
    };
    const f = runForecast(estimated, { iterations: 400, uncertainty: 0.3 });
    const designed = f.milestones.find((m) => m.id === "designed");
    expect(designed?.planned).toBe("2027-01-06T17:00:00");
    expect(new Set(Object.values(designed?.finish ?? {}))).toEqual(new Set(["2027-01-06T17:00:00"]));
    // Started and finished work is neither sampled nor critical once done.
    const task = (id: string) => f.tasks.find((x) => x.id === id);
    expect(task("design")).toMatchObject({ uncertain: false, criticality: 0 });
    expect(task("build")?.uncertain).toBe(false);
    // The work not started still varies.
    expect(f.finish.p95 > f.finish.p10).toBe(true);
    expect(f.plannedFinish).toBe(schedulePlan(estimated).project.finish);
  });

  it("levels the work not started around the work in progress", () => {
    const staffed: Plan = {
      ...plan,
      resources: [{ id: "alice", name: "Alice", type: "work", maxUnits: 1 }],
      assignments: [
        { task: "build", resource: "alice", units: 1 },
        { task: "todo", resource: "alice", units: 1 },
      ],
    };
    const leveled = byId(levelPlan(staffed).schedule);
    // build: 3d done from the 7th; 7d resume on the 14th and end on the 25th (the 18th is off).
    expect(leveled.build).toMatchObject({ start: "2027-01-07T09:00:00", finish: "2027-01-25T17:00:00" });
    expect(leveled.design).toMatchObject({ start: "2027-01-04T09:00:00", finish: "2027-01-06T17:00:00" });
    expect(leveled.todo?.start).toBe("2027-01-26T09:00:00");
  });

  it("never moves work that has happened, even where it overlapped on one person", () => {
    const overlapped = progressPlan(
      [
        { id: "a", dur: "3d" },
        { id: "b", dur: "3d" },
      ],
      {
        a: { pc: 100, start: "2027-01-04", finish: "2027-01-06" },
        b: { pc: 100, start: "2027-01-05", finish: "2027-01-07" },
      },
      { statusDate: "2027-01-08" },
    );
    const staffed: Plan = {
      ...overlapped,
      resources: [{ id: "alice", name: "Alice", type: "work", maxUnits: 1 }],
      assignments: [
        { task: "a", resource: "alice", units: 1 },
        { task: "b", resource: "alice", units: 1 },
      ],
    };
    const result = levelPlan(staffed);
    expect(result.moves).toEqual([]);
    expect(byId(result.schedule).b?.start).toBe("2027-01-05T09:00:00");
  });
});
