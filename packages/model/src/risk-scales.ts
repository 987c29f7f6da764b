import { z } from "zod";

/** One level of a probability scale; `chance` (0–1) is what a schedule forecast draws for it. */
export interface ProbabilityLevel {
  readonly label: string;
  readonly chance: number;
}

export interface ImpactLevel {
  readonly label: string;
}

/**
 * The scales risks are scored on: level n (from 1) is entry n − 1. Exposure is probability level ×
 * impact level, so a 5 × 5 register scores from 1 to 25.
 */
export interface RiskScales {
  readonly probability: readonly ProbabilityLevel[];
  readonly impact: readonly ImpactLevel[];
}

/** The usual 1–5 scales; chances are the middle of each level's band (0–20 %, 20–40 %…). */
export const DEFAULT_RISK_SCALES: RiskScales = {
  probability: [
    { label: "Rare", chance: 0.1 },
    { label: "Unlikely", chance: 0.3 },
    { label: "Possible", chance: 0.5 },
    { label: "Likely", chance: 0.7 },
    { label: "Almost certain", chance: 0.9 },
  ],
  impact: [
    { label: "Negligible" },
    { label: "Minor" },
    { label: "Moderate" },
    { label: "Major" },
    { label: "Severe" },
  ],
};

export const riskScalesSchema = z.strictObject({
  probability: z
    .array(z.strictObject({ label: z.string().min(1), chance: z.number().min(0).max(1) }))
    .min(2)
    .max(10),
  impact: z
    .array(z.strictObject({ label: z.string().min(1) }))
    .min(2)
    .max(10),
});
