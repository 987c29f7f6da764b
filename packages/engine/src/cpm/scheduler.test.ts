import { describe, expect, it } from "vitest";
import type { PlanError } from "../problem.js";
import { testPlan } from "../test-plan.js";
import { Scheduler, schedulePlan } from "./scheduler.js";

const launch = testPlan([
  { id: "design", dur: "5d" },
  { id: "build", dur: "5d", after: ["design"] },
  { id: "docs", dur: "2d", after: [["design", "SS", "1d"]] },
  { id: "ga", milestone: true, after: ["build", "docs"], deadline: "2027-03-31" },
]);

const byId = (s: ReturnType<typeof schedulePlan>) => Object.fromEntries(s.tasks.map((t) => [t.id, t]));

describe("schedulePlan", () => {
  it("schedules the launch example on a 7-hour working day", () => {
    const s = schedulePlan(launch);
    const t = byId(s);
    expect(s.project).toMatchObject({
      start: "2027-01-04T09:00:00",
      finish: "2027-01-15T17:00:00",
      durationWorkingDays: 10,
    });
    expect(t.design).toMatchObject({
      start: "2027-01-04T09:00:00",
      finish: "2027-01-08T17:00:00",
      critical: true,
    });
    expect(t.build).toMatchObject({
      start: "2027-01-11T09:00:00",
      finish: "2027-01-15T17:00:00",
      critical: true,
    });
    expect(t.docs).toMatchObject({
      start: "2027-01-05T09:00:00",
      finish: "2027-01-06T17:00:00",
      totalFloatMinutes: 7 * 420,
      freeFloatMinutes: 7 * 420,
      critical: false,
    });
    expect(t.ga).toMatchObject({
      kind: "milestone",
      start: "2027-01-15T17:00:00",
      finish: "2027-01-15T17:00:00",
    });
    expect(s.criticalPaths).toEqual([["design", "build", "ga"]]);
    expect(s.warnings).toEqual([]);
  });

  it("skips the holiday and flags a missed deadline with negative float", () => {
    const s = schedulePlan(
      testPlan([
        { id: "a", dur: "10d" },
        { id: "b", dur: "1d", after: ["a"], deadline: "2027-01-15" },
      ]),
    );
    const t = byId(s);
    expect(t.a?.finish).toBe("2027-01-15T17:00:00");
    expect(t.b).toMatchObject({
      start: "2027-01-19T09:00:00",
      deadlineMissed: true,
      totalFloatMinutes: -420,
    });
    expect(s.warnings.map((w) => w.code)).toEqual(["missed-deadline"]);
  });

  it("starts a task on a start-no-earlier-than date before the project start, as MS Project does", () => {
    for (const generalKernel of [false, true]) {
      const scheduler = Scheduler.compile(
        testPlan(
          [
            { id: "early", dur: "2d", constraint: { type: "SNET", date: "2027-01-04" } },
            { id: "asap", dur: "1d" },
          ],
          { start: "2027-01-11" },
        ),
        { generalKernel },
      );
      scheduler.run();
      const s = scheduler.result();
      const t = byId(s);
      expect(t.early).toMatchObject({ start: "2027-01-04T09:00:00", finish: "2027-01-05T17:00:00" });
      expect(t.asap?.start).toBe("2027-01-11T09:00:00");
      expect(s.project.finish).toBe("2027-01-11T17:00:00");
    }
    // With only the early task, the project finishes before it starts: the finish is the task's.
    const only = schedulePlan(
      testPlan([{ id: "early", dur: "2d", constraint: { type: "SNET", date: "2027-01-04" } }], {
        start: "2027-01-11",
      }),
    );
    expect(only.project).toMatchObject({ finish: "2027-01-05T17:00:00", durationMinutes: 0 });
    expect(byId(only).early?.totalFloatMinutes).toBe(0);
  });

  it("handles all four link types with lags and leads", () => {
    const t = byId(
      schedulePlan(
        testPlan([
          { id: "a", dur: "4d" },
          { id: "fs", dur: "1d", after: [["a", "FS", "-1d"]] },
          { id: "ss", dur: "1d", after: [["a", "SS", "2d"]] },
          { id: "ff", dur: "2d", after: [["a", "FF", "1d"]] },
          { id: "sf", dur: "3d", after: [["a", "SF", "0d"]] },
          { id: "pct", dur: "1d", after: [["a", "FS", "50%"]] },
          { id: "el", dur: "1d", after: [["a", "FS", "3ed"]] },
        ]),
      ),
    );
    expect(t.fs?.start).toBe("2027-01-07T09:00:00");
    expect(t.ss?.start).toBe("2027-01-06T09:00:00");
    expect(t.ff?.finish).toBe("2027-01-08T17:00:00");
    expect(t.ff?.start).toBe("2027-01-07T09:00:00");
    // SF: finishes no earlier than a's start; it cannot start before the project, so it runs from the start.
    expect(t.sf?.start).toBe("2027-01-04T09:00:00");
    // 50% of a's 4 days after its Thursday finish: two working days, so Tuesday.
    expect(t.pct?.start).toBe("2027-01-12T09:00:00");
    // a finishes Thu 17:00; three elapsed days later is Sun 17:00, next working time Mon 09:00.
    expect(t.el?.start).toBe("2027-01-11T09:00:00");
  });

  it("rolls summary tasks up and passes links into a summary to its tasks", () => {
    const t = byId(
      schedulePlan(
        testPlan([
          { id: "prep", dur: "2d" },
          { id: "phase", after: ["prep"] },
          { id: "x", dur: "3d", parent: "phase" },
          { id: "y", dur: "1d", parent: "phase", after: ["x"] },
          { id: "z", dur: "1d", parent: "phase" },
          { id: "after", dur: "1d", after: ["phase"] },
        ]),
      ),
    );
    expect(t.phase).toMatchObject({
      kind: "summary",
      start: "2027-01-06T09:00:00",
      finish: "2027-01-11T17:00:00",
    });
    expect(t.z?.start).toBe("2027-01-06T09:00:00");
    expect(t.after?.start).toBe("2027-01-12T09:00:00");
    expect(t.z?.totalFloatMinutes).toBe(3 * 420);
  });

  it("honours constraints and places ALAP tasks as late as nothing is delayed", () => {
    const t = byId(
      schedulePlan(
        testPlan([
          { id: "a", dur: "5d" },
          { id: "late", dur: "1d", constraint: { type: "ALAP" } },
          { id: "snet", dur: "1d", constraint: { type: "SNET", date: "2027-01-06" } },
          { id: "mso", dur: "1d", after: ["a"], constraint: { type: "MSO", date: "2027-01-05" } },
        ]),
      ),
    );
    expect(t.late).toMatchObject({ start: "2027-01-08T09:00:00", earlyStart: "2027-01-04T09:00:00" });
    expect(t.snet?.start).toBe("2027-01-06T09:00:00");
    expect(t.mso?.start).toBe("2027-01-05T09:00:00");
  });

  it("pins a finish constraint on a bare date to that day's end and warns when it breaks a link", () => {
    const s = schedulePlan(
      testPlan([
        { id: "a", dur: "4d" },
        { id: "m", milestone: true, constraint: { type: "MFO", date: "2027-01-21" } },
        { id: "pinned", dur: "1d", after: ["a"], constraint: { type: "MSO", date: "2027-01-05" } },
      ]),
    );
    const t = byId(s);
    expect(t.m?.start).toBe("2027-01-21T17:00:00");
    expect(t.pinned?.start).toBe("2027-01-05T09:00:00");
    expect(s.warnings.map((w) => [w.code, w.taskId])).toEqual([["constraint-conflict", "pinned"]]);
  });

  it("makes a summary as critical as its most critical task", () => {
    const t = byId(
      schedulePlan(
        testPlan([
          { id: "phase" },
          { id: "x", dur: "3d", parent: "phase" },
          { id: "y", dur: "1d", parent: "phase" },
          { id: "next", dur: "2d", after: ["x"] },
        ]),
      ),
    );
    expect(t.phase).toMatchObject({
      critical: true,
      totalFloatMinutes: 0,
      lateFinish: "2027-01-08T17:00:00",
    });
    expect(t.y?.totalFloatMinutes).toBe(4 * 420);
  });

  it("follows critical paths into the tasks that finish a summary, for every task after it", () => {
    const s = schedulePlan(
      testPlan([
        { id: "phase" },
        { id: "a", dur: "2d", parent: "phase" },
        { id: "inner", parent: "phase" },
        { id: "b", dur: "2d", parent: "inner" },
        { id: "c", dur: "1d", parent: "phase" },
        { id: "f1", dur: "1d", after: ["phase"] },
        { id: "f2", dur: "1d", after: ["phase"] },
      ]),
    );
    expect(s.criticalPaths).toEqual([
      ["a", "f1"],
      ["b", "f1"],
      ["a", "f2"],
      ["b", "f2"],
    ]);
    expect(s.tasks.filter((t) => t.longestPath).map((t) => t.id)).toEqual(["a", "b", "f1", "f2"]);
  });

  it("names the cycle and every bad reference", () => {
    expect(() =>
      schedulePlan(
        testPlan([
          { id: "a", dur: "1d", after: ["b"] },
          { id: "b", dur: "1d", after: ["a"] },
        ]),
      ),
    ).toThrow(/cycle: (a → b → a|b → a → b)/);
    try {
      schedulePlan(
        testPlan([
          { id: "a", dur: "1d", after: ["nope"], calendar: "night" },
          { id: "a", dur: "1d" },
        ]),
      );
      expect.unreachable();
    } catch (e) {
      expect((e as PlanError).problems.map((p) => p.code).sort()).toEqual([
        "duplicate-id",
        "unknown-calendar",
        "unknown-task",
      ]);
    }
  });
});

describe("Scheduler.setDuration", () => {
  it("reschedules after one edit exactly as a full run would", () => {
    const s = Scheduler.compile(launch);
    s.run();
    s.setDuration("build", { value: 8, unit: "d", elapsed: false });
    const fresh = Scheduler.compile(launch);
    fresh.run();
    fresh.setDuration("build", { value: 8, unit: "d", elapsed: false });
    expect(s.result()).toEqual(fresh.result());
    expect(s.result().project.finish).toBe("2027-01-21T17:00:00");
    s.setDuration("docs", { value: 1, unit: "d", elapsed: false });
    expect(byId(s.result()).docs?.totalFloatMinutes).toBe(11 * 420);
  });

  it("moves a percent lag's successor when an edit makes the lag elapsed but keeps the dates", () => {
    const tasks = [
      { id: "x", dur: "6h" },
      { id: "a", dur: "1h", after: ["x"] },
      { id: "b", dur: "1h", after: [["a", "FS", "100%"]] as [string, "FS", string][] },
    ];
    const edited = testPlan(tasks.map((t) => (t.id === "a" ? { ...t, dur: "1eh" } : t)));
    for (const generalKernel of [false, true]) {
      const s = Scheduler.compile(testPlan(tasks), { generalKernel });
      s.run();
      expect(byId(s.result()).b?.start).toBe("2027-01-05T10:00:00");
      s.setDuration("a", { value: 1, unit: "h", elapsed: true });
      expect(byId(s.result()).a?.finish).toBe("2027-01-04T17:00:00");
      expect(s.result()).toEqual(schedulePlan(edited));
      expect(byId(s.result()).b?.start).toBe("2027-01-05T09:00:00");
    }
  });
});
