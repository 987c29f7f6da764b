import {
  type Assumption,
  type Dependency,
  type Issue,
  type Link,
  type Plan,
  type PlanEdit,
  parseDuration,
  type Risk,
  type Task,
} from "@keel/model";
import { describe, expect, it } from "vitest";
import { testPlan } from "../test-plan.js";
import { applyEdits } from "./apply-edits.js";

const d = (text: string) => parseDuration(text) as Task["duration"];
const task = (id: string, parent: string | null = null, dur = "1d"): Task => ({
  id,
  name: id,
  parent,
  milestone: false,
  duration: d(dur),
  constraint: { type: "ASAP" },
});
const link = (from: string, to: string): Link => ({
  from,
  to,
  type: "FS",
  lag: { value: 0, unit: "d", elapsed: false },
});
const ids = (p: Plan) => p.tasks.map((t) => t.id);
const pairs = (p: Plan) => p.links.map((l) => `${l.from}>${l.to}`);

// build ⊃ (api, ui ⊃ (forms)); qa after build; release after qa.
const outline = (): Plan => ({
  ...testPlan([
    { id: "build" },
    { id: "api", parent: "build", dur: "3d" },
    { id: "ui", parent: "build" },
    { id: "forms", parent: "ui", dur: "2d", after: ["api"] },
    { id: "qa", dur: "2d", after: ["build"] },
    { id: "release", milestone: true, after: ["qa"] },
  ]),
  resources: [
    { id: "ana", name: "Ana", type: "work", maxUnits: 1 },
    { id: "ben", name: "Ben", type: "work", maxUnits: 1 },
  ],
  assignments: [
    { task: "api", resource: "ana", units: 1 },
    { task: "forms", resource: "ben", units: 1 },
    { task: "qa", resource: "ana", units: 1 },
  ],
});

describe("applyEdits", () => {
  it("puts a new task after its parent's last descendant, or at the end at top level", () => {
    const { plan, stale } = applyEdits(outline(), [
      { op: "addTask", task: task("docs", "build") },
      { op: "addTask", task: task("deploy") },
      { op: "addTask", task: task("tables", "ui") },
    ]);
    expect(stale).toEqual([]);
    expect(ids(plan)).toEqual(["build", "api", "ui", "forms", "tables", "docs", "qa", "release", "deploy"]);
  });

  it("applies edits in order, so later edits can name what earlier ones added", () => {
    const { plan, stale } = applyEdits(outline(), [
      { op: "addTask", task: task("docs", null, "4d") },
      { op: "addLink", link: link("qa", "docs") },
      { op: "assign", assignment: { task: "docs", resource: "ben", units: 0.5 } },
    ]);
    expect(stale).toEqual([]);
    expect(pairs(plan)).toContain("qa>docs");
    expect(plan.assignments).toContainEqual({ task: "docs", resource: "ben", units: 0.5 });
  });

  it("sets fields, clears optional ones with null, and leaves the input plan alone", () => {
    const base = outline();
    const withNotes: Plan = {
      ...base,
      tasks: base.tasks.map((t) =>
        t.id === "qa" ? { ...t, notes: "manual", deadline: "2027-02-01" as never } : t,
      ),
    };
    const { plan, stale } = applyEdits(withNotes, [
      {
        op: "updateTask",
        id: "qa",
        set: { duration: d("5d"), notes: null, name: "QA", deadline: undefined },
      },
    ]);
    expect(stale).toEqual([]);
    const qa = plan.tasks.find((t) => t.id === "qa");
    expect(qa).toEqual({ ...task("qa", null, "5d"), name: "QA", deadline: "2027-02-01" });
    expect(qa && "notes" in qa).toBe(false);
    expect(withNotes.tasks.find((t) => t.id === "qa")?.notes).toBe("manual");
    expect(ids(plan)).toEqual(ids(withNotes));
  });

  it("scales a task's three-point estimate to a new duration, unless the edit sets the estimate too", () => {
    const estimate = { optimistic: d("3d"), mostLikely: d("5d"), pessimistic: d("9d") };
    const base = outline();
    const estimated: Plan = {
      ...base,
      tasks: base.tasks.map((t) => (t.id === "qa" ? { ...t, duration: d("5d"), estimate } : t)),
    };
    const qa = (p: Plan) => p.tasks.find((t) => t.id === "qa");
    const scaled = applyEdits(estimated, [{ op: "updateTask", id: "qa", set: { duration: d("10d") } }]);
    expect(qa(scaled.plan)?.estimate).toEqual({
      optimistic: d("6d"),
      mostLikely: d("10d"),
      pessimistic: d("18d"),
    });
    const typed = { optimistic: d("8d"), mostLikely: d("10d"), pessimistic: d("11d") };
    const both = applyEdits(estimated, [
      { op: "updateTask", id: "qa", set: { duration: d("10d"), estimate: typed } },
    ]);
    expect(qa(both.plan)?.estimate).toEqual(typed);
  });

  it("refuses to clear a field every task needs", () => {
    const { plan, stale } = applyEdits(outline(), [{ op: "updateTask", id: "qa", set: { duration: null } }]);
    expect(stale.map((s) => s.message)).toEqual([
      'edit 1 (updateTask) clears "duration" of task "qa", which every task needs',
    ]);
    expect(plan.tasks.find((t) => t.id === "qa")?.duration).toEqual(d("2d"));
  });

  it("removes a summary with its subtree, their links and assignments, and unlinks them from the RAID log", () => {
    const risk: Risk = {
      id: "r1",
      name: "Vendor late",
      kind: "threat",
      probability: 3,
      impact: 4,
      tasks: ["forms", "qa"],
      status: "open",
    };
    const assumption: Assumption = { id: "a1", name: "API stable", status: "valid", tasks: ["api"] };
    const noTasks: Assumption = { id: "a2", name: "Budget", status: "valid" };
    const issue: Issue = {
      id: "i1",
      name: "Flaky CI",
      severity: "low",
      escalation: "team",
      status: "open",
      tasks: ["ui", "release"],
    };
    const dependency: Dependency = {
      id: "d1",
      name: "Design kit",
      provider: "Design",
      needed: "2027-01-11" as never,
      status: "waiting",
      tasks: ["ui"],
    };
    const base: Plan = {
      ...outline(),
      risks: [risk],
      assumptions: [assumption, noTasks],
      issues: [issue],
      dependencies: [dependency],
    };
    const { plan, stale } = applyEdits(base, [{ op: "removeTask", id: "build" }]);
    expect(stale).toEqual([]);
    expect(ids(plan)).toEqual(["qa", "release"]);
    expect(pairs(plan)).toEqual(["qa>release"]);
    expect(plan.assignments).toEqual([{ task: "qa", resource: "ana", units: 1 }]);
    expect(plan.risks?.[0]?.tasks).toEqual(["qa"]);
    expect(plan.assumptions).toEqual([{ ...assumption, tasks: [] }, noTasks]);
    expect(plan.issues?.[0]?.tasks).toEqual(["release"]);
    expect(plan.dependencies?.[0]?.tasks).toEqual([]);
    expect(base.risks?.[0]?.tasks).toEqual(["forms", "qa"]);
  });

  it("skips stale edits with a message naming the edit, and applies the rest", () => {
    const edits: PlanEdit[] = [
      { op: "removeTask", id: "qa" },
      { op: "updateTask", id: "qa", set: { duration: d("3d") } },
      { op: "addTask", task: task("api") },
      { op: "addTask", task: task("e2e", "qa") },
      { op: "addLink", link: link("forms", "qa") },
      { op: "addLink", link: link("api", "forms") },
      { op: "removeLink", from: "api", to: "release" },
      { op: "assign", assignment: { task: "api", resource: "cat", units: 1 } },
      { op: "assign", assignment: { task: "api", resource: "ana", units: 1 } },
      { op: "unassign", task: "forms", resource: "ana" },
      { op: "removeTask", id: "qa" },
      { op: "addLink", link: link("api", "release") },
    ];
    const { plan, stale } = applyEdits(outline(), edits);
    expect(stale.map((s) => [s.index, s.message])).toEqual([
      [1, 'edit 2 (updateTask) names task "qa", which is no longer in the plan'],
      [2, 'edit 3 (addTask) adds task "api", which is already in the plan'],
      [3, 'edit 4 (addTask) puts task "e2e" under task "qa", which is no longer in the plan'],
      [4, 'edit 5 (addLink) links "forms" → "qa", but task "qa" is no longer in the plan'],
      [5, 'edit 6 (addLink) links "api" → "forms", which are already linked'],
      [6, 'edit 7 (removeLink) removes the link "api" → "release", which is no longer in the plan'],
      [7, 'edit 8 (assign) names resource "cat", which is not in the plan'],
      [8, 'edit 9 (assign) assigns "ana" to task "api", who is already assigned to it'],
      [9, 'edit 10 (unassign) takes "ana" off task "forms", but it is not assigned to it'],
      [10, 'edit 11 (removeTask) names task "qa", which is no longer in the plan'],
    ]);
    expect(stale[0]?.edit).toBe(edits[1]);
    expect(ids(plan)).toEqual(["build", "api", "ui", "forms", "release"]);
    expect(pairs(plan)).toEqual(["api>forms", "api>release"]);
  });
});
