import { describe, expect, it } from "vitest";
import { Rng } from "./rng.js";
import {
  chanceDoneBy,
  forecastHowMany,
  forecastWhen,
  isWeekend,
  RECOMMENDED_THROUGHPUT,
  ThroughputError,
  throughputSamples,
} from "./throughput.js";

/** Finish days: `perDay(day)` items on each day of [from, to). */
function history(from: number, to: number, perDay: (day: number) => number): number[] {
  const out: number[] = [];
  for (let d = from; d < to; d++) for (let k = 0; k < perDay(d); k++) out.push(d);
  return out;
}

/** P(X ≥ k) for X ~ Binomial(n, 1/2), k = 0…n+1. */
function binomialTail(n: number): number[] {
  let pmf = [1];
  for (let i = 0; i < n; i++) {
    const next = new Array<number>(pmf.length + 1).fill(0);
    pmf.forEach((p, k) => {
      next[k] = (next[k] as number) + p / 2;
      next[k + 1] = (next[k + 1] as number) + p / 2;
    });
    pmf = next;
  }
  const tail = new Array<number>(n + 2).fill(0);
  for (let k = n; k >= 0; k--) tail[k] = (tail[k + 1] as number) + (pmf[k] as number);
  return tail;
}

describe("throughput samples", () => {
  it("knows the weekend: 1970-01-03 was a Saturday, 1970-01-05 a Monday", () => {
    expect([0, 1, 2, 3, 4].map(isWeekend)).toEqual([false, false, true, true, false]);
  });

  it("rejects an empty history and a window without throughput", () => {
    expect(() => throughputSamples([])).toThrow(/history is empty/);
    expect(() => throughputSamples([10], { asOf: 200, window: 30 })).toThrow(ThroughputError);
    expect(() => throughputSamples([10], { asOf: 200, window: 30 })).toThrow(
      /no items finished in the 30-day window/,
    );
    expect(() => forecastWhen([1, 2], 0)).toThrow(/remaining items must be a whole number/);
  });

  it("samples per day, per working day, or per week", () => {
    // Days 0..27 = Thu 1970-01-01 … Wed 1970-01-28; one item a day, three on Saturdays.
    const h = history(0, 28, (d) => (isWeekend(d) && (d + 4) % 7 === 6 ? 3 : 1));
    expect(throughputSamples(h, { window: 28 }).samples).toHaveLength(28);
    const working = throughputSamples(h, { window: 28, excludeWeekends: true });
    expect(working.samples).toHaveLength(20);
    expect(working.samples.every((s) => s === 1)).toBe(true);
    expect(throughputSamples(h, { window: 30, sampling: "weekly" }).samples).toEqual([9, 9, 9, 9]);
    // Blocks keep every day of whole weeks, in order; excluded weekends become zero days.
    const blocks = throughputSamples(h, { window: 30, sampling: "block", excludeWeekends: true });
    expect(blocks.samples).toHaveLength(28);
    expect(blocks.samples.slice(0, 7)).toEqual([1, 1, 0, 0, 1, 1, 1]);
    expect(blocks.blockDays).toBe(28);
    expect(throughputSamples(h, { window: 30, sampling: "block", blockDays: 10 }).blockDays).toBe(10);
  });

  it("starts the window no earlier than the history", () => {
    const h = history(100, 200, () => 1);
    const daily = throughputSamples(h, { window: 252, historyStart: 95, asOf: 200 });
    expect([daily.windowStart, daily.samples.length]).toEqual([95, 105]);
    // Whole weeks: 105 days of history hold 15.
    const blocks = throughputSamples(h, { ...RECOMMENDED_THROUGHPUT, historyStart: 98, asOf: 200 });
    expect([blocks.windowStart, blocks.samples.length]).toEqual([102, 98]);
    expect(() => throughputSamples(h, { historyStart: 200, asOf: 200 })).toThrow(
      /history starts on or after/,
    );
    // A history shorter than a week is sampled as one.
    expect(throughputSamples(h, { sampling: "block", historyStart: 198, asOf: 200 }).windowStart).toBe(193);
    expect(() => throughputSamples(h, { sampling: "block", window: 6 })).toThrow(
      /block sampling needs a window of at least 7 days/,
    );
  });
});

describe("throughput forecast", () => {
  it("is exact with a constant k items a day", () => {
    const h = history(0, 84, () => 3);
    const when = forecastWhen(h, 30, { iterations: 500 });
    expect(when.asOf).toBe(84);
    // 3 a day: item 30 is done on day 10, offset 9.
    expect(when.finish).toEqual({ p50: 9, p85: 9, p95: 9 });
    expect(forecastWhen(h, 31, { iterations: 500 }).finish.p95).toBe(10);
    expect(forecastHowMany(h, 14, { iterations: 500 }).items).toEqual({ p50: 42, p85: 42, p95: 42 });
  });

  it("is exact with constant working-day throughput, skipping weekends", () => {
    const h = history(0, 84, (d) => (isWeekend(d) ? 0 : 2));
    // asOf 84 is a Thursday (84 = 12 weeks after day 0). 14 days hold 10 working days.
    const many = forecastHowMany(h, 14, { iterations: 300, excludeWeekends: true });
    expect(many.items).toEqual({ p50: 20, p85: 20, p95: 20 });
    // 10 items: 5 working days Thu, Fri, (Sat, Sun), Mon, Tue, Wed → offset 6.
    expect(forecastWhen(h, 10, { iterations: 300, excludeWeekends: true }).finish.p50).toBe(6);
    // Without excluding weekends the zero days are sampled anywhere: uncertain, so P95 is later.
    expect(forecastWhen(h, 10, { iterations: 300 }).finish.p95).toBeGreaterThan(6);
  });

  it("is exact with constant weekly throughput", () => {
    const h = history(0, 84, () => 1);
    expect(forecastWhen(h, 14, { sampling: "weekly", iterations: 100 }).finish.p85).toBe(13);
    expect(forecastWhen(h, 15, { sampling: "weekly", iterations: 100 }).finish.p85).toBe(20);
    expect(forecastHowMany(h, 21, { sampling: "weekly", iterations: 100 }).items.p50).toBe(21);
  });

  it("lands on the binomial percentiles when each day finishes 0 or 2 items, half and half", () => {
    const h = history(0, 100, (d) => (d % 2 === 0 ? 2 : 0));
    const days = 100;
    const r = forecastHowMany(h, days, { iterations: 20_000, seed: 7 });
    // Count = 2·Binomial(100, ½). The Pq count is the largest k reached in ≥ q % of runs.
    const tail = binomialTail(days);
    const expected = (q: number) => 2 * Math.max(...tail.map((t, k) => (t >= q / 100 ? k : -1)));
    expect(expected(85)).toBe(90);
    for (const q of [50, 85, 95] as const) {
      expect(Math.abs(r.items[`p${q}`] - expected(q))).toBeLessThanOrEqual(2);
    }
    expect(r.items.p50).toBeGreaterThan(r.items.p85);
    expect(r.items.p85).toBeGreaterThan(r.items.p95);
  });

  it("lands on the negative-binomial percentiles for 'when' with 0 or 1 item a day", () => {
    const h = history(0, 100, (d) => d % 2);
    const n = 50;
    const r = forecastWhen(h, n, { iterations: 20_000, seed: 3, asOf: 100 });
    // Done by offset t ⇔ at least n successes in t + 1 days.
    const doneBy = (t: number) => binomialTail(t + 1)[n] ?? 0;
    const expected = (q: number) => {
      let t = 0;
      while (doneBy(t) < q / 100) t++;
      return t;
    };
    for (const q of [50, 85, 95] as const) {
      expect(Math.abs(r.finish[`p${q}`] - expected(q))).toBeLessThanOrEqual(2);
    }
  });

  it("is exact with constant throughput under block sampling, which keeps weekends on weekends", () => {
    expect(
      forecastHowMany(
        history(0, 84, () => 3),
        14,
        { sampling: "block" },
      ).items,
    ).toEqual({
      p50: 42,
      p85: 42,
      p95: 42,
    });
    // Two items each weekday, none at weekends: a block replays the weekdays on weekdays, so
    // unlike independent days (above) it needs no telling that weekends are idle.
    const h = history(0, 84, (d) => (isWeekend(d) ? 0 : 2));
    for (const excludeWeekends of [false, true]) {
      const options = { sampling: "block", blockDays: 10, iterations: 300, excludeWeekends } as const;
      expect(forecastWhen(h, 10, options).finish).toEqual({ p50: 6, p85: 6, p95: 6 });
      expect(forecastHowMany(h, 14, options).items).toEqual({ p50: 20, p85: 20, p95: 20 });
    }
  });

  it("spreads wider under block sampling when good and bad days come in runs", () => {
    // Runs of 1 to 4 weeks at 0, 2 or 4 items a day: the same days, drawn one by one, average out.
    const rng = new Rng(11, 0);
    const rates: number[] = [];
    while (rates.length < 252) {
      const rate = 2 * Math.floor(rng.next() * 3);
      const length = 7 * (1 + Math.floor(rng.next() * 4));
      for (let d = 0; d < length; d++) rates.push(rate);
    }
    const h = history(0, 252, (d) => rates[d] as number);
    const spread = (sampling: "daily" | "block") => {
      const r = forecastHowMany(h, 56, { sampling, window: 252, iterations: 4000 }).items;
      return { median: r.p50, spread: r.p50 - r.p95 };
    };
    const daily = spread("daily");
    const block = spread("block");
    // Same throughput on average, over twice the P50 − P95 spread.
    expect(Math.abs(block.median - daily.median)).toBeLessThan(0.1 * daily.median);
    expect(block.spread).toBeGreaterThan(2 * daily.spread);
  });

  it("gives the chance of being done by a day, agreeing with the percentiles", () => {
    const h = history(0, 168, (d) => Math.floor(d / 14) % 3);
    for (const sampling of ["daily", "weekly", "block"] as const) {
      const when = forecastWhen(h, 60, { sampling, iterations: 2000, seed: 4 });
      expect(chanceDoneBy(when, when.finish.p85)).toBeGreaterThanOrEqual(0.85);
      expect(chanceDoneBy(when, when.finish.p50)).toBeGreaterThanOrEqual(0.5);
      expect(chanceDoneBy(when, when.finish.p50 - 1)).toBeLessThan(0.5);
      expect(chanceDoneBy(when, -1)).toBe(0);
    }
  });

  it("is reproducible with a seed and varies across seeds", () => {
    const h = history(0, 60, (d) => (d * 7919) % 5);
    const a = forecastHowMany(h, 30, { seed: 5, iterations: 2000 });
    expect(forecastHowMany(h, 30, { seed: 5, iterations: 2000 })).toEqual(a);
    const others = [6, 7, 8, 9].map((seed) => forecastWhen(h, 200, { seed, iterations: 50 }).finish.p95);
    expect(new Set(others).size).toBeGreaterThan(1);
    const blocks = { ...RECOMMENDED_THROUGHPUT, seed: 5, iterations: 2000 };
    const b = forecastWhen(h, 200, blocks);
    expect(forecastWhen(h, 200, blocks)).toEqual(b);
    const blockSeeds = [6, 7, 8, 9].map((seed) => forecastWhen(h, 200, { ...blocks, seed }).finish.p95);
    expect(new Set(blockSeeds).size).toBeGreaterThan(1);
  });
});
