import { describe, expect, it } from "vitest";
import { commitmentGuidance } from "./commitment-guidance.js";
import type { SprintOutcome } from "./types.js";

const outcome = (sprint: string, completed: number, capacityHours?: number): SprintOutcome => ({
  sprint,
  name: sprint,
  committed: 30,
  completed,
  capacityHours,
});

describe("commitmentGuidance", () => {
  it("says there is no velocity without closed sprints", () => {
    expect(commitmentGuidance([], 200, 34, "points")).toEqual({
      velocity: undefined,
      recommended: undefined,
      committed: 34,
      over: false,
      basis: [],
      message: "Committed 34 points; there is no velocity yet, as no sprint has closed.",
    });
  });

  it("averages the last three sprints and scales by capacity", () => {
    const history = [
      outcome("s1", 50, 100),
      outcome("s2", 24, 200),
      outcome("s3", 30, 200),
      outcome("s4", 27, 250),
    ];
    // Velocity (24 + 30 + 27) / 3 = 27 over 650 / 3 hours; this sprint has 180 hours: 27 × 180 / 216.67 = 22.4.
    const g = commitmentGuidance(history, 180, 34, "points");
    expect(g).toMatchObject({
      velocity: 27,
      recommended: 22.4,
      committed: 34,
      over: true,
      basis: ["s4", "s3", "s2"],
    });
    expect(g.message).toBe(
      "Committed 34 points, 11.6 points more than the 22.4 points recent velocity suggests (velocity 27 points over the last 3 sprints, scaled to this sprint's capacity).",
    );
  });

  it("uses plain velocity when the capacity is unknown, and is not over at exactly the recommendation", () => {
    const g = commitmentGuidance([outcome("s1", 12.25)], undefined, 12.3, "hours");
    expect(g).toMatchObject({ velocity: 12.3, recommended: 12.3, over: false, basis: ["s1"] });
    expect(g.message).toBe(
      "Committed 12.3 hours, within the 12.3 hours recent velocity suggests (velocity over the last sprint).",
    );
    // History without capacities cannot be scaled either.
    expect(commitmentGuidance([outcome("s1", 20)], 300, 25, "points")).toMatchObject({
      recommended: 20,
      over: true,
    });
  });
});
