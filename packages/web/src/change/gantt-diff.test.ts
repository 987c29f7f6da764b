import { describe, expect, it } from "vitest";
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
  it("picks the closest zoom at which the whole span fits", () => {
    expect(diffScale(rows, [], 2000).zoom).toBe("day");
    expect(diffScale(rows, [], 700).zoom).toBe("week");
    expect(diffScale(rows, [], 100).zoom).toBe("quarter");
    // The project finish counts too.
    expect(diffScale(rows, ["2027-05-31T17:00:00"], 700).zoom).toBe("month");
  });

  it("puts the old and new bar of each task on the same scale", () => {
    const scale = diffScale(rows, [], 700);
    const [api, review, launch] = diffRows(rows, scale);
    expect(api?.status).toBe("moved");
    expect(api?.before?.x).toBe(api?.after?.x);
    // A week longer: 7 days at 14 px a day.
    expect((api?.after?.width ?? 0) - (api?.before?.width ?? 0)).toBeCloseTo(98);
    expect(review).toMatchObject({ status: "added", before: undefined, after: { critical: false } });
    expect(launch).toMatchObject({
      status: "removed",
      after: undefined,
      before: { width: 0, critical: true },
    });
  });
});
