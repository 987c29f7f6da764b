import { describe, expect, it } from "vitest";
import { backtestThroughput } from "./backtest.js";
import { Rng } from "./rng.js";

function history(from: number, to: number, perDay: (day: number) => number): number[] {
  const out: number[] = [];
  for (let d = from; d < to; d++) for (let k = 0; k < perDay(d); k++) out.push(d);
  return out;
}

describe("throughput backtest", () => {
  it("counts hits exactly when throughput is constant and then stops", () => {
    // Two items a day on days 0…199, then nothing. Cuts every 7 days from day 28 to 196: 25 cuts.
    // Every window before a cut ≤ 200 is constant, so every forecast is exact (28 items in 2 weeks,
    // 56 in 4); it is met when the horizon ends by day 200: cut ≤ 186 (23 cuts) and cut ≤ 172 (21).
    const h = history(0, 200, () => 2);
    const r = backtestThroughput(h, { window: 28, horizonsWeeks: [2, 4], from: 28, to: 200, iterations: 50 });
    expect(r.skipped).toBe(0);
    expect([r.window, r.sampling, r.blockDays, r.excludeWeekends]).toEqual([28, "daily", undefined, false]);
    expect(r.horizons).toEqual([
      { weeks: 2, cuts: 25, hitRate: { p50: 23 / 25, p85: 23 / 25, p95: 23 / 25 } },
      { weeks: 4, cuts: 25, hitRate: { p50: 21 / 25, p85: 21 / 25, p95: 21 / 25 } },
    ]);
  });

  it("skips cuts whose window holds no throughput, and refuses a history too short", () => {
    const h = history(0, 100, () => 1);
    const r = backtestThroughput(h, { window: 14, horizonsWeeks: [1], from: 120, to: 140, iterations: 10 });
    expect(r.skipped).toBe(3);
    expect(r.horizons[0]?.cuts).toBe(0);
    expect(() => backtestThroughput(h, { window: 84, horizonsWeeks: [8] })).toThrow(/too short to backtest/);
    expect(() => backtestThroughput([])).toThrow(/history is empty/);
  });

  it("is roughly calibrated when daily throughput is drawn from one fixed distribution", () => {
    const rng = new Rng(42, 0);
    const h = history(0, 1500, () => [0, 0, 1, 1, 2, 3, 5][Math.floor(rng.next() * 7)] as number);
    const r = backtestThroughput(h, { window: 364, horizonsWeeks: [4], iterations: 1000, step: 7 });
    const rate = r.horizons[0]?.hitRate;
    expect(r.horizons[0]?.cuts).toBeGreaterThan(100);
    expect(rate?.p50).toBeGreaterThan(0.4);
    expect(rate?.p50).toBeLessThan(0.7);
    expect(rate?.p85).toBeGreaterThan(0.75);
    expect(rate?.p95).toBeGreaterThan(0.88);
    expect(rate?.p95).toBeGreaterThanOrEqual(rate?.p85 ?? 1);
  });

  it("is about calibrated with blocks, not with single days, when good and bad weeks come in runs", () => {
    // Runs of 1 to 6 weeks at a rate of 0 to 3 items a day, noisy day by day, for four years.
    const rng = new Rng(8, 0);
    const rates: number[] = [];
    while (rates.length < 1500) {
      const rate = Math.floor(rng.next() * 4);
      const length = 7 * (1 + Math.floor(rng.next() * 6));
      for (let d = 0; d < length; d++) rates.push(rate);
    }
    const counts = rates.slice(0, 1500).map((rate) => Math.floor(rng.next() * (2 * rate + 1)));
    const h = history(0, 1500, (d) => counts[d] as number);
    const run = (sampling: "daily" | "block") =>
      backtestThroughput(h, { sampling, window: 252, horizonsWeeks: [2, 8], iterations: 500 });
    const daily = run("daily");
    const blocks = run("block");
    expect([blocks.sampling, blocks.blockDays]).toEqual(["block", 28]);
    for (const [i, horizon] of blocks.horizons.entries()) {
      expect(horizon.cuts).toBeGreaterThan(150);
      expect(horizon.hitRate.p85).toBeGreaterThan(0.8);
      expect(horizon.hitRate.p85).toBeLessThan(0.92);
      expect(horizon.hitRate.p95).toBeGreaterThan(0.9);
      expect(daily.horizons[i]?.hitRate.p85).toBeLessThan(0.72);
    }
  });
});
