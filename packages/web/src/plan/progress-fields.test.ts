import { describe, expect, it } from "vitest";
import type { TaskRecord } from "../api/types.js";
import {
  ACTUAL_COST_COL,
  ACTUAL_FINISH_COL,
  ACTUAL_START_COL,
  PERCENT_COL,
  REMAINING_COL,
} from "./columns.js";
import { markComplete, planDateTime, progressPatch } from "./progress-fields.js";

const task = (fields: Partial<TaskRecord> = {}): TaskRecord => ({
  id: "build",
  name: "Build",
  parent: null,
  milestone: false,
  duration: { value: 5, unit: "d", elapsed: false },
  constraint: { type: "ASAP" },
  position: 0,
  version: 3,
  ...fields,
});

describe("progressPatch", () => {
  it("reads percent complete with or without %, and refuses what is not 0 to 100", () => {
    expect(progressPatch(PERCENT_COL, "40", task())).toEqual({ percentComplete: 40 });
    expect(progressPatch(PERCENT_COL, " 20 % ", task())).toEqual({ percentComplete: 20 });
    expect(progressPatch(PERCENT_COL, "0", task())).toEqual({ percentComplete: 0 });
    expect(progressPatch(PERCENT_COL, "40", task({ percentComplete: 40 }))).toBeUndefined();
    expect(progressPatch(PERCENT_COL, "120", task())).toBe(
      "Percent complete is 0 to 100; 120 is more than that.",
    );
    expect(progressPatch(PERCENT_COL, "-5", task())).toBe(
      '"-5" is not a percentage; type a number from 0 to 100, such as 40.',
    );
    expect(progressPatch(PERCENT_COL, "", task({ percentComplete: 40 }))).toEqual({ percentComplete: null });
    expect(progressPatch(PERCENT_COL, "", task())).toBeUndefined();
  });

  it("takes actual dates as the plan writes them, and clears them when emptied", () => {
    expect(progressPatch(ACTUAL_START_COL, "2027-03-02", task())).toEqual({ actualStart: "2027-03-02" });
    expect(progressPatch(ACTUAL_FINISH_COL, "2027-03-05T12:00", task())).toEqual({
      actualFinish: "2027-03-05T12:00",
    });
    expect(progressPatch(ACTUAL_START_COL, "", task({ actualStart: "2027-03-02" }))).toEqual({
      actualStart: null,
    });
    expect(
      progressPatch(ACTUAL_START_COL, "2027-03-02", task({ actualStart: "2027-03-02" })),
    ).toBeUndefined();
    expect(progressPatch(ACTUAL_START_COL, "2027-02-30", task())).toContain(
      "is not a date; type it as YYYY-MM-DD",
    );
    expect(progressPatch(ACTUAL_START_COL, "Mar 2", task())).toContain('"Mar 2" is not a date');
  });

  it("reads the remaining duration and an actual cost", () => {
    expect(progressPatch(REMAINING_COL, "3d", task())).toEqual({
      remainingDuration: { value: 3, unit: "d", elapsed: false },
    });
    expect(progressPatch(REMAINING_COL, "3", task())).toContain("has no unit");
    expect(
      progressPatch(
        REMAINING_COL,
        "3d",
        task({ remainingDuration: { value: 3, unit: "d", elapsed: false } }),
      ),
    ).toBeUndefined();
    expect(progressPatch(ACTUAL_COST_COL, "$1,250.50", task())).toEqual({ actualCost: 1250.5 });
    expect(progressPatch(ACTUAL_COST_COL, "lots", task())).toContain('"lots" is not an amount');
    expect(progressPatch(ACTUAL_COST_COL, "", task({ actualCost: 10 }))).toEqual({ actualCost: null });
  });
});

describe("markComplete", () => {
  const scheduled = { start: "2027-03-01T09:00:00", finish: "2027-03-05T17:00:00" };

  it("takes the scheduled dates as actual ones, keeping a recorded start", () => {
    expect(markComplete(task(), scheduled, "2027-03-10")).toEqual({
      id: "build",
      patch: { percentComplete: 100, actualStart: "2027-03-01T09:00", actualFinish: "2027-03-05T17:00" },
      capped: false,
    });
    expect(markComplete(task({ actualStart: "2027-02-26" }), scheduled, undefined).patch.actualStart).toBe(
      "2027-02-26",
    );
  });

  it("has a task the schedule finishes after the status date finish on it, and drops its remaining duration", () => {
    const late = markComplete(
      task({ remainingDuration: { value: 2, unit: "d", elapsed: false } }),
      { start: "2027-03-11T09:00:00", finish: "2027-03-15T17:00:00" },
      "2027-03-10",
    );
    expect(late).toEqual({
      id: "build",
      patch: {
        percentComplete: 100,
        actualStart: "2027-03-10",
        actualFinish: "2027-03-10",
        remainingDuration: null,
      },
      capped: true,
    });
    // The status date's whole day counts: a finish that evening is not after it.
    expect(markComplete(task(), { ...scheduled, finish: "2027-03-10T17:00:00" }, "2027-03-10").capped).toBe(
      false,
    );
  });

  it("writes schedule date-times without seconds", () => {
    expect(planDateTime("2027-03-01T09:00:00")).toBe("2027-03-01T09:00");
    expect(planDateTime("2027-03-01")).toBe("2027-03-01");
  });
});
