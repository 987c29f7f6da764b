import { type LinkType, STANDARD_CALENDAR } from "@keel/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WorkCalendar } from "../calendar/work-calendar.js";
import type { PlanSchedule } from "../result.js";
import { type TestTask, testPlan } from "../test-plan.js";
import { parseWall } from "../time.js";
import { Scheduler, schedulePlan } from "./scheduler.js";

const HOLIDAYS = ["2027-01-18", "2027-02-15", "2027-03-26"];
const calendar = { ...STANDARD_CALENDAR, holidays: HOLIDAYS as never[] };
const work = new WorkCalendar(calendar, parseWall("2027-01-04"));
const w = (iso: string) => work.toWork(parseWall(iso));

/** A random acyclic network: each task may link to earlier ones with any type and a working lag. */
const network = (types: LinkType[], withLags: boolean) =>
  fc.integer({ min: 1, max: 40 }).chain((n) =>
    fc
      .tuple(
        fc.array(fc.integer({ min: 0, max: 15 * 7 }), { minLength: n, maxLength: n }),
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.nat(),
            fc.constantFrom(...types),
            withLags ? fc.integer({ min: -3 * 7, max: 5 * 7 }) : fc.constant(0),
          ),
          { maxLength: 3 * n },
        ),
      )
      .map(([hours, links]): TestTask[] =>
        hours.map((h, i) => ({
          id: `t${i}`,
          dur: `${h}h`,
          after:
            i === 0
              ? []
              : [
                  ...new Map(
                    links
                      .filter(([to]) => to % n === i)
                      .map(([, from, type, lag]) => [
                        `t${from % i}`,
                        [`t${from % i}`, type, `${lag}h`] as [string, LinkType, string],
                      ]),
                  ).values(),
                ],
        })),
      ),
  );

/**
 * The same with some elapsed durations and lags (in minutes, so that dates fall anywhere in nights
 * and weekends), percent lags, and summary tasks over runs of the tasks after them.
 */
const mixedNetwork = fc
  .tuple(
    network(["FS", "SS", "FF", "SF"], true),
    fc.array(fc.tuple(fc.nat(3), fc.integer({ min: 0, max: 6000 }), fc.nat(4)), { maxLength: 40 }),
    fc.array(fc.tuple(fc.nat(5), fc.integer({ min: -2000, max: 4000 }), fc.constantFrom(25, 50, 100)), {
      maxLength: 120,
    }),
  )
  .map(([generated, taskPicks, linkPicks]): TestTask[] => {
    const tasks = generated.map((t) => ({ ...t }));
    // Summaries nest: each covers the tasks after it up to its end, within its own parent's.
    const open: { id: string; end: number }[] = [];
    tasks.forEach((t, i) => {
      while (open.length > 0 && (open[open.length - 1]?.end as number) < i) open.pop();
      t.parent = open[open.length - 1]?.id;
      const [kind, minutes, size] = taskPicks[i] ?? [0, 0, 0];
      if (kind === 0) t.dur = `${minutes}emin`;
      if (kind === 1 && size > 0 && i + size < tasks.length) {
        delete t.dur;
        open.push({ id: t.id, end: Math.min(i + size, open[open.length - 1]?.end ?? i + size) });
      }
    });
    const parentOf = new Map(tasks.map((t) => [t.id, t.parent]));
    const summaries = new Set(tasks.filter((t) => t.dur === undefined).map((t) => t.id));
    let l = 0;
    for (const t of tasks) {
      const up: string[] = [];
      for (let p = parentOf.get(t.id); p !== undefined; p = parentOf.get(p)) up.push(p);
      // No links from a task's own summaries; only FS and SS links lead into a summary.
      t.after = (t.after ?? []).flatMap((a): [string, LinkType, string][] => {
        const [from, type, lag] = typeof a === "string" ? [a, "FS" as LinkType, "0h"] : a;
        if (up.includes(from)) return [];
        const into = summaries.has(t.id) && type !== "FS" && type !== "SS" ? "FS" : type;
        const [kind, minutes, percent] = linkPicks[l++ % Math.max(1, linkPicks.length)] ?? [9, 0, 0];
        if (kind === 0) return [[from, into, `${minutes}emin`]];
        // Percent lags need a predecessor with a duration of its own.
        if (kind === 1 && !summaries.has(from)) return [[from, into, `${percent}%`]];
        return [[from, into, lag ?? "0h"]];
      });
    }
    return tasks;
  });

function linksHold(tasks: TestTask[], s: PlanSchedule): void {
  const byId = new Map(s.tasks.map((t) => [t.id, t]));
  for (const t of tasks) {
    const succ = byId.get(t.id);
    if (succ === undefined) throw new Error(t.id);
    for (const a of t.after ?? []) {
      const [from, type, lag] = typeof a === "string" ? [a, "FS", "0h"] : a;
      const pred = byId.get(from);
      if (pred === undefined) throw new Error(from);
      const lagMinutes = Number.parseInt(lag ?? "0", 10) * 60;
      const predTime = type === "FS" || type === "FF" ? pred.finish : pred.start;
      const succTime = type === "FS" || type === "SS" ? succ.start : succ.finish;
      expect(w(succTime), `${from} ${type} ${lag} ${t.id}`).toBeGreaterThanOrEqual(w(predTime) + lagMinutes);
    }
  }
}

describe("CPM properties on random networks", () => {
  it("satisfies every link, never goes below zero float, keeps free ≤ total float", () => {
    fc.assert(
      fc.property(network(["FS", "SS", "FF", "SF"], true), (tasks) => {
        const s = schedulePlan(testPlan(tasks, { calendars: [calendar] }));
        linksHold(tasks, s);
        for (const t of s.tasks) {
          expect(t.totalFloatMinutes).toBeGreaterThanOrEqual(0);
          expect(t.freeFloatMinutes).toBeLessThanOrEqual(t.totalFloatMinutes);
          expect(w(t.start)).toBeGreaterThanOrEqual(w(s.project.start));
          expect(w(t.finish)).toBeLessThanOrEqual(w(s.project.finish));
        }
        expect(s.tasks.some((t) => t.critical)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("has critical paths whose length is the project duration (FS links)", () => {
    fc.assert(
      fc.property(network(["FS"], false), (tasks) => {
        const s = schedulePlan(testPlan(tasks, { calendars: [calendar] }));
        const byId = new Map(s.tasks.map((t) => [t.id, t]));
        expect(s.criticalPaths.length).toBeGreaterThan(0);
        for (const path of s.criticalPaths) {
          const length = path.reduce((sum, id) => sum + (byId.get(id)?.durationMinutes ?? 0), 0);
          expect(length).toBe(s.project.durationMinutes);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same dates with the integer kernel as with the calendar-converting one", () => {
    fc.assert(
      fc.property(
        fc.oneof(network(["FS", "SS", "FF", "SF"], true), mixedNetwork),
        fc.boolean(),
        (generated, constrain) => {
          // A copy: fast-check shrinks from the generated value.
          const tasks = generated.map((t) => ({ ...t }));
          if (constrain) {
            // Constraint dates on boundaries and in non-working time exercise both sides of a key.
            const dates = [
              "2027-01-08T17:00",
              "2027-01-09",
              "2027-01-11T09:00",
              "2027-01-12T10:30",
              "2027-01-09T03:30",
            ];
            const types = ["SNET", "FNET", "SNLT", "FNLT", "MSO", "MFO"] as const;
            tasks.forEach((t, i) => {
              // Summary tasks take only SNET and FNLT.
              const type = t.dur === undefined ? (i % 2 === 0 ? "SNET" : "FNLT") : types[i % types.length];
              if (i % 3 === 1)
                t.constraint = { type: type as "SNET", date: dates[i % dates.length] as string };
              if (i % 4 === 2) t.deadline = "2027-01-20";
            });
          }
          const plan = testPlan(tasks, { calendars: [calendar] });
          const general = Scheduler.compile(plan, { generalKernel: true });
          general.run();
          expect(schedulePlan(plan)).toEqual(general.result());
        },
      ),
      { numRuns: 400 },
    );
  });

  it("gives identical results across runs and after incremental edits", () => {
    fc.assert(
      fc.property(
        fc.oneof(network(["FS", "SS", "FF", "SF"], true), mixedNetwork),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 120 }), fc.boolean()), {
          minLength: 1,
          maxLength: 5,
        }),
        (tasks, edits) => {
          const plan = testPlan(tasks, { calendars: [calendar] });
          expect(schedulePlan(plan)).toEqual(schedulePlan(plan));
          const incremental = Scheduler.compile(plan);
          incremental.run();
          const edited = tasks.map((t) => ({ ...t }));
          const leaves = edited.filter((t) => t.dur !== undefined);
          for (const [k, hours, elapsed] of edits) {
            const task = leaves[k % leaves.length] as TestTask;
            task.dur = `${hours}${elapsed ? "e" : ""}h`;
            incremental.setDuration(task.id, { value: hours, unit: "h", elapsed });
          }
          expect(incremental.result()).toEqual(schedulePlan(testPlan(edited, { calendars: [calendar] })));
        },
      ),
      { numRuns: 300 },
    );
  });
});
