import { describe, expect, it } from "vitest";
import { exerciseById } from "./exercise-by-id.js";
import { practiceProjectName } from "./practice-project.js";

describe("practice projects", () => {
  const sprint = exerciseById("two-week-sprint");

  it("are named after the exercise", () => {
    expect(practiceProjectName(sprint)).toBe("Practice: An end-to-end two-week sprint");
  });
});
