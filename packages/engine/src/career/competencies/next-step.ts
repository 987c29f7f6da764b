import { EXERCISES } from "../data/exercises.js";
import type { StepWhen } from "../eligibility/path-steps.js";
import type { RecommendedPath } from "../eligibility/recommended-path.js";
import type { Competency } from "./competency.js";

/** The next concrete thing to do about a gap: an exercise, a certification, or evidence to record. */
export interface NextStep {
  readonly kind: "exercise" | "certification" | "evidence";
  /** An exercise id, a certification id, or (for evidence) the competency id. */
  readonly id: string;
  readonly text: string;
}

/**
 * A certification on the recommended path when its exam tests the competency and none is held
 * yet; else the first exercise Keel can run that trains it (its own practice first); else a win
 * to record. Texts come from the data only, so nothing is promised that Keel cannot show.
 */
export function nextStep(competency: Competency, path: () => RecommendedPath, certified: boolean): NextStep {
  if (competency.certifications !== undefined && !certified) {
    const p = path();
    const step = p.steps.find((s) => competency.certifications?.includes(s.id));
    if (step !== undefined) {
      return {
        kind: "certification",
        id: step.id,
        text: `${step.name} (${step.id}), ${whenText(step.when)}: on the recommended path for this role, ${p.summary}`,
      };
    }
  }
  const trains = EXERCISES.filter((e) => e.competencies.includes(competency.id)).sort(
    (a, b) => Number(b.id === competency.practice) - Number(a.id === competency.practice),
  );
  const exercise = trains.find((e) => e.available);
  if (exercise !== undefined) {
    const where =
      exercise.opens.template === "new"
        ? `the ${exercise.opens.view} view on a new project`
        : `the ${exercise.opens.view} view with examples/${exercise.opens.template}`;
    return {
      kind: "exercise",
      id: exercise.id,
      text: `Practise "${exercise.title}" in ${where}. Done when: ${exercise.doneWhen}`,
    };
  }
  const missing = trains.find((e) => e.id === competency.practice);
  const later =
    missing?.because === undefined ? "" : ` (The "${missing.title}" exercise waits: ${missing.because})`;
  return {
    kind: "evidence",
    id: competency.id,
    text: `Record a win from your own work for "${competency.name}": ${competency.description} Give its situation, action, result and a number.${later}`,
  };
}

function whenText(when: StepWhen): string {
  if (when === "now") return "eligible now";
  if (when === "after-training") return "after the training it asks for";
  if (when === "after-certification") return "after a qualifying certification";
  return `eligible from ${when}`;
}
