import {
  type Assignment,
  type Duration,
  type Plan,
  type PlanEdit,
  parseDuration,
  type Resource,
  type Task,
} from "@keel/model";
import { describe, expect, it } from "vitest";
import { schedulePlan } from "../cpm/scheduler.js";
import { type TestTask, testPlan } from "../test-plan.js";
import { applyEdits } from "./apply-edits.js";
import { type ChangeImpact, changeImpact, type ScheduledChange } from "./impact.js";
import { planCost } from "./plan-cost.js";

const d = (text: string) => parseDuration(text) as Duration;
const task = (id: string, dur: string, extra: Partial<Task> = {}): Task => ({
  id,
  name: id,
  parent: null,
  milestone: false,
  duration: d(dur),
  constraint: { type: "ASAP" },
  ...extra,
});
const fs = (from: string, to: string): PlanEdit => ({
  op: "addLink",
  link: { from, to, type: "FS", lag: { value: 0, unit: "d", elapsed: false } },
});
const grow = (id: string, dur: string): PlanEdit => ({ op: "updateTask", id, set: { duration: d(dur) } });

function scheduled(impact: ChangeImpact): ScheduledChange {
  if (!impact.schedulable) throw new Error(impact.problems.map((p) => p.message).join("\n"));
  return impact;
}

// 2027-01-04 is a Monday; 7-hour days; 2027-01-18 is a holiday. design → build is critical (10d), docs has float.
const launch = testPlan([
  { id: "design", dur: "8d" },
  { id: "build", dur: "2d", after: ["design"] },
  { id: "docs", dur: "3d" },
]);

describe("changeImpact", () => {
  it("moves the finish by the working days a critical task grows, across the holiday", () => {
    const impact = scheduled(changeImpact(launch, [grow("build", "7d")]));
    expect(impact.finish).toEqual({ before: "2027-01-15T17:00:00", after: "2027-01-25T17:00:00", days: 5 });
    expect(impact.criticalPath).toEqual({
      before: ["design", "build"],
      after: ["design", "build"],
      added: [],
      removed: [],
    });
    expect(impact.problems).toEqual([]);
    expect(impact.stale).toEqual([]);
  });

  it("reports the critical tasks a change adds and removes", () => {
    const impact = scheduled(changeImpact(launch, [grow("docs", "12d")]));
    expect(impact.finish.days).toBe(2);
    expect(impact.criticalPath).toEqual({
      before: ["design", "build"],
      after: ["docs"],
      added: ["docs"],
      removed: ["design", "build"],
    });
  });

  it("does not move the finish for a new task in parallel with float", () => {
    const impact = scheduled(
      changeImpact(launch, [{ op: "addTask", task: task("review", "4d") }, fs("docs", "review")]),
    );
    expect(impact.finish.days).toBe(0);
    expect(impact.finish.after).toBe(impact.finish.before);
    expect(impact.criticalPath.added).toEqual([]);
    expect(impact.criticalPath.removed).toEqual([]);
  });

  it("gives the dates of scheduling the fork", () => {
    const plan = testPlan([
      { id: "phase" },
      { id: "spec", parent: "phase", dur: "2d" },
      { id: "code", parent: "phase", dur: "5d", after: ["spec"] },
      { id: "test", dur: "3d", after: ["phase"] },
      { id: "ga", milestone: true, after: ["test"] },
      { id: "blog", dur: "2d", after: ["spec"] },
    ]);
    const edits: PlanEdit[] = [
      { op: "removeTask", id: "phase" },
      { op: "addTask", task: task("prototype", "6d") },
      fs("prototype", "test"),
      grow("blog", "10d"),
    ];
    const impact = scheduled(changeImpact(plan, edits));
    const fork = schedulePlan(applyEdits(plan, edits).plan);
    expect(impact.finish.after).toBe(fork.project.finish);
    expect(impact.finish.days).toBe(
      fork.project.durationWorkingDays - schedulePlan(plan).project.durationWorkingDays,
    );
    expect(impact.criticalPath.after).toEqual(fork.tasks.filter((t) => t.critical).map((t) => t.id));
    expect(impact.criticalPath.after).toEqual(["blog"]);
    // Leaves only: the summary "phase" is critical too.
    expect(impact.criticalPath.before).toEqual(["spec", "code", "test", "ga"]);
    expect(impact.milestones.map((m) => [m.id, m.after])).toEqual([
      ["ga", fork.tasks.find((t) => t.id === "ga")?.finish],
    ]);
  });

  it("skips stale edits and lists them", () => {
    const impact = scheduled(changeImpact(launch, [grow("qa", "3d"), grow("build", "3d")]));
    expect(impact.stale.map((s) => s.message)).toEqual([
      'edit 1 (updateTask) names task "qa", which is no longer in the plan',
    ]);
    expect(impact.finish.days).toBe(1);
  });

  it("returns the problems instead of throwing when an edit makes a cycle", () => {
    const impact = changeImpact(launch, [fs("build", "design"), grow("nope", "1d")]);
    expect(impact.schedulable).toBe(false);
    expect(impact.problems.map((p) => p.code)).toEqual(["cycle"]);
    expect(impact.stale).toHaveLength(1);
    expect(impact).not.toHaveProperty("finish");
  });

  it("prices the work of rated work resources", () => {
    const resources: Resource[] = [
      { id: "ana", name: "Ana", type: "work", maxUnits: 1, costPerHour: 100 },
      { id: "ben", name: "Ben", type: "work", maxUnits: 1, costPerHour: 50 },
      { id: "cloud", name: "Cloud", type: "cost", maxUnits: 1 },
    ];
    const assignments: Assignment[] = [
      { task: "design", resource: "ana", units: 1 },
      { task: "build", resource: "ben", units: 0.5 },
      { task: "build", resource: "cloud", units: 1 },
    ];
    const plan: Plan = { ...launch, resources, assignments };
    // design 8d × 7h × 100 + build 2d × 7h × 0.5 × 50
    expect(planCost(plan, schedulePlan(plan))).toBe(5950);
    const impact = scheduled(
      changeImpact(plan, [
        grow("build", "5d"),
        { op: "assign", assignment: { task: "docs", resource: "ana", units: 0.25 } },
      ]),
    );
    // build +3d × 7h × 0.5 × 50 = 525; docs 3d × 7h × 0.25 × 100 = 525
    expect(impact.cost).toEqual({ before: 5950, after: 7000, delta: 1050 });
    expect(impact.figures).toMatchObject({ costBefore: 5950, costAfter: 7000 });
  });

  it("compares the P80 finish on the same seed only when asked", () => {
    const plan: Plan = {
      ...launch,
      tasks: launch.tasks.map((t) =>
        t.id === "design"
          ? { ...t, estimate: { optimistic: d("6d"), mostLikely: d("8d"), pessimistic: d("16d") } }
          : t,
      ),
    };
    const edits = [grow("build", "7d")];
    const options = { forecast: { iterations: 400, seed: 11 } };
    const impact = scheduled(changeImpact(plan, edits, options));
    expect(impact.p80?.before).not.toBe(impact.finish.before);
    expect(impact.p80?.days).toBe(5);
    expect(scheduled(changeImpact(plan, edits, options)).p80).toEqual(impact.p80);
    expect(impact.figures).toMatchObject({
      p80Before: impact.p80?.before,
      p80After: impact.p80?.after,
      p80Days: impact.p80?.days,
    });
    const without = scheduled(changeImpact(plan, edits));
    expect(without.p80).toBeUndefined();
    expect(without.figures).toEqual({
      finishBefore: "2027-01-15T17:00:00",
      finishAfter: "2027-01-25T17:00:00",
      finishDays: 5,
      costBefore: 0,
      costAfter: 0,
    });
  });

  const gates: TestTask[] = [
    { id: "spec", dur: "3d" },
    { id: "signoff", milestone: true, after: ["spec"] },
    { id: "build", dur: "2d", after: ["signoff"], deadline: "2027-01-08" },
    { id: "ops", dur: "1d", deadline: "2027-01-29" },
    { id: "handover", milestone: true, after: ["ops"] },
  ];

  it("lists milestones that move, appear or go", () => {
    const impact = scheduled(
      changeImpact(testPlan(gates), [
        grow("spec", "5d"),
        { op: "addTask", task: task("launch", "0d", { milestone: true }) },
        fs("build", "launch"),
        { op: "removeTask", id: "handover" },
      ]),
    );
    expect(impact.milestones).toEqual([
      {
        id: "signoff",
        name: "signoff",
        before: "2027-01-06T17:00:00",
        after: "2027-01-08T17:00:00",
        days: 2,
      },
      { id: "launch", name: "launch", before: undefined, after: "2027-01-12T17:00:00", days: 0 },
      { id: "handover", name: "handover", before: "2027-01-04T17:00:00", after: undefined, days: 0 },
    ]);
  });

  it("lists deadlines whose task moves or that the change misses", () => {
    const impact = scheduled(changeImpact(testPlan(gates), [grow("spec", "5d")]));
    expect(impact.deadlines).toEqual([
      {
        id: "build",
        name: "build",
        deadline: "2027-01-08",
        before: "2027-01-08T17:00:00",
        after: "2027-01-12T17:00:00",
        missedBefore: false,
        missedAfter: true,
      },
    ]);
  });

  it("lists only the over-allocations the change creates", () => {
    const plan: Plan = {
      ...launch,
      resources: [
        { id: "ana", name: "Ana", type: "work", maxUnits: 1 },
        { id: "ben", name: "Ben", type: "work", maxUnits: 1 },
      ],
      assignments: [
        { task: "design", resource: "ana", units: 1 },
        { task: "design", resource: "ben", units: 1 },
        { task: "docs", resource: "ben", units: 1 },
      ],
    };
    const impact = scheduled(
      changeImpact(plan, [
        { op: "addTask", task: task("spike", "2d") },
        { op: "assign", assignment: { task: "spike", resource: "ana", units: 1 } },
      ]),
    );
    expect(impact.overAllocations).toEqual([
      {
        resource: "ana",
        from: "2027-01-04",
        to: "2027-01-05",
        peakUnits: 2,
        excessHours: 14,
        tasks: ["design", "spike"],
      },
    ]);
    expect(scheduled(changeImpact(launch, [grow("docs", "9d")])).overAllocations).toEqual([]);
  });
});
