import type { CommitmentGuidance, SprintCapacity } from "@keel/engine";
import { describe, expect, it } from "vitest";
import { commitment } from "./commitment.js";

const capacity = { members: [], focusFactor: 0.7, workingDays: 10, hours: 112 } as SprintCapacity;
const noHistory: CommitmentGuidance = {
  velocity: undefined,
  recommended: undefined,
  committed: 0,
  over: false,
  basis: [],
  message: "",
};

describe("sprint commitment", () => {
  it("holds the sprint to the velocity's recommendation when there is one", () => {
    const guidance = {
      ...noHistory,
      velocity: 30,
      recommended: 27,
      basis: ["S1"],
      message: "Committed 34 points; recent velocity suggests 27.",
    };
    expect(commitment(27, guidance, capacity, "points")).toMatchObject({
      limit: 27,
      over: false,
      basis: "velocity",
    });
    expect(commitment(34, guidance, capacity, "points")).toMatchObject({
      over: true,
      message: guidance.message,
    });
  });

  it("holds an hours team without history to its focused hours", () => {
    expect(commitment(100, noHistory, capacity, "hours")).toMatchObject({ limit: 112, over: false });
    const over = commitment(120, noHistory, capacity, "hours");
    expect(over.over).toBe(true);
    expect(over.message).toBe("Committed 120 h of the team's 112 h of focused time.");
  });

  it("cannot judge points without history, and says so", () => {
    const c = commitment(40, noHistory, capacity, "points");
    expect(c).toMatchObject({ limit: undefined, over: false });
    expect(c.message).toMatch(/^Committed 40 points\. No closed sprint yet/);
  });
});
