import { describe, expect, it } from "vitest";
import { Rng } from "./rng.js";
import { BlockWalk } from "./throughput-blocks.js";

/** The window indices one run replays for forecast offsets 0 … days − 1. */
function walkOnce(walk: BlockWalk, rng: Rng, days: number): number[] {
  walk.restart();
  return Array.from({ length: days }, () => walk.next(rng));
}

describe("block walk", () => {
  it("replays contiguous runs of the window, a new block every blockDays days, wrapping at its end", () => {
    const walk = new BlockWalk(28, 10);
    const rng = new Rng(3, 0);
    for (let run = 0; run < 200; run++) {
      const path = walkOnce(walk, rng, 45);
      expect(path).toHaveLength(45);
      path.forEach((index, offset) => {
        expect(index).toBeGreaterThanOrEqual(0);
        expect(index).toBeLessThan(28);
        // Within a block each day follows the previous one in the window (day 27 is followed by day 0).
        if (offset % 10 !== 0) expect(index).toBe(((path[offset - 1] as number) + 1) % 28);
      });
    }
  });

  it("keeps weekdays: window index and forecast offset agree modulo 7", () => {
    const walk = new BlockWalk(63, 12);
    const rng = new Rng(5, 0);
    for (let run = 0; run < 100; run++) {
      walkOnce(walk, rng, 60).forEach((index, offset) => {
        expect(index % 7).toBe(offset % 7);
      });
    }
  });

  it("starts blocks on every week of the window, the most recent included", () => {
    const walk = new BlockWalk(84, 28);
    const rng = new Rng(1, 0);
    const starts = new Set<number>();
    let lastDay = 0;
    for (let run = 0; run < 500; run++) {
      const path = walkOnce(walk, rng, 28);
      starts.add(path[0] as number);
      if (path.includes(83)) lastDay++;
    }
    expect([...starts].sort((a, b) => a - b)).toEqual([0, 7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 77]);
    // Circular: a 28-day block covers the window's last day from any of 4 of the 12 starts.
    expect(lastDay / 500).toBeGreaterThan(0.25);
    expect(lastDay / 500).toBeLessThan(0.42);
  });

  it("is reproducible from the random stream, and differs between streams", () => {
    const walk = new BlockWalk(140, 14);
    const a = walkOnce(walk, new Rng(9, 4), 70);
    expect(walkOnce(walk, new Rng(9, 4), 70)).toEqual(a);
    expect(walkOnce(walk, new Rng(9, 5), 70)).not.toEqual(a);
  });

  it("needs a window of whole weeks, and caps a block at the window", () => {
    expect(() => new BlockWalk(30, 7)).toThrow(RangeError);
    expect(() => new BlockWalk(0, 7)).toThrow(RangeError);
    expect(() => new BlockWalk(14, 0)).toThrow(RangeError);
    const walk = new BlockWalk(14, 100);
    expect(walk.blockDays).toBe(14);
    const path = walkOnce(walk, new Rng(2, 0), 28);
    // Two blocks of the whole window, each starting on offset 0's weekday: 0 or 7.
    expect([0, 7]).toContain(path[0]);
    expect([0, 7]).toContain(path[14]);
  });
});
