import { DEFAULT_RISK_SCALES, type Plan, type RiskScales } from "@keel/model";

/** The scales the plan's risks are scored on. */
export function riskScales(plan: Pick<Plan, "project">): RiskScales {
  return plan.project.riskScales ?? DEFAULT_RISK_SCALES;
}

/** Names a score outside its scale; undefined when every level fits. */
export function scoreOutsideScales(
  score: { readonly probability: number; readonly impact: number },
  scales: RiskScales,
): string | undefined {
  const p = scales.probability.length;
  const i = scales.impact.length;
  if (!Number.isInteger(score.probability) || score.probability < 1 || score.probability > p) {
    return `probability ${score.probability} is outside the probability scale; expected a level from 1 to ${p}`;
  }
  if (!Number.isInteger(score.impact) || score.impact < 1 || score.impact > i) {
    return `impact ${score.impact} is outside the impact scale; expected a level from 1 to ${i}`;
  }
  return undefined;
}
