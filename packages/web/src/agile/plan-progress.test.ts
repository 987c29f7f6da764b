import type { EpicProgressEdit } from "@keel/engine";
import { describe, expect, it } from "vitest";
import type { TaskRecord } from "../api/types.js";
import { EMPTY_HISTORY, pending, record, requests } from "../plan/undo-history.js";
import { alsoWritten, type PlanProgressApplied, planProgressUndo } from "./plan-progress.js";

const edit = (task: string, name: string, set: EpicProgressEdit["set"]): EpicProgressEdit => ({
  task,
  name,
  milestone: false,
  epics: [{ id: "KEEL-1", name: "Checkout" }],
  current: 0,
  proposed: set.percentComplete,
  set,
});
const saved = (id: string, version: number) => ({ id, version }) as TaskRecord;

const applied: PlanProgressApplied = {
  planVersion: 7,
  changed: [
    edit("build", "Build checkout", { percentComplete: 80, actualStart: "2027-01-06" }),
    edit("docs", "Write the docs", { percentComplete: 40, actualFinish: null }),
  ],
  previous: [
    { task: "build", version: 1, fields: { percentComplete: null, actualStart: null } },
    { task: "docs", version: 4, fields: { percentComplete: 100, actualFinish: "2027-01-05" } },
  ],
  tasks: [saved("build", 2), saved("docs", 5)],
};

describe("plan progress from epics", () => {
  it("is undone from the plan's history by writing the fields back at the versions it left", () => {
    const entry = planProgressUndo(applied);
    expect(entry?.label).toBe("progress of 2 tasks");
    const history = record(EMPTY_HISTORY, entry?.label ?? "", entry?.changes ?? []);
    const undo = pending(history, "undo");
    expect(undo && requests(history, undo).map((r) => [r.kind, r.body.update])).toEqual([
      [
        "task",
        [
          { id: "docs", version: 5, percentComplete: 100, actualFinish: "2027-01-05" },
          { id: "build", version: 2, percentComplete: null, actualStart: null },
        ],
      ],
    ]);
  });

  it("records nothing when nothing changed", () => {
    expect(planProgressUndo({ planVersion: 7, changed: [], previous: [], tasks: [] })).toBeUndefined();
  });

  it("says what else an edit writes beside the percent", () => {
    expect(alsoWritten({ percentComplete: 80 })).toEqual([]);
    expect(alsoWritten({ percentComplete: 40, actualFinish: null, remainingDuration: null })).toEqual([
      "actual finish cleared",
      "remaining duration cleared",
    ]);
    const [start] = alsoWritten({ percentComplete: 80, actualStart: "2027-01-06" });
    expect(start).toMatch(/^actual start .*2027/);
  });
});
