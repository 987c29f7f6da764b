import type { LocalDate, Sprint } from "@keel/model";
import { describe, expect, it } from "vitest";
import { sprintOutcome, velocity } from "./velocity.js";

const sprint: Sprint = {
  id: "s1",
  name: "Sprint 1",
  start: "2027-01-04" as LocalDate,
  finish: "2027-01-15" as LocalDate,
  state: "closed",
  committed: [
    { item: "A", estimate: 5 },
    { item: "B", estimate: 8 },
  ],
  completed: [{ item: "A", estimate: 5 }],
};

describe("velocity", () => {
  it("sums a sprint's committed and completed records", () => {
    expect(sprintOutcome(sprint, 120)).toEqual({
      sprint: "s1",
      name: "Sprint 1",
      committed: 13,
      completed: 5,
      capacityHours: 120,
    });
    expect(sprintOutcome({ ...sprint, committed: undefined, completed: undefined })).toEqual({
      sprint: "s1",
      name: "Sprint 1",
      committed: 0,
      completed: 0,
    });
  });

  it("charts committed against completed per sprint, in order", () => {
    const outcomes = [sprintOutcome(sprint, 120), sprintOutcome({ ...sprint, id: "s2", name: "Sprint 2" })];
    expect(velocity(outcomes)).toEqual([
      { sprint: "s1", name: "Sprint 1", committed: 13, completed: 5 },
      { sprint: "s2", name: "Sprint 2", committed: 13, completed: 5 },
    ]);
  });
});
