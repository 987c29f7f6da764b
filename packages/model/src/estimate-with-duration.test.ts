import { describe, expect, it } from "vitest";
import type { Duration, ThreePointEstimate } from "./duration.js";
import { scaleEstimate, withEstimateFollowingDuration, workingLengths } from "./estimate-with-duration.js";

const d = (value: number, unit: Duration["unit"] = "d", elapsed = false): Duration => ({
  value,
  unit,
  elapsed,
});
const est = (o: Duration, ml: Duration, p: Duration): ThreePointEstimate => ({
  optimistic: o,
  mostLikely: ml,
  pessimistic: p,
});

describe("scaleEstimate", () => {
  it("scales the three points so the most likely is the new duration", () => {
    expect(scaleEstimate(est(d(3), d(5), d(9)), d(10))).toEqual(est(d(6), d(10), d(18)));
    expect(scaleEstimate(est(d(3), d(5), d(9)), d(4))).toEqual(est(d(2.4), d(4), d(7.2)));
    expect(scaleEstimate(est(d(2), d(3), d(7)), d(1))).toEqual(est(d(0.67), d(1), d(2.33)));
  });

  it("writes the points in the new duration's unit, comparing the old ones by the working day and week", () => {
    // 4h/1d/1w is half a day, a day and five days; set to 16h.
    expect(scaleEstimate(est(d(4, "h"), d(1), d(1, "w")), d(16, "h"))).toEqual(
      est(d(8, "h"), d(16, "h"), d(80, "h")),
    );
    // With 6-hour days, 3h is half a day.
    expect(scaleEstimate(est(d(3, "h"), d(1), d(2)), d(2), workingLengths({ hoursPerDay: 6 }))).toEqual(
      est(d(1), d(2), d(4)),
    );
    expect(scaleEstimate(est(d(1, "d", true), d(2, "d", true), d(4, "d", true)), d(1, "w", true))).toEqual(
      est(d(0.5, "w", true), d(1, "w", true), d(2, "w", true)),
    );
  });

  it("moves the points by the new duration when the most likely was zero", () => {
    expect(scaleEstimate(est(d(0), d(0), d(2)), d(3))).toEqual(est(d(3), d(3), d(5)));
  });

  it("never rounds a point past the most likely", () => {
    const scaled = scaleEstimate(est(d(0.999), d(1), d(1.001)), d(1.005));
    expect(scaled.optimistic.value).toBeLessThanOrEqual(1.005);
    expect(scaled.pessimistic.value).toBeGreaterThanOrEqual(1.005);
  });
});

describe("withEstimateFollowingDuration", () => {
  const task = { duration: d(5), estimate: est(d(3), d(5), d(9)) };

  it("adds the scaled estimate to an update that sets the duration", () => {
    expect(withEstimateFollowingDuration(task, { duration: d(10), name: "Build" })).toEqual({
      duration: d(10),
      name: "Build",
      estimate: est(d(6), d(10), d(18)),
    });
  });

  it("leaves an update alone that sets or clears the estimate, or does not set the duration", () => {
    const both = { duration: d(7), estimate: est(d(1), d(7), d(8)) };
    expect(withEstimateFollowingDuration(task, both)).toBe(both);
    const cleared = { duration: d(7), estimate: null };
    expect(withEstimateFollowingDuration(task, cleared)).toBe(cleared);
    const named = { name: "Build" };
    expect(withEstimateFollowingDuration(task, named)).toBe(named);
    const nulled = { duration: null };
    expect(withEstimateFollowingDuration(task, nulled)).toBe(nulled);
  });

  it("leaves a task without an estimate, and an effort-driven one, alone", () => {
    const fields = { duration: d(7) };
    expect(withEstimateFollowingDuration({ duration: d(5) }, fields)).toBe(fields);
    expect(withEstimateFollowingDuration({ ...task, work: d(10) }, fields)).toBe(fields);
    // Clearing the work in the same update makes the duration the task's own again.
    expect(withEstimateFollowingDuration({ ...task, work: d(10) }, { ...fields, work: null })).toEqual({
      duration: d(7),
      work: null,
      estimate: est(d(4.2), d(7), d(12.6)),
    });
  });
});
