import {
  type BacklogItem,
  DEFAULT_AGILE_SETTINGS,
  type LocalDate,
  type Plan,
  type StatusChange,
} from "@keel/model";
import { describe, expect, it } from "vitest";
import { schedulePlan } from "../cpm/scheduler.js";
import { progressPlan } from "../network/progress-test-plan.js";
import { epicProgressEdits } from "./epic-progress-edits.js";
import type { EpicProgressEdit } from "./types.js";

const settings = DEFAULT_AGILE_SETTINGS;
const today = "2027-01-18" as LocalDate;
const moves = (...changes: [string, string][]): StatusChange[] =>
  changes.map(([status, at]) => ({ status, at: at as LocalDate }));
const epic = (id: string, rank: number, tasks: string[]): BacklogItem => ({
  id,
  name: `Epic ${id}`,
  type: "epic",
  status: "todo",
  rank,
  tasks,
});
const story = (id: string, epicId: string, extra: Partial<BacklogItem> = {}): BacklogItem => ({
  id,
  name: id,
  type: "story",
  status: "todo",
  rank: 10,
  epic: epicId,
  ...extra,
});
const done = (at: string, started?: string) => ({
  status: "done",
  history: moves(...(started === undefined ? [] : [["in-progress", started] as [string, string]]), [
    "done",
    at,
  ]),
});

const plan = progressPlan(
  [
    { id: "phase" },
    { id: "api", dur: "10d", parent: "phase" },
    { id: "ui", dur: "5d", parent: "phase" },
    { id: "build", dur: "4d" },
    { id: "docs", dur: "2d" },
    { id: "polish", dur: "3d" },
    { id: "deploy", dur: "1d" },
    { id: "qa", dur: "2d" },
    { id: "launch", milestone: true },
    { id: "beta", milestone: true },
  ],
  {
    ui: { pc: 20, start: "2027-01-04" },
    docs: { pc: 100, start: "2027-01-04", finish: "2027-01-05" },
    polish: { pc: 10, start: "2027-01-04", remaining: "1d" },
    qa: { pc: 40, start: "2027-01-04" },
  },
  { statusDate: "2027-01-15" },
);

const items: BacklogItem[] = [
  // Half the estimate done; the summary task it also names is left to roll up.
  epic("E1", 1, ["api", "phase"]),
  story("A1", "E1", { points: 5, ...done("2027-01-07", "2027-01-05") }),
  story("A2", "E1", { points: 3 }),
  story("A3", "E1", { points: 2, status: "in-progress", history: moves(["in-progress", "2027-01-06"]) }),
  // Nothing estimated: one item of three done.
  epic("E2", 2, ["ui"]),
  story("U1", "E2", done("2027-01-08")),
  story("U2", "E2"),
  story("U3", "E2"),
  // Two epics on one task, weighted by their estimates: 8 of 10 points, not the mean of 100 % and 0 %.
  epic("E3", 3, ["build"]),
  story("B1", "E3", { points: 8, ...done("2027-01-12", "2027-01-11") }),
  epic("E4", 4, ["build"]),
  story("B2", "E4", { points: 2 }),
  // All done on 20 January, after the status date: the milestone is reached on the status date.
  epic("E5", 5, ["launch"]),
  story("L1", "E5", done("2027-01-20", "2027-01-14")),
  // Not all done: the milestone waits.
  epic("E6", 6, ["beta"]),
  story("M1", "E6", done("2027-01-10")),
  story("M2", "E6"),
  // A finished task whose epic got more work: back to 50 %, no longer finished.
  epic("E7", 7, ["docs"]),
  story("D1", "E7", { points: 1, ...done("2027-01-05") }),
  story("D2", "E7", { points: 1 }),
  // Every point done but an unestimated item still open: 99 %, and the remaining duration goes.
  epic("E8", 8, ["polish"]),
  story("P1", "E8", { points: 199, ...done("2027-01-13") }),
  story("P2", "E8"),
  // All done: 100 % with the first move as actual start and the last finish as actual finish.
  epic("E9", 9, ["deploy"]),
  story("Y1", "E9", { points: 1, ...done("2027-01-09", "2027-01-08") }),
  { ...story("Y2", "E9"), type: "subtask", epic: undefined, parent: "Y1", ...done("2027-01-11") },
  // An epic without items gives nothing, not 0 %.
  epic("E10", 10, ["qa"]),
];

const edits = epicProgressEdits(items, settings.workflow, settings, plan, { today });
const byTask = new Map(edits.map((e) => [e.task, e]));
const change = (task: string) => {
  const e = byTask.get(task) as EpicProgressEdit;
  return [e.current, e.proposed, e.set];
};

describe("epicProgressEdits", () => {
  it("offers each linked task its epics' percent, in plan order, where it differs", () => {
    expect(edits.map((e) => e.task)).toEqual(["api", "ui", "build", "docs", "polish", "deploy", "launch"]);
    expect(change("api")).toEqual([0, 50, { percentComplete: 50, actualStart: "2027-01-05" }]);
    expect(change("ui")).toEqual([20, 33, { percentComplete: 33 }]);
    expect(change("build")).toEqual([0, 80, { percentComplete: 80, actualStart: "2027-01-11" }]);
    expect(byTask.get("build")?.epics).toEqual([
      { id: "E3", name: "Epic E3" },
      { id: "E4", name: "Epic E4" },
    ]);
  });

  it("dates a finish from the items, never past the status date, and clears it when work reopens", () => {
    expect(change("deploy")).toEqual([
      0,
      100,
      { percentComplete: 100, actualStart: "2027-01-08", actualFinish: "2027-01-11" },
    ]);
    expect(change("launch")).toEqual([0, 100, { percentComplete: 100, actualFinish: "2027-01-15" }]);
    expect(byTask.get("launch")?.milestone).toBe(true);
    expect(change("docs")).toEqual([100, 50, { percentComplete: 50, actualFinish: null }]);
    expect(change("polish")).toEqual([10, 99, { percentComplete: 99, remainingDuration: null }]);
  });

  it("leaves summary tasks, milestones with work open and tasks of empty epics alone", () => {
    for (const task of ["phase", "beta", "qa"]) expect(byTask.has(task)).toBe(false);
  });

  it("gives edits the plan accepts, after which nothing more is offered", () => {
    const applied: Plan = {
      ...plan,
      tasks: plan.tasks.map((t) => {
        const set = byTask.get(t.id)?.set;
        if (set === undefined) return t;
        const next: Record<string, unknown> = { ...t, ...set };
        for (const [k, v] of Object.entries(set)) if (v === null) delete next[k];
        return next as unknown as typeof t;
      }),
    };
    expect(() => schedulePlan(applied)).not.toThrow();
    expect(epicProgressEdits(items, settings.workflow, settings, applied, { today })).toEqual([]);
  });
});
