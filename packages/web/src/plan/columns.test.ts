import { describe, expect, it } from "vitest";
import { COLUMN_SETS, columnLayout, PERCENT_COL } from "./columns.js";

describe("columnLayout", () => {
  it("lays the scheduling columns out side by side, each sticky where the ones before end", () => {
    const layout = columnLayout(COLUMN_SETS.schedule);
    expect(layout.width).toBe(878);
    expect(layout.template).toBe("240px 90px 122px 128px 84px 64px 150px");
    expect([...layout.left.values()]).toEqual([0, 240, 330, 452, 580, 664, 728]);
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
    expect(layout.left.get(PERCENT_COL)).toBe(240);
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
