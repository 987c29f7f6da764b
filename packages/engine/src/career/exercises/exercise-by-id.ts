import { EXERCISES, type ExerciseId } from "../data/exercises.js";
import type { Exercise } from "./exercise.js";

export function exerciseById(id: ExerciseId): Exercise {
  const exercise = EXERCISES.find((e) => e.id === id);
  if (exercise === undefined) throw new Error(`no exercise data for ${id}`);
  return exercise;
}
