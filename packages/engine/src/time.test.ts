import { MAX_YEAR, MIN_YEAR } from "@keel/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatWall, MINUTES_PER_DAY, parseWall, type WallMinute } from "./time.js";

/** The reference: the same fields as `Date#toISOString` gives them. */
function formatWithDate(t: number): string {
  const day = Math.floor(t / MINUTES_PER_DAY);
  const m = t - day * MINUTES_PER_DAY;
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
  return `${date}T${pad(Math.floor(m / 60))}:${pad(m % 60)}:00`;
}

const first = Date.UTC(MIN_YEAR, 0, 1) / 60_000;
const end = Date.UTC(MAX_YEAR + 1, 0, 1) / 60_000;

describe("formatWall", () => {
  it("formats as Date does over the supported years", () => {
    fc.assert(
      fc.property(fc.integer({ min: first, max: end - 1 }), (t) => {
        expect(formatWall(t as WallMinute)).toBe(formatWithDate(t));
      }),
      { numRuns: 20_000 },
    );
  });

  it("formats every day's first and last minute as Date does", () => {
    const wrong: string[] = [];
    for (let t = first; t < end; t += MINUTES_PER_DAY) {
      for (const u of [t, t + MINUTES_PER_DAY - 1]) {
        if (formatWall(u as WallMinute) !== formatWithDate(u)) wrong.push(formatWithDate(u));
      }
    }
    expect(wrong).toEqual([]);
  });

  it("reads back what it writes", () => {
    expect(formatWall(parseWall("2028-02-29T23:59"))).toBe("2028-02-29T23:59:00");
    expect(formatWall(parseWall("1900-03-01"))).toBe("1900-03-01T00:00:00");
  });
});
