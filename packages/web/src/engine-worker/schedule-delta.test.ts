import type { PlanSchedule, TaskResult } from "@keel/engine";
import { describe, expect, it } from "vitest";
import { diffSchedule, patchSchedule, sameResult } from "./schedule-delta.js";

const result = (id: string, finish: string, extra: Partial<TaskResult> = {}): TaskResult => ({
  id,
  name: id,
  kind: "task",
  parent: null,
  start: "2027-03-01T09:00",
  finish,
  earlyStart: "2027-03-01T09:00",
  earlyFinish: finish,
  lateStart: "2027-03-01T09:00",
  lateFinish: finish,
  durationMinutes: 480,
  totalFloatMinutes: 0,
  freeFloatMinutes: 0,
  critical: true,
  longestPath: true,
  ...extra,
});
const schedule = (tasks: TaskResult[], finish = "2027-03-05T17:00"): PlanSchedule => ({
  project: {
    name: "P",
    start: "2027-03-01T09:00",
    finish,
    durationWorkingDays: 5,
    durationMinutes: 2400,
    minutesPerDay: 480,
  },
  tasks,
  criticalPaths: [tasks.map((t) => t.id)],
  warnings: [],
});

describe("schedule deltas", () => {
  const before = schedule([result("a", "2027-03-01T17:00"), result("b", "2027-03-02T17:00")]);

  it("carries only the tasks that changed, and patches them in without touching the others", () => {
    const moved = result("b", "2027-03-04T17:00");
    const after = schedule([result("a", "2027-03-01T17:00"), moved], "2027-03-04T17:00");
    const delta = diffSchedule(before, after);
    expect(delta.changed).toEqual([{ at: 1, task: moved }]);
    const patched = patchSchedule(before, delta);
    expect(patched?.tasks[0]).toBe(before.tasks[0]);
    expect(patched?.tasks[1]).toBe(moved);
    expect(patched?.project.finish).toBe("2027-03-04T17:00");
  });

  it("carries every task when there is nothing to compare with, or the tasks are other ones", () => {
    expect(diffSchedule(undefined, before).changed).toHaveLength(2);
    const other = schedule([result("b", "2027-03-02T17:00"), result("a", "2027-03-01T17:00")]);
    expect(diffSchedule(before, other).changed).toHaveLength(2);
  });

  it("does not patch a schedule of other tasks or another count", () => {
    const delta = diffSchedule(
      before,
      schedule([result("a", "2027-03-03T17:00"), result("b", "2027-03-02T17:00")]),
    );
    expect(patchSchedule(schedule([result("a", "2027-03-01T17:00")]), delta)).toBeUndefined();
    const swapped = schedule([result("x", "2027-03-01T17:00"), result("b", "2027-03-02T17:00")]);
    expect(patchSchedule(swapped, delta)).toBeUndefined();
  });

  it("treats a field left out (as JSON leaves it) like one that is undefined, and compares estimates by value", () => {
    const summary = result("s", "2027-03-02T17:00", { kind: "summary", longestPath: undefined });
    const { longestPath: _, ...fromJson } = summary;
    expect(sameResult(summary, fromJson as TaskResult)).toBe(true);
    const estimate = { optimistic: "1d", mostLikely: "2d", pessimistic: "4d" };
    expect(sameResult(result("a", "x", { estimate }), result("a", "x", { estimate: { ...estimate } }))).toBe(
      true,
    );
    expect(
      sameResult(
        result("a", "x", { estimate }),
        result("a", "x", { estimate: { ...estimate, pessimistic: "5d" } }),
      ),
    ).toBe(false);
    expect(sameResult(result("a", "x"), result("a", "x", { critical: false }))).toBe(false);
  });
});
