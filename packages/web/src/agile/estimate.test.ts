import { describe, expect, it } from "vitest";
import { estimateOf, formatEstimate, parseEstimate, sumEstimates } from "./estimate.js";

describe("estimates", () => {
  it("reads and sums the estimate in the team's unit only", () => {
    const items = [{ points: 3, hours: 10 }, { points: 5 }, { hours: 4 }];
    expect(estimateOf(items[0] ?? {}, "hours")).toBe(10);
    expect(sumEstimates(items, "points")).toBe(8);
    expect(sumEstimates(items, "hours")).toBe(14);
  });

  it("says the unit, singular for one point", () => {
    expect(formatEstimate(1, "points")).toBe("1 point");
    expect(formatEstimate(13, "points")).toBe("13 points");
    expect(formatEstimate(7.25, "hours")).toBe("7.3 h");
  });

  it("reads typed estimates, empty as none, refusing negatives and words", () => {
    expect(parseEstimate(" 5 ")).toEqual({ value: 5 });
    expect(parseEstimate("2,5")).toEqual({ value: 2.5 });
    expect(parseEstimate("")).toEqual({ value: undefined });
    expect(parseEstimate("-1")).toHaveProperty("error");
    expect(parseEstimate("five")).toHaveProperty("error");
  });
});
