import { describe, expect, it } from "vitest";
import { COLUMN_SETS, columnLayout, PERCENT_COL } from "./columns.js";

describe("columnLayout", () => {
  it("lays the scheduling columns out side by side, the Gantt starting where they end", () => {
    const layout = columnLayout(COLUMN_SETS.schedule);
    expect(layout.width).toBe(878);
    expect(layout.template).toBe("240px 90px 122px 128px 84px 64px 150px");
  });

  it("keeps column ids when the progress set reorders them, and stays about as narrow", () => {
    const layout = columnLayout(COLUMN_SETS.progress);
    expect(layout.columns.map((c) => c.label)).toEqual([
      "Task",
      "% complete",
      "Actual start",
      "Actual finish",
      "Remaining",
      "Actual cost",
      "Finish",
    ]);
    expect(layout.columns[1]?.id).toBe(PERCENT_COL);
    expect(layout.width).toBeLessThanOrEqual(930);
  });

  it("shows what a task's dates answer to in the details set, with the finish they lead to", () => {
    const layout = columnLayout(COLUMN_SETS.details);
    expect(layout.columns.map((c) => c.label)).toEqual([
      "Task",
      "Estimate",
      "Constraint",
      "Deadline",
      "Priority",
      "Notes",
      "Finish",
    ]);
    expect(layout.width).toBeLessThanOrEqual(970);
  });
});
