import { describe, expect, it } from "vitest";
import { EXERCISES } from "../data/exercises.js";
import { exerciseById } from "./exercise-by-id.js";
import { countsForExercise, type ExerciseProject, exerciseStanding } from "./exercise-standing.js";
import { NO_FACTS } from "./project-facts-fixture.js";

/** The sprint exercise's practice project as it starts: a team workflow and twelve stories with acceptance criteria. */
const sprintPractice: ExerciseProject = {
  projectId: "sprint",
  projectName: "Practice: Run an end-to-end two-week sprint",
  facts: { ...NO_FACTS, workflowStates: 5, backlogItems: 12, requirementsWithAcceptanceCriteria: 12 },
  practiceExercise: "two-week-sprint",
};
/** A project of the person's own with a little backlog: some checks met, none done. */
const own: ExerciseProject = {
  projectId: "own",
  projectName: "Payments",
  facts: { ...NO_FACTS, workflowStates: 4, backlogItems: 3, requirementsWithAcceptanceCriteria: 2 },
};

describe("where an exercise stands across the person's projects", () => {
  it("does not credit a practice project with exercises its starter meets by itself", () => {
    for (const id of ["configure-tracker", "requirements-document"] as const) {
      const { progress, best } = exerciseStanding(exerciseById(id), [sprintPractice, own]);
      expect(progress.map((p) => p.projectId)).toEqual(["own"]);
      expect(best).toMatchObject({ projectId: "own", done: false, practice: false });
    }
    // Alone, the sprint's practice project leaves them with nothing to show.
    expect(exerciseStanding(exerciseById("requirements-document"), [sprintPractice])).toEqual({
      progress: [],
      best: null,
    });
  });

  it("counts a practice project for the exercise it was started from", () => {
    const { progress, best } = exerciseStanding(exerciseById("two-week-sprint"), [own, sprintPractice]);
    expect(progress.map((p) => [p.projectId, p.practice, p.done])).toEqual([
      ["own", false, false],
      ["sprint", true, false],
    ]);
    // Neither has met a check: the practice project made for it is the one to go back to.
    expect(best?.projectId).toBe("sprint");
  });

  it("counts the person's own projects for every exercise, done ones first", () => {
    const real: ExerciseProject = { ...sprintPractice, projectId: "real", practiceExercise: undefined };
    for (const id of ["configure-tracker", "requirements-document"] as const) {
      const { progress, best } = exerciseStanding(exerciseById(id), [own, sprintPractice, real]);
      expect(progress.map((p) => p.projectId)).toEqual(["own", "real"]);
      expect(best).toMatchObject({ projectId: "real", done: true, practice: false });
    }
  });

  it("lets every exercise count the person's projects and only its own practice projects", () => {
    for (const e of EXERCISES) {
      expect(countsForExercise(e.id, undefined)).toBe(true);
      expect(countsForExercise(e.id, e.id)).toBe(true);
      for (const other of EXERCISES.filter((o) => o.id !== e.id))
        expect(countsForExercise(e.id, other.id)).toBe(false);
    }
  });
});
