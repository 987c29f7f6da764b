import { type Assignment, type LocalDate, type Plan, type Resource, STANDARD_CALENDAR } from "@keel/model";
import { describe, expect, it } from "vitest";
import { schedulePlan } from "../cpm/scheduler.js";
import { PlanError } from "../problem.js";
import { type TestTask, testPlan } from "../test-plan.js";
import { levelPlan } from "./level-plan.js";
import { resourceLoad } from "./load.js";

const alice: Resource = { id: "alice", name: "Alice", type: "work", maxUnits: 1 };
const bob: Resource = { id: "bob", name: "Bob", type: "work", maxUnits: 1 };

function plan(
  tasks: (TestTask & { priority?: number })[],
  assignments: [string, string, number?][],
  resources: Resource[] = [alice, bob],
): Plan {
  const base = testPlan(tasks);
  return {
    ...base,
    tasks: base.tasks.map((t, i) => {
      const priority = tasks[i]?.priority;
      return priority === undefined ? t : { ...t, priority };
    }),
    resources,
    assignments: assignments.map(
      ([task, resource, units]): Assignment => ({ task, resource, units: units ?? 1 }),
    ),
  };
}

const startOf = (p: { schedule: { tasks: readonly { id: string; start: string }[] } }, id: string) =>
  p.schedule.tasks.find((t) => t.id === id)?.start;

describe("levelPlan", () => {
  // 2027-01-04 is a Monday; the test calendar works 09:00-12:00 and 13:00-17:00, with 2027-01-18 off.
  it("delays the lower-priority of two tasks that need the same person at once, and says why", () => {
    const p = plan(
      [
        { id: "migrate", dur: "3d", priority: 800 },
        { id: "build", dur: "2d" },
      ],
      [
        ["migrate", "alice"],
        ["build", "alice"],
      ],
    );
    expect(resourceLoad(p, schedulePlan(p)).overAllocations).toEqual([
      {
        resource: "alice",
        from: "2027-01-04",
        to: "2027-01-05",
        peakUnits: 2,
        excessHours: 14,
        tasks: ["migrate", "build"],
      },
    ]);
    const result = levelPlan(p);
    expect(startOf(result, "migrate")).toBe("2027-01-04T09:00:00");
    expect(startOf(result, "build")).toBe("2027-01-07T09:00:00");
    expect(result.moves).toEqual([
      {
        task: "build",
        name: "build",
        from: "2027-01-04T09:00:00",
        to: "2027-01-07T09:00:00",
        delayMinutes: 3 * 420,
        reason: "`build` +3d: alice is on `migrate` 2027-01-04 to 2027-01-06",
      },
    ]);
    expect(result.plan.tasks.find((t) => t.id === "build")?.constraint).toEqual({
      type: "SNET",
      date: "2027-01-07T09:00",
    });
    expect(resourceLoad(result.plan, result.schedule).overAllocations).toEqual([]);
  });

  it("never moves a task of priority 1000, and never starts anything earlier in delay mode", () => {
    const p = plan(
      [
        { id: "a", dur: "2d" },
        { id: "b", dur: "2d", priority: 1000 },
        { id: "c", dur: "1d", after: ["a"] },
      ],
      [
        ["a", "alice"],
        ["b", "alice"],
        ["c", "bob"],
      ],
    );
    const before = schedulePlan(p);
    const result = levelPlan(p);
    expect(startOf(result, "b")).toBe("2027-01-04T09:00:00");
    expect(startOf(result, "a")).toBe("2027-01-06T09:00:00");
    // c follows a, which moved.
    expect(result.moves.find((m) => m.task === "c")?.reason).toBe("`c` +2d: waits for `a`, which moved");
    for (const t of result.schedule.tasks) {
      const old = before.tasks.find((x) => x.id === t.id);
      expect(t.start >= (old?.start ?? "")).toBe(true);
    }
  });

  it("moves a person's task out of their time off", () => {
    const away: Resource = {
      ...alice,
      timeOff: [{ from: "2027-01-05" as LocalDate, to: "2027-01-08" as LocalDate, name: "Vacation" }],
    };
    const p = plan([{ id: "write", dur: "2d" }], [["write", "alice"]], [away]);
    const result = levelPlan(p);
    // Not split around the time off: it waits until she is back, Monday 2027-01-11.
    expect(startOf(result, "write")).toBe("2027-01-11T09:00:00");
    expect(result.moves[0]?.reason).toBe("`write` +5d: alice is off 2027-01-05 to 2027-01-08 (Vacation)");
  });

  it("finds a shorter finish than delay-only leveling where the priority order is a poor one", () => {
    // Delay mode keeps the long chain's head waiting behind a high-priority short task.
    const p = plan(
      [
        { id: "short", dur: "1d", priority: 900 },
        { id: "head", dur: "1d" },
        { id: "tail", dur: "5d", after: ["head"] },
        { id: "other", dur: "5d", priority: 900 },
      ],
      [
        ["short", "alice"],
        ["head", "alice"],
        ["other", "alice"],
        ["tail", "bob"],
      ],
    );
    const delay = levelPlan(p, { mode: "delay" });
    const optimise = levelPlan(p, { mode: "optimise", seed: 1, maxSchedules: 2000 });
    expect(optimise.schedule.project.finish < delay.schedule.project.finish).toBe(true);
    expect(resourceLoad(optimise.plan, optimise.schedule).overAllocations).toEqual([]);
    // Deterministic for a seed.
    expect(levelPlan(p, { mode: "optimise", seed: 1, maxSchedules: 2000 }).schedule).toEqual(
      optimise.schedule,
    );
  });

  it("names a task that needs more of a person than they have, and a resource that never works", () => {
    const p = plan([{ id: "pair", dur: "1d" }], [["pair", "alice", 2]]);
    expect(() => levelPlan(p)).toThrow(PlanError);
    expect(() => levelPlan(p)).toThrow('task "pair" needs 200 % of "alice", who has at most 100 %');
    const never: Resource = {
      ...bob,
      timeOff: [{ from: "2000-01-01" as LocalDate, to: "2199-12-31" as LocalDate }],
    };
    const q = plan([{ id: "x", dur: "1d" }], [["x", "bob"]], [never]);
    expect(() => levelPlan(q)).toThrow('resource "bob" has no working time on its calendar');
  });

  it("keeps a priority-1000 task in place when its predecessor would be delayed, leaving that one unresolved", () => {
    const p = plan(
      [
        { id: "busy", dur: "3d", priority: 900 },
        { id: "prep", dur: "1d" },
        { id: "window", dur: "1d", after: ["prep"], priority: 1000 },
      ],
      [
        ["busy", "alice"],
        ["prep", "alice"],
      ],
    );
    const result = levelPlan(p);
    expect(startOf(result, "window")).toBe("2027-01-05T09:00:00");
    expect(result.unresolved).toEqual(["prep"]);
    expect(result.moves.map((m) => m.task)).not.toContain("window");
  });

  it("lets a part-timer's task on their own calendar span the days they never work", () => {
    const partTime = { ...STANDARD_CALENDAR, id: "part-time", workweek: ["mon", "tue", "wed"] as never };
    const farah: Resource = { id: "farah", name: "Farah", type: "work", maxUnits: 1, calendar: "part-time" };
    const base = plan(
      [
        { id: "first", dur: "4d", calendar: "part-time" },
        { id: "second", dur: "2d", calendar: "part-time" },
        { id: "sync", dur: "1d" },
      ],
      [
        ["first", "farah"],
        ["second", "farah"],
        ["sync", "farah"],
      ],
      [farah],
    );
    const p = { ...base, calendars: [...base.calendars, partTime] };
    const result = levelPlan(p);
    expect(resourceLoad(result.plan, result.schedule).overAllocations).toEqual([]);
    // Nothing is pushed months out: everything fits within three weeks.
    expect(result.schedule.project.finish < "2027-01-25").toBe(true);
  });
});
