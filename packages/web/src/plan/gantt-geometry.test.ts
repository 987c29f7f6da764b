import type { TaskResult } from "@keel/engine";
import { describe, expect, it } from "vitest";
import { barGeometry, linkPath, ROW_HEIGHT } from "./gantt-geometry.js";
import { Timescale, wallMinutes } from "./timescale.js";

const scale = new Timescale("day", wallMinutes("2027-01-01"), wallMinutes("2027-02-01"));
const task = (start: string, finish: string, lateFinish = finish): TaskResult => ({
  id: "t",
  name: "t",
  kind: "task",
  parent: null,
  start,
  finish,
  earlyStart: start,
  earlyFinish: finish,
  lateStart: start,
  lateFinish,
  durationMinutes: 480,
  totalFloatMinutes: 0,
  freeFloatMinutes: 0,
  critical: false,
});

describe("Gantt geometry", () => {
  it("draws a bar from start to finish and the float up to the late finish", () => {
    const bar = barGeometry(task("2027-01-04T09:00", "2027-01-04T17:00", "2027-01-06T17:00"), scale);
    expect(bar.x).toBe(3 * 40 + 15);
    expect(bar.width).toBeCloseTo((8 / 24) * 40);
    expect(bar.floatWidth).toBe(80);
  });

  it("starts each link type at the right end of the predecessor and ends at the right end of the successor", () => {
    const a = { bar: barGeometry(task("2027-01-04T00:00", "2027-01-05T00:00"), scale), row: 0 };
    const b = { bar: barGeometry(task("2027-01-06T00:00", "2027-01-07T00:00"), scale), row: 2 };
    const ends = (path: string) => {
      const numbers = path.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
      return { x1: numbers[0], y1: numbers[1], x2: numbers[numbers.length - 1] };
    };
    expect(ends(linkPath("FS", a, b))).toEqual({ x1: 160, y1: ROW_HEIGHT / 2, x2: 200 });
    expect(ends(linkPath("SS", a, b))).toMatchObject({ x1: 120, x2: 200 });
    expect(ends(linkPath("FF", a, b))).toMatchObject({ x1: 160, x2: 240 });
    expect(ends(linkPath("SF", a, b))).toMatchObject({ x1: 120, x2: 240 });
    expect(linkPath("FS", a, b).endsWith(`V${2 * ROW_HEIGHT + ROW_HEIGHT / 2} H200`)).toBe(true);
  });
});
