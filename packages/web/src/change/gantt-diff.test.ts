import { describe, expect, it } from "vitest";
import { wallMinutes } from "../plan/timescale.js";
import { diffRows, diffScale, type MovedTask } from "./gantt-diff.js";

const rows: MovedTask[] = [
  {
    id: "api",
    name: "Build API",
    kind: "task",
    before: { start: "2027-03-04T09:00:00", finish: "2027-03-17T17:00:00", critical: true },
    after: { start: "2027-03-04T09:00:00", finish: "2027-03-24T17:00:00", critical: true },
  },
  {
    id: "review",
    name: "Review",
    kind: "task",
    before: null,
    after: { start: "2027-03-25T09:00:00", finish: "2027-03-26T17:00:00", critical: false },
  },
  {
    id: "launch",
    name: "Launch",
    kind: "milestone",
    before: { start: "2027-03-23T17:00:00", finish: "2027-03-23T17:00:00", critical: true },
    after: null,
  },
];

describe("the Gantt diff", () => {
  it("stretches the whole span over the width, ticked by the zoom that suits it", () => {
    const wide = diffScale(rows, [], 1200);
    expect(wide.x(wallMinutes("2027-03-04T09:00:00"))).toBeGreaterThan(0);
    expect(wide.width).toBeLessThanOrEqual(1200);
    expect(wide.width).toBeGreaterThan(1190);
    expect(wide.zoom).toBe("day");
    expect(diffScale(rows, [], 500).zoom).toBe("week");
    // The project finish counts too.
    const long = diffScale(rows, ["2027-09-30T17:00:00"], 500);
    expect(long.zoom).toBe("month");
    expect(long.x(wallMinutes("2027-09-30T17:00:00"))).toBeLessThan(500);
    // Ticks move with the stretch: the first of April is where the scale puts it.
    const april = long.ticks().find((t) => t.label === "Apr 2027");
    expect(april?.x).toBeCloseTo(long.x(wallMinutes("2027-04-01")));
  });

  it("does not stretch a short change beyond a readable day width", () => {
    const one = diffScale([rows[1] as MovedTask], [], 1200);
    expect(one.pxPerMinute * 1440).toBe(60);
  });

  it("puts the old and new bar of each task on the same scale", () => {
    const scale = diffScale(rows, [], 700);
    const pxPerDay = scale.pxPerMinute * 1440;
    const [api, review, launch] = diffRows(rows, scale);
    expect(api?.status).toBe("moved");
    expect(api?.before?.x).toBe(api?.after?.x);
    // A week longer.
    expect((api?.after?.width ?? 0) - (api?.before?.width ?? 0)).toBeCloseTo(7 * pxPerDay);
    expect(review).toMatchObject({ status: "added", before: undefined, after: { critical: false } });
    expect(launch).toMatchObject({
      status: "removed",
      after: undefined,
      before: { width: 0, critical: true },
    });
  });
});
