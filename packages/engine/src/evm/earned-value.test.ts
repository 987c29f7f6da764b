/**
 * Worked examples reproduced through a Keel plan, baseline and progress:
 *
 * - Microsoft Support, Project field reference (Microsoft Corporation):
 *   "SPI fields" https://support.microsoft.com/en-gb/office/spi-fields-d2f8cf9b-f7e6-4cdd-87d6-e5cbd27e0421
 *     a four-day task with a $100 budget; after two days BCWS is $50, the task is 60 % done for a
 *     cost of $60: "The SPI is 1.2".
 *   "CPI fields" https://support.microsoft.com/en-gb/office/cpi-fields-d6d4d113-a5c6-4bb1-a70c-db7afb230aae
 *     after two days 50 % of a four-day task is done, BCWP $60, actual cost $70: "CPI is about .85".
 *   "TCPI (task field)" https://support.microsoft.com/en-us/office/tcpi-task-field-c836b125-b7c4-4803-872c-b2cbc8fa8f1e
 *     BAC $200, BCWP $125, ACWP $150: "The TCPI is 1.5".
 * - Mario Vanhoucke, "Earned Value Management: Forecasting time", PM Knowledge Center
 *   (http://pmknowledgecenter.com/node/167): weekly PV 5, 10, 25, 55, 85, 120, 130, 140, 150 (planned
 *   duration 9 weeks, BAC 150); in week 5 EV is 70 and ES 4.50 weeks (see earned-schedule.test.ts).
 */
import {
  type Baseline,
  type BaselineTask,
  type Plan,
  parseDuration,
  type Resource,
  STANDARD_CALENDAR,
  type Task,
} from "@keel/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { schedulePlan } from "../cpm/scheduler.js";
import { type TestTask, testPlan } from "../test-plan.js";
import { type EarnedValueOptions, earnedValue } from "./earned-value.js";
import { EvmError } from "./problems.js";

type Progress = Partial<Pick<Task, "percentComplete" | "actualCost" | "actualFinish" | "remainingDuration">>;

/** `plan` with progress on some tasks, started (and finished, at 100 %) on their scheduled dates. */
function progressed(plan: Plan, progress: Record<string, Progress>): Plan {
  const dates = new Map(schedulePlan(plan).tasks.map((t) => [t.id, t]));
  return {
    ...plan,
    tasks: plan.tasks.map((t) => {
      const p = progress[t.id];
      if (p === undefined || ((p.percentComplete ?? 0) === 0 && (p.actualCost ?? 0) === 0))
        return { ...t, ...p };
      const when = dates.get(t.id);
      const finished = p.percentComplete === 100 ? { actualFinish: when?.finish } : {};
      return { ...t, actualStart: when?.start, ...finished, ...p };
    }),
  };
}

/** The plan's current schedule saved as a baseline, with a cost per task where given. */
function baselineOf(plan: Plan, costs: Record<string, number> = {}): Baseline {
  return {
    name: "Original",
    savedAt: "2027-01-01T00:00:00Z",
    tasks: schedulePlan(plan).tasks.map((t) => ({
      id: t.id,
      start: t.start,
      finish: t.finish,
      durationMinutes: t.durationMinutes,
      cost: costs[t.id],
    })),
  };
}

function evm(plan: Plan, baseline: Baseline, options: EarnedValueOptions) {
  // The progress must be valid plan input: the scheduler accepts it.
  schedulePlan(plan);
  return earnedValue(plan, baseline, options);
}

// 2027-01-04 is a Monday; 7-hour days.
const noHolidays = { calendars: [STANDARD_CALENDAR] };

describe("earnedValue: Microsoft Project's field examples", () => {
  it("SPI: a four-day $100 task 60 % done for $60 after two days has SPI 1.2", () => {
    const plan = testPlan([{ id: "task", dur: "4d" }], noHolidays);
    const baseline = baselineOf(plan, { task: 100 });
    const result = evm(progressed(plan, { task: { percentComplete: 60, actualCost: 60 } }), baseline, {
      asOf: "2027-01-05",
    });
    expect(result.basis).toBe("cost");
    expect(result.project).toMatchObject({ PV: 50, EV: 60, AC: 60, BAC: 100, SV: 10, CV: 0, CPI: 1 });
    expect(result.project.SPI).toBeCloseTo(1.2, 12);
    expect(result.project).toMatchObject({ EAC: 100, EAC_CPI: 100, ETC: 40, VAC: 0, TCPI: 1 });
    // The remaining 40 % of the work at the baseline's $25 a day.
    expect(result.project.EAC_bottomUp).toBeCloseTo(100, 9);
    // Day 2 has earned 60 of the 75 planned by the end of day 3: ES = 2 + 10 / 25 working days.
    expect(result.project.ES).toBeCloseTo(2.4, 12);
    expect(result.project).toMatchObject({ AT: 2 });
    expect(result.project.SPIt).toBeCloseTo(1.2, 12);
    expect(result.project.IEACt).toBeCloseTo(4 / 1.2, 12);
    expect(result.plannedDuration).toBe(4);
  });

  it("CPI and TCPI: per-task figures for the two examples, and the project as their sum", () => {
    const plan = testPlan(
      [
        { id: "cpi", dur: "4d" },
        { id: "tcpi", dur: "8d" },
      ],
      noHolidays,
    );
    const baseline = baselineOf(plan, { cpi: 120, tcpi: 200 });
    const result = evm(
      progressed(plan, {
        cpi: { percentComplete: 50, actualCost: 70 },
        tcpi: { percentComplete: 62.5, actualCost: 150 },
      }),
      baseline,
      { asOf: "2027-01-05" },
    );
    const [cpi, tcpi] = result.tasks;
    expect(cpi).toMatchObject({ id: "cpi", summary: false, EV: 60, AC: 70, BAC: 120 });
    expect(cpi?.CPI).toBeCloseTo(0.857, 3);
    expect(tcpi).toMatchObject({ id: "tcpi", EV: 125, AC: 150, BAC: 200, TCPI: 1.5 });
    expect(result.project).toMatchObject({ EV: 185, AC: 220, BAC: 320 });
    expect(result.project.TCPI).toBeCloseTo(135 / 100, 12);
    expect(result.project.CPI).toBeCloseTo(185 / 220, 12);
    expect(result.project.EAC).toBeCloseTo(320 / (185 / 220), 9);
    expect(result.project.EAC_CPI_SPI).toBeCloseTo(220 + 135 / ((185 / 220) * (185 / result.project.PV)), 9);
  });
});

describe("earnedValue: Vanhoucke's earned schedule example as a plan", () => {
  // Nine one-week tasks in a row whose budgets are the weekly increments of the published PV.
  const increments = [5, 5, 15, 30, 30, 35, 10, 10, 10];
  const weeks: TestTask[] = increments.map((_, i) => ({
    id: `w${i + 1}`,
    dur: "5d",
    after: i === 0 ? [] : [`w${i}`],
  }));
  const plan = testPlan(weeks, noHolidays);
  const baseline = baselineOf(plan, Object.fromEntries(increments.map((c, i) => [`w${i + 1}`, c])));
  const done = (ids: string[], partly: Record<string, number> = {}) =>
    progressed(plan, {
      ...Object.fromEntries(ids.map((id) => [id, { percentComplete: 100 }])),
      ...Object.fromEntries(Object.entries(partly).map(([id, p]) => [id, { percentComplete: p }])),
    });

  it("time-phases the baseline into the published weekly PV", () => {
    const result = evm(done([]), baseline, { asOf: "2027-01-04", period: "week" });
    const weekEnds = result.curve.filter((p) => Number.isInteger(p.period) && p.period > 0);
    expect(weekEnds.map((p) => p.pv)).toEqual([5, 10, 25, 55, 85, 120, 130, 140, 150]);
    expect(weekEnds.slice(0, 3).map((p) => p.date)).toEqual([
      "2027-01-08T17:00:00",
      "2027-01-15T17:00:00",
      "2027-01-22T17:00:00",
    ]);
    expect(result.plannedDuration).toBe(9);
  });

  it("week 5: EV 70 against PV 85 earns 4.5 weeks of schedule", () => {
    const week5 = done(["w1", "w2", "w3", "w4"], { w5: 50 });
    const result = evm(week5, baseline, { asOf: "2027-02-05", period: "week" });
    expect(result.project).toMatchObject({
      PV: 85,
      EV: 70,
      SV: -15,
      ES: 4.5,
      AT: 5,
      SVt: -0.5,
      SPIt: 0.9,
      IEACt: 10,
    });
    expect(result.project.SPI).toBeCloseTo(70 / 85, 12);
    // The same in working days: PV grows by 6 a day in week 5.
    const daily = evm(week5, baseline, { asOf: "2027-02-05" }).project;
    expect(daily).toMatchObject({ AT: 25, SPIt: 0.9, IEACt: 50 });
    expect(daily.ES).toBeCloseTo(22.5, 12);
  });

  it("week 11: finished two weeks late, SPI says 1 but SPI(t) does not", () => {
    const result = evm(done(weeks.map((w) => w.id)), baseline, { asOf: "2027-03-19", period: "week" });
    expect(result.project).toMatchObject({ PV: 150, EV: 150, SV: 0, SPI: 1, ES: 9, AT: 11, SVt: -2 });
    expect(result.project.SPIt).toBeCloseTo(9 / 11, 12);
    expect(result.curve.at(-1)).toMatchObject({ period: 11, pv: 150, ev: 150 });
  });
});

describe("earnedValue: properties", () => {
  /** A random plan: each task may follow an earlier one; whole days, so PV is linear within a day. */
  const plans = fc
    .array(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 5000 }), fc.nat()), {
      minLength: 1,
      maxLength: 12,
    })
    .map((specs) => {
      const tasks: TestTask[] = specs.map(([days, , pred], i) => ({
        id: `t${i}`,
        dur: `${days}d`,
        after: i > 0 && pred % 3 !== 0 ? [`t${pred % i}`] : [],
      }));
      const plan = testPlan(tasks);
      const baseline = baselineOf(plan, Object.fromEntries(specs.map(([, cost], i) => [`t${i}`, cost])));
      return { plan, baseline, days: Math.round(schedulePlan(plan).project.durationWorkingDays) };
    });

  it("a plan exactly on baseline has SPI = CPI = 1, SV = CV = 0 and ES = AT", () => {
    fc.assert(
      fc.property(plans, fc.double({ min: 0, max: 1, noNaN: true }), ({ plan, baseline, days }, at) => {
        const day = Math.max(1, Math.round(at * days));
        // The status date: the end of the plan's working day `day`.
        const asOf = workingDay(plan, day);
        const planned = evm(plan, baseline, { asOf });
        const onPlan = progressed(
          plan,
          Object.fromEntries(
            planned.tasks.map((t) => [t.id, { percentComplete: (t.PV / t.BAC) * 100, actualCost: t.PV }]),
          ),
        );
        const { project } = evm(onPlan, baseline, { asOf });
        expect(project.SPI).toBeCloseTo(1, 9);
        expect(project.CPI).toBeCloseTo(1, 9);
        expect(project.SV).toBeCloseTo(0, 6);
        expect(project.CV).toBeCloseTo(0, 6);
        expect(project.ES).toBeCloseTo(project.AT, 9);
        expect(project.AT).toBeCloseTo(day, 9);
      }),
      { numRuns: 60 },
    );
  });

  it("summary tasks roll up their subtree, and the top level sums to the project", () => {
    const plan = testPlan([
      { id: "phase1" },
      { id: "a", dur: "3d", parent: "phase1" },
      { id: "sub", parent: "phase1", after: ["a"] },
      { id: "b", dur: "4d", parent: "sub" },
      { id: "c", dur: "2d", parent: "sub", after: ["b"] },
      { id: "phase2", after: ["phase1"] },
      { id: "d", dur: "5d", parent: "phase2" },
      { id: "e", dur: "1d" },
    ]);
    const leaves = ["a", "b", "c", "d", "e"];
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 5, maxLength: 5 }),
        fc.array(fc.integer({ min: 0, max: 900 }), { minLength: 5, maxLength: 5 }),
        fc.integer({ min: 0, max: 20 }),
        (percents, costs, day) => {
          const baseline = baselineOf(plan, Object.fromEntries(leaves.map((id, i) => [id, 10 * (i + 1)])));
          const progress = Object.fromEntries(
            leaves.map((id, i) => [id, { percentComplete: percents[i], actualCost: costs[i] }]),
          );
          const result = evm(progressed(plan, progress), baseline, { asOf: workingDay(plan, day) });
          const row = new Map(result.tasks.map((t) => [t.id, t]));
          const sum = (ids: string[], key: "PV" | "EV" | "AC" | "BAC" | "EAC_bottomUp") =>
            ids.reduce((s, id) => s + (row.get(id)?.[key] ?? 0), 0);
          for (const key of ["PV", "EV", "AC", "BAC", "EAC_bottomUp"] as const) {
            expect(row.get("sub")?.[key]).toBeCloseTo(sum(["b", "c"], key), 9);
            expect(row.get("phase1")?.[key]).toBeCloseTo(sum(["a", "b", "c"], key), 9);
            expect(result.project[key]).toBeCloseTo(sum(["phase1", "phase2", "e"], key), 9);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it("a task finished early lifts SPI above 1 and earns schedule ahead of time", () => {
    const plan = testPlan(
      [
        { id: "a", dur: "5d" },
        { id: "b", dur: "5d", after: ["a"] },
      ],
      noHolidays,
    );
    const baseline = baselineOf(plan, { a: 500, b: 500 });
    const early = progressed(plan, { a: { percentComplete: 100, actualFinish: "2027-01-06" } });
    const result = evm(early, baseline, { asOf: "2027-01-06" });
    expect(result.project.SPI).toBeGreaterThan(1);
    expect(result.project).toMatchObject({ PV: 300, EV: 500, ES: 5, AT: 3, SVt: 2 });
  });
});

describe("earnedValue: inputs", () => {
  const plan = testPlan([
    { id: "design", dur: "5d" },
    { id: "build", dur: "10d", after: ["design"] },
  ]);

  it("spreads PV over working time only: nothing is planned on the holiday", () => {
    // build runs from 2027-01-11 over the 2027-01-18 holiday to 2027-01-25.
    const baseline = baselineOf(plan, { design: 50, build: 100 });
    const friday = evm(plan, baseline, { asOf: "2027-01-15" }).project.PV;
    const holiday = evm(plan, baseline, { asOf: "2027-01-18" }).project.PV;
    expect(friday).toBe(100);
    expect(holiday).toBe(friday);
    expect(evm(plan, baseline, { asOf: "2027-01-19" }).project.PV).toBe(110);
  });

  it("uses the project's status date unless told otherwise; before the baseline starts, nothing is planned", () => {
    const baseline = baselineOf(plan, { design: 50, build: 100 });
    const dated = { ...plan, project: { ...plan.project, statusDate: "2027-01-06" } };
    expect(evm(dated, baseline, {}).project.PV).toBe(30);
    const early = evm(dated, baseline, { asOf: "2026-12-31" });
    expect(early.project).toMatchObject({
      PV: 0,
      EV: 0,
      AC: 0,
      SPI: null,
      CPI: null,
      EAC: null,
      ES: 0,
      AT: 0,
    });
    expect(early.project.SPIt).toBeNull();
    // 2027-01-01, a working Friday, lies between the status date and the baseline start.
    expect(early.curve[0]).toMatchObject({ date: "2026-12-31T17:00:00", period: -1, pv: 0, ev: 0, ac: 0 });
  });

  it("measures in hours when the baseline has no costs", () => {
    const baseline = baselineOf(plan);
    const result = evm(progressed(plan, { design: { percentComplete: 100 } }), baseline, {
      asOf: "2027-01-08",
    });
    expect(result.basis).toBe("hours");
    // 15 days of 7 hours; design's 35 hours are done and took what they were planned to.
    expect(result.project).toMatchObject({ BAC: 105, PV: 35, EV: 35, AC: 35, SPI: 1, CPI: 1, EAC: 105 });
    expect(result.project.EAC_bottomUp).toBe(105);
  });

  it("prices actual cost and the remaining work from rates when no actual cost is given", () => {
    const resources: Resource[] = [{ id: "ana", name: "Ana", type: "work", maxUnits: 1, costPerHour: 100 }];
    const rated: Plan = { ...plan, resources, assignments: [{ task: "build", resource: "ana", units: 1 }] };
    const baseline = baselineOf(rated, { design: 3500, build: 7000 });
    // build is half done, but 4 more days than planned are left: it will take 14 days, not 10.
    const slipped = progressed(rated, {
      design: { percentComplete: 100, actualCost: 3500 },
      build: { percentComplete: 50, remainingDuration: parseDuration("9d") as never },
    });
    const result = evm(slipped, baseline, { asOf: "2027-01-18" });
    const build = result.tasks.find((t) => t.id === "build");
    // AC: 10 scheduled days × 50 % × 7 h × $100; ETC: 9 days × 7 h × $100.
    expect(build).toMatchObject({ EV: 3500, AC: 3500, EAC_bottomUp: 3500 + 6300 });
    expect(result.project.EAC_bottomUp).toBe(3500 + 3500 + 6300);
  });

  it("gives a task added after the baseline no budget, lists it, and still counts its actual cost", () => {
    const baseline = baselineOf(plan, { design: 50, build: 100 });
    const grown: Plan = progressed(
      {
        ...plan,
        tasks: [...plan.tasks, { ...(plan.tasks[0] as Task), id: "docs", name: "docs" }],
      },
      { docs: { percentComplete: 40, actualCost: 12 } },
    );
    const result = evm(grown, baseline, { asOf: "2027-01-08" });
    expect(result.unbaselined).toEqual(["docs"]);
    expect(result.tasks.find((t) => t.id === "docs")).toMatchObject({
      BAC: 0,
      PV: 0,
      EV: 0,
      AC: 12,
      ES: null,
    });
    expect(result.project).toMatchObject({ BAC: 150, AC: 12 });
    expect(result.warnings.map((w) => w.code)).toEqual(["unbaselined-task"]);
  });

  it("warns about baselined tasks without cost on the cost basis and baseline tasks the plan dropped", () => {
    const baseline = baselineOf(plan, { design: 50 });
    const withGone: Baseline = {
      ...baseline,
      tasks: [...baseline.tasks, { ...(baseline.tasks[0] as BaselineTask), id: "old" }],
    };
    const result = evm(plan, withGone, { asOf: "2027-01-08" });
    expect(result.warnings.map((w) => [w.code, w.taskId])).toEqual([
      ["no-baseline-cost", "build"],
      ["not-in-plan", "old"],
    ]);
    expect(result.project.BAC).toBe(50);
  });

  it("rejects an empty baseline, a missing status date and a malformed date, with messages", () => {
    const empty: Baseline = { name: "Empty", savedAt: "2027-01-01T00:00:00Z", tasks: [] };
    const failure = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        if (e instanceof EvmError) return e.problems.map((p) => [p.code, p.message]);
      }
      throw new Error("expected an EvmError");
    };
    expect(failure(() => evm(plan, empty, {}))).toEqual([
      ["empty-baseline", 'baseline "Empty" has no tasks: save a baseline of the scheduled plan first'],
      ["no-status-date", "no status date: set the project's statusDate or give an as-of date"],
    ]);
    expect(failure(() => evm(plan, baselineOf(plan), { asOf: "next week" }))).toEqual([
      ["bad-date", '"next week" is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)'],
    ]);
    const other = baselineOf(testPlan([{ id: "x", dur: "1d" }]));
    expect(failure(() => evm(plan, other, { asOf: "2027-01-08" }))[0]?.[0]).toBe("no-baselined-task");
  });
});

describe("earnedValue: S-curves", () => {
  const plan = testPlan(
    [
      { id: "phase" },
      { id: "a", dur: "2d", parent: "phase" },
      { id: "b", dur: "3d", parent: "phase", after: ["a"] },
      { id: "c", dur: "1d", after: ["phase"] },
    ],
    noHolidays,
  );
  const baseline = baselineOf(plan, { a: 20, b: 30, c: 10 });
  const current = progressed(plan, {
    a: { percentComplete: 100, actualCost: 25 },
    b: { percentComplete: 10 },
  });

  it("holds PV per working day to the baseline finish, with EV and AC at the status date", () => {
    const result = evm(current, baseline, { asOf: "2027-01-06" });
    expect(result.curve.map((p) => [p.period, p.pv])).toEqual([
      [0, 0],
      [1, 10],
      [2, 20],
      [3, 30],
      [4, 40],
      [5, 50],
      [6, 60],
    ]);
    expect(result.curve.filter((p) => p.ev !== null)).toEqual([
      { date: "2027-01-06T17:00:00", period: 3, pv: 30, ev: 23, ac: 28 },
    ]);
    const phase = result.tasks.find((t) => t.id === "phase");
    expect(phase?.curve?.at(-1)?.pv).toBe(50);
    expect(result.tasks.find((t) => t.id === "a")?.curve).toBeUndefined();
  });

  it("places earlier status reports and a mid-day status date between the period ends", () => {
    const result = evm(current, baseline, {
      asOf: "2027-01-06T13:00",
      history: [{ asOf: "2027-01-04", ev: 8, ac: 9 }],
    });
    const reported = result.curve.filter((p) => p.ev !== null);
    expect(reported.map((p) => [p.date, p.ev, p.ac])).toEqual([
      ["2027-01-04T17:00:00", 8, 9],
      ["2027-01-06T12:00:00", 23, 28],
    ]);
    expect(reported[1]?.period).toBeCloseTo(2 + 3 / 7, 12);
    expect(reported[1]?.pv).toBeCloseTo(20 + (10 * 3) / 7, 12);
    expect(result.project.AT).toBeCloseTo(2 + 3 / 7, 12);
  });

  it("runs on past the baseline finish to a later status date, and in weeks when asked", () => {
    const result = evm(current, baseline, { asOf: "2027-01-20", period: "week" });
    expect(result.curve.map((p) => p.date)).toEqual([
      "2027-01-04T09:00:00",
      "2027-01-08T17:00:00",
      "2027-01-15T17:00:00",
      "2027-01-20T17:00:00",
      "2027-01-22T17:00:00",
    ]);
    expect(result.plannedDuration).toBeCloseTo(6 / 5, 12);
  });
});

/** `YYYY-MM-DD` of the plan's working day `n` (1 = its first), skipping weekends and its holidays. */
function workingDay(plan: Plan, n: number): string {
  const holidays = new Set<string>(plan.calendars[0]?.holidays ?? []);
  const date = new Date(`${plan.project.start}T00:00:00Z`);
  let left = n;
  for (;;) {
    const iso = date.toISOString().slice(0, 10);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !holidays.has(iso)) left--;
    if (left <= 0) return iso;
    date.setUTCDate(date.getUTCDate() + 1);
  }
}
