import type { EstimateUnit } from "@keel/model";
import type { CommitmentGuidance, SprintOutcome } from "./types.js";

/** Closed sprints velocity is averaged over: recent enough to reflect the team as it is now. */
const BASIS_SPRINTS = 3;

const round1 = (x: number) => Math.round(x * 10) / 10;
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function quantity(n: number, unit: EstimateUnit): string {
  const word = unit === "hours" ? "hour" : "point";
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * How much a team should commit to, from its recent velocity (the mean completed estimate of the
 * last three closed sprints, `history` oldest first), scaled by this sprint's focused hours against
 * those sprints' when both are known: a sprint with a holiday and someone on leave gets less.
 */
export function commitmentGuidance(
  history: readonly SprintOutcome[],
  capacityHours: number | undefined,
  committed: number,
  unit: EstimateUnit,
): CommitmentGuidance {
  const recent = history.slice(-BASIS_SPRINTS).reverse();
  const basis = recent.map((o) => o.sprint);
  if (recent.length === 0) {
    return {
      velocity: undefined,
      recommended: undefined,
      committed,
      over: false,
      basis,
      message: `Committed ${quantity(committed, unit)}; there is no velocity yet, as no sprint has closed.`,
    };
  }
  const velocity = mean(recent.map((o) => o.completed));
  const capacities = recent.flatMap((o) =>
    o.capacityHours !== undefined && o.capacityHours > 0 ? [o.capacityHours] : [],
  );
  const scaled = capacityHours !== undefined && capacities.length > 0;
  const recommended = round1(scaled ? (velocity * capacityHours) / mean(capacities) : velocity);
  const over = committed > recommended;
  const sprints = recent.length === 1 ? "the last sprint" : `the last ${recent.length} sprints`;
  const why = scaled
    ? `velocity ${quantity(round1(velocity), unit)} over ${sprints}, scaled to this sprint's capacity`
    : `velocity over ${sprints}`;
  const verdict = over ? `${quantity(round1(committed - recommended), unit)} more than` : "within";
  return {
    velocity: round1(velocity),
    recommended,
    committed,
    over,
    basis,
    message: `Committed ${quantity(committed, unit)}, ${verdict} the ${quantity(recommended, unit)} recent velocity suggests (${why}).`,
  };
}
