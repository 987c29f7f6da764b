import type { Risk, RiskScales, RiskScore } from "@keel/model";

/** Probability level × impact level: 1 to 25 on 5 × 5 scales. */
export function exposure(score: RiskScore): number {
  return score.probability * score.impact;
}

/** The score after the response, or the score before it when no response has been scored. */
export function residualScore(risk: Risk): RiskScore {
  return risk.residual ?? { probability: risk.probability, impact: risk.impact };
}

export type ExposureBand = "low" | "medium" | "high";

/**
 * Bands by the share of the largest possible exposure, so they mean the same on any scale: on 5 × 5,
 * high is 15 and above (a likely major risk), medium 6 to 14, low up to 5.
 */
export function exposureBand(value: number, scales: RiskScales): ExposureBand {
  const share = value / (scales.probability.length * scales.impact.length);
  if (share >= 0.6) return "high";
  if (share >= 0.24) return "medium";
  return "low";
}
