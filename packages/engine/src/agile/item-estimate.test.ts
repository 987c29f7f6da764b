import type { BacklogItem } from "@keel/model";
import { describe, expect, it } from "vitest";
import { itemEstimate } from "./item-estimate.js";

const story: BacklogItem = {
  id: "A",
  name: "A",
  type: "story",
  status: "todo",
  rank: 0,
  points: 5,
  hours: 12,
};

describe("itemEstimate", () => {
  it("reads the team's unit, 0 when unestimated", () => {
    expect(itemEstimate(story, { estimateUnit: "points" })).toBe(5);
    expect(itemEstimate(story, { estimateUnit: "hours" })).toBe(12);
    expect(itemEstimate({ ...story, points: undefined }, { estimateUnit: "points" })).toBe(0);
    expect(itemEstimate({ ...story, hours: undefined }, { estimateUnit: "hours" })).toBe(0);
  });
});
