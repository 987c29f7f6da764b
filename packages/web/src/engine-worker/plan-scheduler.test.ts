import { readFileSync } from "node:fs";
import { type PlanSchedule, Scheduler, schedulePlan } from "@keel/engine";
import { parsePlanYaml } from "@keel/formats";
import type { LocalDate, Plan } from "@keel/model";
import { describe, expect, it, vi } from "vitest";
import { applyPlanEdits, type PlanEdit } from "./plan-edit.js";
import { PlanScheduler } from "./plan-scheduler.js";
import { patchSchedule, type ScheduleDelta } from "./schedule-delta.js";

function example(name: string): Plan {
  const file = new URL(`../../../../examples/${name}`, import.meta.url);
  return parsePlanYaml(readFileSync(file, "utf8"), name).plan;
}

const days = (value: number, elapsed = false) => ({ value, unit: "d", elapsed }) as const;

/** JSON, as the server sends it: fields that are undefined are left out. */
const json = (value: unknown) => JSON.parse(JSON.stringify(value));

function patched(shown: PlanSchedule, delta: ScheduleDelta | undefined): PlanSchedule {
  if (delta === undefined) return shown;
  const next = patchSchedule(shown, delta);
  if (next === undefined) throw new Error("the delta does not fit the schedule shown");
  return next;
}

/**
 * Follows the page through edits: after each answer the tasks' dates are what the server computes
 * from the plan, and once settled, everything is.
 */
function follow(plan: Plan, steps: readonly (readonly PlanEdit[])[]) {
  const worker = new PlanScheduler(plan);
  let shown: PlanSchedule = worker.schedule();
  let edited = plan;
  for (const edits of steps) {
    shown = patched(shown, worker.edit(edits));
    edited = applyPlanEdits(edited, edits);
    const server = schedulePlan(edited);
    const dates = (s: PlanSchedule) =>
      s.tasks.map((t) => [t.id, t.name, t.start, t.finish, t.earlyStart, t.lateStart, t.durationMinutes]);
    expect(dates(shown)).toEqual(dates(server));
    shown = patched(shown, worker.settle());
    expect(json(shown)).toEqual(json(server));
    expect(worker.settle()).toBeUndefined();
  }
  return { worker, shown };
}

describe("PlanScheduler", () => {
  const migration = example("cloud-migration.yaml");
  const leaves = migration.tasks.filter(
    (t) => !t.milestone && t.work === undefined && !migration.tasks.some((c) => c.parent === t.id),
  );

  it("keeps the page's schedule what the server computes, duration edit after duration edit, without compiling again", () => {
    expect(leaves.length).toBeGreaterThan(5);
    const compile = vi.spyOn(Scheduler, "compile");
    try {
      follow(
        migration,
        leaves.map((t, i) => [
          { kind: "task", id: t.id, fields: { duration: days(1 + ((i * 7) % 11), i % 4 === 3) } },
        ]),
      );
      // Once for the worker's first schedule, then only the comparisons' own.
      expect(compile).toHaveBeenCalledTimes(1 + leaves.length);
    } finally {
      compile.mockRestore();
    }
  });

  it("reschedules other edits too: a constraint, a link added and removed, a rename, a deadline", () => {
    const [a, b, c] = leaves as [Plan["tasks"][number], Plan["tasks"][number], Plan["tasks"][number]];
    const link = { from: c.id, to: a.id, type: "SS", lag: days(2) } as const;
    follow(migration, [
      [{ kind: "task", id: a.id, fields: { constraint: { type: "SNET", date: "2027-05-10" } } }],
      [{ kind: "add-link", link }],
      [{ kind: "task", id: b.id, fields: { name: "Renamed" } }],
      [{ kind: "task", id: b.id, fields: { duration: days(9) } }],
      [{ kind: "remove-link", link }],
      [{ kind: "task", id: c.id, fields: { deadline: "2027-04-20" as LocalDate } }],
      [{ kind: "task", id: c.id, fields: { deadline: null, duration: days(2) } }],
    ]);
  });

  it("answers only what an edit moved, and owes the full result until it is settled", () => {
    const worker = new PlanScheduler(migration);
    worker.schedule();
    const last = migration.tasks.at(-1)?.id as string;
    const renamed = worker.edit([{ kind: "task", id: last, fields: { name: "The end" } }]);
    expect(renamed.changed.map((c) => [c.task.id, c.task.name])).toEqual([[last, "The end"]]);
    expect(renamed.count).toBe(migration.tasks.length);
    expect(worker.owed).toBe(true);
    expect(worker.settle()?.changed).toEqual([]);
    expect(worker.owed).toBe(false);
  });

  it("refuses an edit that closes a cycle, keeps it until it is taken back, then schedules again", () => {
    const [a, b] = leaves as [Plan["tasks"][number], Plan["tasks"][number]];
    const worker = new PlanScheduler(migration);
    const before = worker.schedule();
    const there = { from: a.id, to: b.id, type: "FS", lag: days(0) } as const;
    const back = { from: b.id, to: a.id, type: "FS", lag: days(0) } as const;
    worker.edit([{ kind: "add-link", link: there }]);
    expect(() => worker.edit([{ kind: "add-link", link: back }])).toThrow(/cycle/i);
    expect(worker.plan.links).toContainEqual(back);
    const undone = worker.edit([
      { kind: "remove-link", link: back },
      { kind: "remove-link", link: there },
    ]);
    expect(json(patched(before, undone))).toEqual(json(schedulePlan(migration)));
  });

  it("drafts a drag's change without keeping it: the tasks it moves, against the schedule last answered", () => {
    const launch = example("product-launch.yaml");
    const worker = new PlanScheduler(launch);
    const before = worker.schedule();
    const first = launch.tasks.find((t) => !t.milestone && !launch.tasks.some((c) => c.parent === t.id));
    const moved = worker.draft([{ task: first?.id as string, duration: days(30) }]);
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.length).toBeLessThan(before.tasks.length);
    for (const t of moved) expect(before.tasks.find((b) => b.id === t.id)).not.toEqual(t);
    expect(worker.edit([]).changed).toEqual([]);
  });
});
