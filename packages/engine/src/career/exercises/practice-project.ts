import type { Exercise } from "./exercise.js";

/** The name a practice project starts with: its starter plan's, "Practice: <exercise title>". */
export const practiceProjectName = (exercise: Exercise): string => `Practice: ${exercise.title}`;
