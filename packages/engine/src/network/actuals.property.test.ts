import type { LinkType } from "@keel/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Scheduler, schedulePlan } from "../cpm/scheduler.js";
import { runForecast } from "../forecast/summary.js";
import type { TestTask } from "../test-plan.js";
import { progressPlan, type TestProgress } from "./progress-test-plan.js";

const pad = (n: number) => String(n).padStart(2, "0");
/** A moment `minutes` after 2027-01-04T00:00, as a date-time (anywhere: nights and weekends too). */
const at = (minutes: number) => {
  const d = new Date(Date.UTC(2027, 0, 4) + minutes * 60_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
};
const iso = (minutes: number) => `${at(minutes)}:00`;
const STATUS = 12 * 1440;

/** Random networks where each task is not started, in progress or complete, with a status date. */
const plans = fc
  .tuple(
    fc.array(
      fc.tuple(
        fc.integer({ min: 1, max: 60 }),
        fc.boolean(),
        fc.constantFrom("none", "started", "complete"),
        fc.integer({ min: 0, max: STATUS - 1 }),
        fc.integer({ min: 0, max: 100 }),
        fc.option(fc.integer({ min: 1, max: 40 })),
      ),
      { minLength: 1, maxLength: 25 },
    ),
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.nat(),
        fc.constantFrom<LinkType>("FS", "SS", "FF", "SF"),
        fc.integer({ min: -8, max: 16 }),
      ),
      { maxLength: 50 },
    ),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([specs, links, move, bare]) => {
    const n = specs.length;
    const tasks: TestTask[] = specs.map(([hours, elapsed], i) => ({
      id: `t${i}`,
      dur: `${hours}${elapsed && i % 3 === 0 ? "e" : ""}h`,
      after: [
        ...new Map(
          links
            .filter(([to]) => i > 0 && to % n === i)
            .map(([, from, type, lag]) => [
              from % i,
              [`t${from % i}`, type, `${lag}h`] as [string, LinkType, string],
            ]),
        ).values(),
      ],
    }));
    const progress: Record<string, TestProgress> = {};
    specs.forEach(([, , state, start, pc, remaining], i) => {
      if (state === "none") return;
      const s = bare ? at(start).slice(0, 10) : at(start);
      if (state === "started") {
        // Tasks t0, t3, … may be elapsed: a working remaining duration would mix the two.
        const rest = remaining === null || i % 3 === 0 ? {} : { remaining: `${remaining}h` };
        progress[`t${i}`] = { start: s, pc: Math.min(pc, 99), ...rest };
      } else {
        const finish = start + Math.floor(((STATUS - 1 - start) * pc) / 100);
        progress[`t${i}`] = { pc: 100, start: s, finish: bare ? at(finish).slice(0, 10) : at(finish) };
      }
    });
    // A bare status date is the end of its day: 2027-01-15 ends at STATUS.
    return { tasks, progress, move, status: bare ? "2027-01-15" : at(STATUS) };
  });

describe("scheduling with progress on random networks", () => {
  it("pins actuals, starts other work after the status date, and agrees across kernels and the forecast", () => {
    fc.assert(
      fc.property(plans, ({ tasks, progress, move, status }) => {
        const plan = progressPlan(tasks, progress, { statusDate: status, moveIncompleteWork: move });
        const s = schedulePlan(plan);
        const general = Scheduler.compile(plan, { generalKernel: true });
        general.run();
        expect(s).toEqual(general.result());
        const byId = new Map(s.tasks.map((t) => [t.id, t]));
        for (const t of plan.tasks) {
          const r = byId.get(t.id);
          if (r === undefined) throw new Error(t.id);
          if (t.actualStart === undefined) {
            if (move) expect(r.start >= iso(STATUS)).toBe(true);
          } else if (t.actualStart.length > 10) {
            expect(r.start).toBe(`${t.actualStart}:00`);
            if (t.actualFinish !== undefined) expect(r.finish).toBe(`${t.actualFinish}:00`);
          }
        }
        expect(s.warnings.filter((w) => w.code === "constraint-conflict")).toEqual([]);
        // The forecast's integer pass, with nothing uncertain, lands on the schedule's finish.
        const forecast = runForecast(plan, { iterations: 1 });
        expect(forecast.finish.p50).toBe(s.project.finish);
        // And marks the same tasks critical, started ones included.
        const critical = new Map(s.tasks.map((t) => [t.id, t.critical]));
        for (const t of forecast.tasks) expect(t.criticality, t.id).toBe(critical.get(t.id) ? 1 : 0);
      }),
      { numRuns: 200 },
    );
  });
});
