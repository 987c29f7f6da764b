import type { EvidenceMeasure, LocalDate } from "@keel/model";
import { EXERCISE_EVIDENCE_RULE, EXERCISES } from "../data/exercises.js";
import type { Exercise } from "../exercises/exercise.js";
import { exerciseLink } from "../exercises/exercise-link.js";
import { exerciseProgress } from "../exercises/exercise-progress.js";
import { countsForExercise } from "../exercises/exercise-standing.js";
import type { ProjectFacts } from "../exercises/project-facts.js";
import type { EvidenceSuggestion, ProjectActivity } from "./project-activity.js";
import { suggestion } from "./suggestion-parts.js";

/** The token's number when the project's data answers it exactly; undefined leaves it to the person. */
function known(exercise: Exercise, facts: ProjectFacts, token: string | undefined): number | undefined {
  const fact = token === undefined ? undefined : exercise.proposedEvidence.fromData?.[token];
  return fact === undefined ? undefined : fact(facts);
}

/**
 * The evidence an exercise proposes once it is done on a project: its template with the numbers
 * the project's data answers exactly filled in (a metric counts only when its number is known),
 * every other placeholder left for the person. On a practice project, only the exercise it was
 * started from proposes anything. One per exercise and project, referenced by the
 * exercise's id; dated the day it is seen done, as the data keeps no day of completion.
 */
export function exerciseDone(activity: ProjectActivity, today: LocalDate): EvidenceSuggestion[] {
  const facts = activity.exerciseFacts;
  if (facts === undefined) return [];
  const own = activity.practiceExercise;
  return EXERCISES.filter((e) => countsForExercise(e.id, own) && exerciseProgress(e, facts).done).map(
    (exercise) => {
      const t = exercise.proposedEvidence;
      const fill = (text: string) =>
        text.replace(/\[[^\]]+\]/g, (token) => String(known(exercise, facts, token) ?? token));
      const metrics = t.metrics.flatMap((m): EvidenceMeasure[] => {
        const value = known(exercise, facts, m.value);
        return value === undefined
          ? []
          : [{ name: m.name, value, ...(m.unit === undefined ? {} : { unit: m.unit }) }];
      });
      const people = known(exercise, facts, t.scale.people);
      const durationWeeks = known(exercise, facts, t.scale.durationWeeks);
      return suggestion(
        activity,
        EXERCISE_EVIDENCE_RULE,
        exercise.id,
        { link: exerciseLink(activity.projectId, exercise.opens.view) },
        {
          title: fill(t.title),
          situation: fill(t.situation),
          action: fill(t.action),
          result: fill(t.result),
          metrics,
          scale: {
            ...(people === undefined ? {} : { people }),
            ...(durationWeeks === undefined ? {} : { durationWeeks }),
          },
          competencies: t.competencies,
          date: today,
        },
      );
    },
  );
}
