import { describe, expect, it } from "vitest";
import { schedulePlan } from "../cpm/scheduler.js";
import { PlanError } from "../problem.js";
import type { TestTask } from "../test-plan.js";
import { progressPlan, type TestProgress } from "./progress-test-plan.js";

const TASKS: TestTask[] = [
  { id: "phase" },
  { id: "build", dur: "5d", parent: "phase" },
  { id: "qa", dur: "3d", parent: "phase", after: ["build"] },
  { id: "gate", milestone: true, after: ["qa"] },
];

/** The problems scheduling reports, or [] when it schedules. */
function problems(progress: Record<string, TestProgress>, statusDate?: string) {
  try {
    schedulePlan(progressPlan(TASKS, progress, statusDate === undefined ? {} : { statusDate }));
    return [];
  } catch (e) {
    if (!(e instanceof PlanError)) throw e;
    return e.problems.map(({ code, severity, taskId, message }) => ({ code, severity, taskId, message }));
  }
}

const error = (taskId: string | undefined, message: string) => ({
  code: "bad-progress",
  severity: "error",
  taskId,
  message,
});

describe("progress checks", () => {
  it("refuses actual dates after the status date", () => {
    expect(problems({ build: { pc: 100, start: "2027-02-01", finish: "2027-02-03" } }, "2027-01-15")).toEqual(
      [
        error("build", 'task "build": actual start 2027-02-01 is after the status date 2027-01-15'),
        error("build", 'task "build": actual finish 2027-02-03 is after the status date 2027-01-15'),
      ],
    );
    // The status date's own day counts (progress as of close of business), to the minute for a date-time.
    expect(problems({ build: { pc: 100, start: "2027-01-14", finish: "2027-01-15" } }, "2027-01-15")).toEqual(
      [],
    );
    expect(
      problems({ build: { pc: 100, start: "2027-01-14", finish: "2027-01-15T16:00" } }, "2027-01-15T12:00"),
    ).toEqual([
      error(
        "build",
        'task "build": actual finish 2027-01-15T16:00 is after the status date 2027-01-15T12:00',
      ),
    ]);
  });

  it("refuses an actual finish before the actual start", () => {
    expect(problems({ build: { start: "2027-01-08", finish: "2027-01-05" } })).toEqual([
      error("build", 'task "build": actual finish 2027-01-05 is before its actual start 2027-01-08'),
    ]);
  });

  it("refuses actuals on a task not started", () => {
    expect(problems({ qa: { finish: "2027-01-08" }, build: { pc: 40, cost: 300 } })).toEqual([
      error(
        "build",
        'task "build" is 40 % complete and has an actual cost but no actual start; a task not started has no actuals',
      ),
      error("qa", 'task "qa" has an actual finish but no actual start; a task not started has no actuals'),
    ]);
    expect(problems({ gate: { pc: 100 } })).toEqual([
      error(
        "gate",
        'milestone "gate" is 100 % complete but has no actual finish; give the date it was reached',
      ),
    ]);
  });

  it("refuses percent complete outside 0-100 and bad dates (from callers that skip the schema)", () => {
    expect(problems({ build: { pc: 120, start: "2027-01-04" }, qa: { start: "last monday" } })).toEqual([
      error("build", 'task "build" has percent complete 120; expected a number from 0 to 100'),
      error(
        "qa",
        'task "qa" has actual start "last monday"; expected a date YYYY-MM-DD or a date-time YYYY-MM-DDTHH:MM',
      ),
    ]);
  });

  it("refuses progress on summary tasks", () => {
    expect(problems({ phase: { pc: 50, start: "2027-01-04" } })).toEqual([
      error(
        "phase",
        'summary task "phase" has percent complete and an actual start; progress is recorded on its tasks and rolls up to it',
      ),
    ]);
  });

  it("refuses remaining work on finished work", () => {
    expect(problems({ build: { pc: 100, start: "2027-01-04", remaining: "2d" } })).toEqual([
      error(
        "build",
        'task "build" is 100 % complete but has a remaining duration of 2d; finished work has none left',
      ),
    ]);
  });

  it("asks for the actual finish of a 100 % task whose duration runs past the status date", () => {
    expect(problems({ build: { pc: 100, start: "2027-01-13" } }, "2027-01-15")).toEqual([
      error(
        "build",
        'task "build" is complete but has no actual finish, and its work from its actual start 2027-01-13 runs to 2027-01-20 17:00, after the status date 2027-01-15; give its actual finish',
      ),
    ]);
  });
});
