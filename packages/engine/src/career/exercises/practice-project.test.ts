import { describe, expect, it } from "vitest";
import { exerciseById } from "./exercise-by-id.js";
import { isPracticeProject, practiceProjectName } from "./practice-project.js";

describe("practice projects", () => {
  const sprint = exerciseById("two-week-sprint");

  it("are named after the exercise", () => {
    expect(practiceProjectName(sprint)).toBe("Practice: An end-to-end two-week sprint");
  });

  it("are known by that name, numbered or not, and by nothing else", () => {
    expect(isPracticeProject(sprint, "Practice: An end-to-end two-week sprint")).toBe(true);
    expect(isPracticeProject(sprint, "Practice: An end-to-end two-week sprint (3)")).toBe(true);
    expect(isPracticeProject(sprint, "Practice: An end-to-end two-week sprint (copy)")).toBe(false);
    expect(isPracticeProject(sprint, "Practice: An end-to-end two-week sprint for App")).toBe(false);
    expect(isPracticeProject(exerciseById("risk-register"), "Practice: An end-to-end two-week sprint")).toBe(
      false,
    );
  });
});
