import type { Exercise } from "./exercise.js";

/** The name a practice project starts with: its starter plan's, "Practice: <exercise title>". */
export const practiceProjectName = (exercise: Exercise): string => `Practice: ${exercise.title}`;

/** Whether a project is a practice project of the exercise by its name, "(2)" and so on included; a renamed one is not. */
export function isPracticeProject(exercise: Exercise, projectName: string): boolean {
  const name = practiceProjectName(exercise);
  return (
    projectName === name ||
    (projectName.startsWith(`${name} (`) && /^ \(\d+\)$/.test(projectName.slice(name.length)))
  );
}
