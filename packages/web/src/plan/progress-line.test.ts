import { describe, expect, it } from "vitest";
import {
  finishMinute,
  type LineTask,
  progressLinePath,
  progressVertices,
  statusMinute,
} from "./progress-line.js";
import { Timescale, wallMinutes } from "./timescale.js";

const DAY = 1440;
const origin = wallMinutes("2027-03-01");
// 40 px a day from Mar 1.
const scale = new Timescale("day", origin, origin + 60 * DAY);
const span = (from: number, to: number) => ({ start: origin + from * DAY, finish: origin + to * DAY });
const task = (row: number, fields: Partial<LineTask>): LineTask => ({
  row,
  kind: "task",
  state: "in progress",
  percent: 0,
  ...span(0, 10),
  ...fields,
});

describe("statusMinute and finishMinute", () => {
  it("read a bare date as the end of that day", () => {
    expect(statusMinute("2027-03-10") - origin).toBe(10 * DAY);
    expect(statusMinute("2027-03-10T12:00") - origin).toBe(9 * DAY + 720);
    expect(finishMinute("2027-03-05") - origin).toBe(5 * DAY);
  });
});

describe("progressVertices", () => {
  const status = origin + 10 * DAY;

  it("bends to the point each unfinished task's percent complete reaches on its span", () => {
    const vertices = progressVertices(
      [
        task(0, { state: "complete", percent: 100 }),
        task(1, { percent: 20 }),
        task(2, { state: "not started", ...span(4, 8) }),
        task(3, { state: "not started", ...span(12, 14) }),
        task(4, { percent: 50, ...span(8, 16) }),
        task(5, { kind: "summary", percent: 10 }),
        task(6, { kind: "milestone", state: "not started", ...span(5, 5) }),
      ],
      status,
      scale,
    );
    // Row 1 is behind (20 % of 10 days is day 2), row 2 should have started on day 4, row 4 is ahead.
    expect(vertices).toEqual([
      { row: 1, x: 80 },
      { row: 2, x: 160 },
      { row: 4, x: 480 },
    ]);
  });

  it("leaves a task exactly on schedule on the line", () => {
    expect(progressVertices([task(0, { percent: 100 })], status, scale)).toEqual([]);
    expect(progressVertices([task(0, { percent: 50, ...span(5, 15) })], status, scale)).toEqual([]);
  });
});

describe("progressLinePath", () => {
  it("runs down the status date and out to each vertex in the middle of its row", () => {
    expect(progressLinePath([{ row: 1, x: 80 }], 400, 3)).toBe("M400,0 L400,32 L80,45 L400,58 L400,90");
    expect(progressLinePath([], 400.04, 2)).toBe("M400,0 L400,60");
  });
});
