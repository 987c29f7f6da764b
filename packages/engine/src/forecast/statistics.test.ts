import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PertBeta, Triangular } from "./distributions.js";
import { Rng } from "./rng.js";
import { roundDuration } from "./sampling.js";
import {
  averageRanks,
  binWidth,
  histogram,
  percentile,
  percentileIndex,
  selectSorted,
  spearman,
} from "./statistics.js";

describe("statistics", () => {
  it("percentile uses the nearest rank", () => {
    const v = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(v, 10)).toBe(1);
    expect(percentile(v, 50)).toBe(5);
    expect(percentile(v, 95)).toBe(10);
    expect(() => percentile([], 50)).toThrow();
  });

  it("ranks ties at their average and computes Spearman", () => {
    expect([...averageRanks([10, 20, 20, 5])]).toEqual([2, 3.5, 3.5, 1]);
    expect(spearman([1, 2, 3, 4], [10, 100, 1000, 10_000])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 12);
    expect(spearman([1, 2, 3], [5, 5, 5])).toBe(0);
  });

  it("bins in nice widths and ends the S-curve at 1", () => {
    expect(binWidth(0, 100, 30)).toBe(5);
    expect(binWidth(10, 11, 30)).toBe(0.05);
    const bins = histogram([1, 1.5, 2, 7, 9.9]);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(5);
    expect(bins[bins.length - 1]?.cumulative).toBe(1);
    expect(histogram([3, 3, 3])).toEqual([{ from: 2, to: 3, count: 3, cumulative: 1 }]);
  });
});

describe("selecting percentiles", () => {
  it("finds the values a sort would put at the given indexes, with many repeats", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(fc.integer({ min: -5, max: 40 }), { minLength: 1, maxLength: 400 }),
          fc.array(fc.double({ min: -1e6, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 400 }),
          fc.array(fc.constantFrom(0, 1e-9, 3, 3.5, 1e12), { minLength: 1, maxLength: 400 }),
          fc.array(fc.constantFrom(0, -0, 7), { minLength: 1, maxLength: 50 }),
          fc.array(fc.constantFrom(0, -5e-324, 5e-324, -1e308, 1e308), { minLength: 1, maxLength: 50 }),
        ),
        fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 1, maxLength: 12 }),
        (values, qs) => {
          const sorted = Float64Array.from(values).sort();
          const at = qs.map((q) => percentileIndex(values.length, q)).sort((a, b) => a - b);
          const picked = selectSorted(Float64Array.from(values), at);
          at.forEach((i, j) => {
            expect(Object.is(picked[j], sorted[i]), `${picked[j]} at ${i}`).toBe(true);
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("distributions and random streams", () => {
  it("the same seed and stream repeat; streams differ", () => {
    const a = new Rng(5, 0);
    const b = new Rng(5, 0);
    const c = new Rng(5, 1);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
    for (const x of xs) expect(x > 0 && x < 1).toBe(true);
    const filled = new Float64Array(7);
    const d = new Rng(5, 0);
    d.fill(filled.subarray(0, 5));
    d.fill(filled.subarray(5));
    const e = new Rng(5, 0);
    expect(Array.from(filled)).toEqual(Array.from({ length: 7 }, () => e.next()));
  });

  it("durations round as Math.round does", () => {
    const values = [0, 0.25, 0.49999999999999994, 0.5, 0.5000000000000001, 1.4999999999999998, 1.5, 2.5, 7.5];
    for (let k = 0; k < 2000; k++) values.push(k / 8, k / 3, 1e6 + k / 7, 2 ** 40 + k / 4, 2 ** 51 + 0.5 + k);
    for (const v of values) expect(roundDuration(v), String(v)).toBe(Math.round(v));
  });

  it("triangular and PERT quantiles span [min, max] and match their CDFs", () => {
    const t = new Triangular(2, 4, 9);
    expect(t.quantile(0)).toBe(2);
    expect(t.quantile(1)).toBe(9);
    expect(t.quantile(2 / 7)).toBeCloseTo(4, 12);
    const p = new PertBeta(2, 4, 12, new Map());
    expect(p.quantile(0)).toBe(2);
    expect(p.quantile(1)).toBe(12);
    // Beta(1.8, 4.2): numerical mean of the quantile function equals (a + 4m + b)/6.
    let mean = 0;
    const steps = 100_000;
    for (let k = 0; k < steps; k++) mean += p.quantile((k + 0.5) / steps);
    expect(mean / steps).toBeCloseTo(p.mean, 2);
    // Symmetric shape: the median is the mode.
    expect(new PertBeta(0, 5, 10, new Map()).quantile(0.5)).toBeCloseTo(5, 3);
  });
});
