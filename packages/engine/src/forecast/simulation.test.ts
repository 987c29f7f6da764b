import { type Plan, parseDuration, STANDARD_CALENDAR } from "@keel/model";
import { describe, expect, it } from "vitest";
import { PlanError } from "../problem.js";
import { type TestTask, testPlan } from "../test-plan.js";
import { chunkRanges, mergeChunks, prepareForecast, simulateChunk } from "./simulation.js";
import { runForecast, summariseForecast } from "./summary.js";
import type { ForecastOptions } from "./types.js";

const N = 10_000;
const d = (text: string) => parseDuration(text) as Exclude<ReturnType<typeof parseDuration>, string>;

/** A test plan on a calendar without holidays, with three-point estimates `o/m/p` per task id. */
function plan(tasks: TestTask[], estimates: Record<string, string> = {}): Plan {
  const p = testPlan(tasks, { calendars: [STANDARD_CALENDAR] });
  return {
    ...p,
    tasks: p.tasks.map((t) => {
      const e = estimates[t.id];
      if (e === undefined) return t;
      const [o, m, pe] = e.split("/").map(d) as [
        ReturnType<typeof d>,
        ReturnType<typeof d>,
        ReturnType<typeof d>,
      ];
      return { ...t, duration: m, estimate: { optimistic: o, mostLikely: m, pessimistic: pe } };
    }),
  };
}

/** Share of iterations finishing within `days` working days of the start. */
function shareWithin(p: Plan, options: ForecastOptions, days: number): number {
  const model = prepareForecast(p, options);
  const chunk = simulateChunk(model, 0, model.iterations);
  const cal = model.net.projectCalendar;
  const w0 = cal.toWork(model.net.projectStart);
  let k = 0;
  for (const f of chunk.finish) if (cal.toWork(f) - w0 <= days * model.net.minutesPerDay + 1e-9) k++;
  return k / model.iterations;
}

const CHAIN = Array.from(
  { length: 10 },
  (_, i): TestTask => ({ id: `c${i}`, dur: "4d", after: i ? [`c${i - 1}`] : [] }),
);
const CHAIN_ESTIMATES = Object.fromEntries(CHAIN.map((t) => [t.id, "2d/4d/9d"]));

describe("schedule Monte Carlo", () => {
  it("a chain of triangular tasks has the analytic mean and variance (CLT)", () => {
    const r = runForecast(plan(CHAIN, CHAIN_ESTIMATES), { iterations: N, seed: 7 });
    // Each task: mean (2+4+9)/3 = 5 d, variance (a²+m²+b²−am−ab−mb)/18 = 39/18 d².
    const mean = 10 * 5;
    const variance = (10 * 39) / 18;
    const sd = Math.sqrt(variance);
    // The sample mean's standard error is sd/√N ≈ 0.047 d; allow 4 of them (fails by chance ~1 in 16,000).
    expect(Math.abs(r.meanWorkingDays - mean)).toBeLessThan((4 * sd) / Math.sqrt(N));
    // The sample variance's standard error is about variance·√(2/(N−1)) for a near-normal sum: 4 of them.
    const sVar = r.stdDevWorkingDays ** 2;
    expect(Math.abs(sVar - variance)).toBeLessThan(4 * variance * Math.sqrt(2 / (N - 1)));
    // The sum is close to normal, so its median is close to its mean.
    expect(Math.abs(r.finishWorkingDays.p50 - mean)).toBeLessThan(0.2);
    expect(r.finishWorkingDays.p80).toBeGreaterThan(r.finishWorkingDays.p50);
    // Every task of the chain is always critical, and equally sensitive.
    for (const t of r.tasks) {
      expect(t.criticality).toBe(1);
      expect(t.sensitivity).toBeGreaterThan(0.2);
      expect(t.sensitivity).toBeLessThan(0.45);
    }
  });

  it("PERT-Beta has mean (a + 4m + b)/6", () => {
    const r = runForecast(plan([{ id: "a", dur: "4d" }], { a: "2d/4d/12d" }), {
      iterations: N,
      distribution: "pert",
    });
    // Beta(1.8, 4.2) on [2, 12]: sd = 10·√(αβ/((α+β)²(α+β+1))) = √3 d; the mean's standard error is
    // √3/√N ≈ 0.017 d (allow 4), the sd's about sd/√(2N) ≈ 0.012 d (allow 4).
    expect(Math.abs(r.meanWorkingDays - 5)).toBeLessThan((4 * Math.sqrt(3)) / Math.sqrt(N));
    expect(Math.abs(r.stdDevWorkingDays - Math.sqrt(3))).toBeLessThan((4 * Math.sqrt(3)) / Math.sqrt(2 * N));
  });

  it("two parallel identical paths finish as the maximum of two draws: F(x)²", () => {
    const p = plan(
      [
        { id: "a", dur: "10d" },
        { id: "b", dur: "10d" },
        { id: "end", milestone: true, after: ["a", "b"] },
      ],
      { a: "10d/10d/20d", b: "10d/10d/20d" },
    );
    // Triangular(10, 10, 20): F(x) = 1 − ((20 − x)/10)².
    const F = (x: number) => 1 - ((20 - x) / 10) ** 2;
    for (const x of [11, 13, 15, 17, 19]) {
      const expected = F(x) ** 2;
      const tolerance = 4 * Math.sqrt((expected * (1 - expected)) / N);
      expect(Math.abs(shareWithin(p, { iterations: N }, x) - expected), `x = ${x}`).toBeLessThan(tolerance);
    }
    // One path alone would be F(x): clearly apart.
    expect(shareWithin(p, { iterations: N }, 15)).toBeLessThan(F(15) - 0.15);
  });

  it("a certain risk (p = 1) shifts every percentile by its impact", () => {
    const p = plan(CHAIN, CHAIN_ESTIMATES);
    const without = runForecast(p, { iterations: 2000, seed: 3 });
    const withRisk = runForecast(p, {
      iterations: 2000,
      seed: 3,
      risks: [{ id: "vendor", probability: 1, impact: d("3d"), tasks: ["c4"] }],
    });
    for (const [key, value] of Object.entries(without.finishWorkingDays)) {
      expect(withRisk.finishWorkingDays[key as keyof typeof without.finishWorkingDays], key).toBeCloseTo(
        value + 3,
        6,
      );
    }
    expect(withRisk.risks).toEqual([{ id: "vendor", probability: 1, occurred: 1, sensitivity: 0 }]);
  });

  it("a risk that never happens changes nothing; one that sometimes does is sensitive", () => {
    const p = plan(CHAIN, CHAIN_ESTIMATES);
    const base = runForecast(p, { iterations: 2000 });
    const never = runForecast(p, {
      iterations: 2000,
      risks: [{ id: "r", probability: 0, impact: d("10d"), tasks: ["c0"] }],
    });
    expect(never.finish).toEqual(base.finish);
    const half = runForecast(p, {
      iterations: 2000,
      risks: [{ id: "r", probability: 0.5, impact: d("10d"), tasks: ["c0"] }],
    });
    expect(Math.abs((half.risks[0]?.occurred ?? 0) - 0.5)).toBeLessThan(4 * Math.sqrt(0.25 / 2000));
    expect(half.risks[0]?.sensitivity).toBeGreaterThan(0.6);
  });

  it("gives the same output for the same seed, whatever the split into chunks", () => {
    const p = plan(CHAIN, CHAIN_ESTIMATES);
    const options = { iterations: 3001, seed: 42, uncertainty: 0.1 };
    const one = runForecast(p, options);
    expect(runForecast(p, options)).toEqual(one);
    const model = prepareForecast(p, options);
    const chunks = chunkRanges(3001, 4).map((r) => simulateChunk(model, r.start, r.count));
    expect(summariseForecast(model, mergeChunks(chunks.reverse()))).toEqual(one);
    expect(runForecast(p, { ...options, seed: 43 }).finish).not.toEqual(one.finish);
  });

  it("keeps tasks without an estimate fixed unless an uncertainty is given", () => {
    const p = plan([{ id: "a", dur: "5d" }]);
    const fixed = runForecast(p, { iterations: 500 });
    expect(fixed.finishWorkingDays.p10).toBe(5);
    expect(fixed.finishWorkingDays.p95).toBe(5);
    expect(fixed.tasks[0]).toMatchObject({ uncertain: false, sensitivity: 0, criticality: 1 });
    const spread = runForecast(p, { iterations: N, uncertainty: 0.2 });
    expect(spread.finishWorkingDays.p10).toBeGreaterThanOrEqual(4);
    expect(spread.finishWorkingDays.p95).toBeLessThanOrEqual(6);
    expect(spread.finishWorkingDays.p95).toBeGreaterThan(5.5);
    expect(spread.tasks[0]?.sensitivity).toBeGreaterThan(0.99);
  });

  it("counts criticality per path and the probability of each deadline", () => {
    const p = plan(
      [
        { id: "long", dur: "10d" },
        { id: "short", dur: "2d" },
        { id: "done", milestone: true, after: ["long", "short"], deadline: "2027-01-22" },
      ],
      { long: "10d/10d/20d" },
    );
    const r = runForecast(p, { iterations: N });
    const byId = Object.fromEntries(r.tasks.map((t) => [t.id, t]));
    expect(byId.long?.criticality).toBe(1);
    expect(byId.short?.criticality).toBe(0);
    // The deadline is the end of 2027-01-22: 15 working days; P = F(15) = 0.75.
    expect(r.deadlines).toHaveLength(1);
    expect(Math.abs((r.deadlines[0]?.probability ?? 0) - 0.75)).toBeLessThan(4 * Math.sqrt(0.1875 / N));
    expect(r.milestones.map((m) => m.id)).toEqual(["done"]);
    expect(r.milestones[0]?.finish.p50).toBe(r.finish.p50);
    // 10 working days is the optimistic finish: only iterations drawing exactly it meet the plan.
    expect(r.plannedFinishProbability).toBeLessThan(0.01);
    const last = r.histogram[r.histogram.length - 1];
    expect(last?.cumulative).toBe(1);
    expect(r.histogram.reduce((n, b) => n + b.count, 0)).toBe(N);
  });

  it("stops with the calendar's error when an iteration reaches past 2200, whichever way it is scheduled", () => {
    // 16 tasks of 2^26 minutes in a row (2^31 minutes, past what 32-bit keys count), then two short
    // ones: unchecked, the keys would wrap around and the short ones finish on the first morning.
    const chain = Array.from(
      { length: 18 },
      (_, i): TestTask => ({ id: `c${i}`, dur: "64min", after: i ? [`c${i - 1}`] : [] }),
    );
    const impact = { value: 2 ** 26 - 64, unit: "min", elapsed: false } as const;
    const risks = [{ id: "ages", probability: 1, impact, tasks: chain.slice(0, 16).map((t) => t.id) }];
    const fast = prepareForecast(plan(chain), { iterations: 3, risks });
    expect(fast.fast).toBe(true);
    expect(() => simulateChunk(fast, 0, 3)).toThrow(/beyond the years/);
    const slow = plan([...chain, { id: "cure", dur: "2ed", after: ["c17"] }]);
    expect(() => runForecast(slow, { iterations: 3, risks })).toThrow(/beyond the years/);
  });

  it("runs plans with elapsed durations through the Scheduler", () => {
    const p = plan(
      [
        { id: "a", dur: "3d" },
        { id: "cure", dur: "2ed", after: ["a"] },
      ],
      { a: "2d/3d/6d" },
    );
    const model = prepareForecast(p, { iterations: 200 });
    expect(model.fast).toBe(false);
    const r = summariseForecast(model, simulateChunk(model, 0, 200));
    expect(r.finishWorkingDays.p10).toBeGreaterThanOrEqual(4);
    expect(r.tasks.find((t) => t.id === "a")?.criticality).toBe(1);
  });

  describe("bad input is refused with a message naming the task or risk", () => {
    const p = plan([
      { id: "a", dur: "3d" },
      { id: "b", dur: "1d" },
      { id: "sum" },
      { id: "c", dur: "1d", parent: "sum" },
    ]);
    const fail = (q: Plan, options: ForecastOptions = {}) => {
      try {
        prepareForecast(q, options);
      } catch (e) {
        expect(e).toBeInstanceOf(PlanError);
        return (e as PlanError).message;
      }
      throw new Error("no error");
    };

    it("pessimistic below optimistic", () => {
      const q = plan(
        [
          { id: "a", dur: "3d" },
          { id: "b", dur: "3d" },
        ],
        { b: "5d/3d/2d" },
      );
      expect(fail(q)).toMatch(
        /task "b" has estimate 5d\/3d\/2d: the pessimistic 2d is below the optimistic 5d/,
      );
    });

    it("most likely outside the range", () => {
      const q = plan([{ id: "a", dur: "3d" }], { a: "2d/9d/5d" });
      expect(fail(q)).toMatch(/task "a" .*most likely 9d is outside/);
    });

    it("probabilities outside 0–1", () => {
      const risk = { id: "late-vendor", impact: d("2d"), tasks: ["a"] };
      expect(fail(p, { risks: [{ ...risk, probability: 1.5 }] })).toMatch(
        /risk "late-vendor" has probability 1.5; expected a number from 0 to 1/,
      );
      expect(fail(p, { risks: [{ ...risk, probability: -0.1 }] })).toMatch(/risk "late-vendor"/);
      expect(fail(p, { risks: [{ ...risk, probability: Number.NaN }] })).toMatch(/risk "late-vendor"/);
    });

    it("an impact on an unknown task or a summary task", () => {
      const risk = { id: "r1", probability: 0.3, impact: d("2d") };
      expect(fail(p, { risks: [{ ...risk, tasks: ["a", "ghost"] }] })).toBe(
        'risk "r1" has an impact on unknown task "ghost"',
      );
      expect(fail(p, { risks: [{ ...risk, tasks: ["sum"] }] })).toMatch(/summary task "sum"/);
    });

    it("iterations, seed and uncertainty out of range", () => {
      expect(() => prepareForecast(p, { iterations: 0 })).toThrow(/iterations must be a whole number/);
      expect(() => prepareForecast(p, { seed: -1 })).toThrow(/seed/);
      expect(fail(p, { uncertainty: 1.5 })).toMatch(/uncertainty/);
    });
  });
});
