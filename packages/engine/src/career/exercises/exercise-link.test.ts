import { describe, expect, it } from "vitest";
import { exerciseLink } from "./exercise-link.js";

describe("exerciseLink", () => {
  it("opens the plan on the project's page and the other views beneath it", () => {
    expect(exerciseLink("p1", "plan")).toBe("/projects/p1");
    expect(exerciseLink("p1", "backlog")).toBe("/projects/p1/agile/backlog");
    expect(exerciseLink("p1", "agile-setup")).toBe("/projects/p1/agile/setup");
    expect(exerciseLink("a/b", "capacity")).toBe("/projects/a%2Fb/capacity");
  });
});
