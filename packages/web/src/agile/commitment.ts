import type { CommitmentGuidance, SprintCapacity } from "@keel/engine";
import type { EstimateUnit } from "@keel/model";
import { formatEstimate } from "./estimate.js";

export interface Commitment {
  readonly committed: number;
  /** What the sprint should take: the velocity's recommendation, else (in hours) the team's focused hours. */
  readonly limit: number | undefined;
  readonly basis: "velocity" | "capacity" | undefined;
  readonly over: boolean;
  readonly message: string;
}

/**
 * Whether a sprint holds more than the team can take. Recent velocity decides when there is any;
 * a team that estimates in hours and has no history is held to its focused hours; points with no
 * history cannot be compared with hours, so there is only the figure.
 */
export function commitment(
  committed: number,
  guidance: CommitmentGuidance,
  capacity: SprintCapacity,
  unit: EstimateUnit,
): Commitment {
  if (guidance.recommended !== undefined)
    return {
      committed,
      limit: guidance.recommended,
      basis: "velocity",
      over: committed > guidance.recommended + 1e-9,
      message: guidance.message,
    };
  if (unit === "hours")
    return {
      committed,
      limit: capacity.hours,
      basis: "capacity",
      over: committed > capacity.hours + 1e-9,
      message: `Committed ${formatEstimate(committed, unit)} of the team's ${formatEstimate(capacity.hours, unit)} of focused time.`,
    };
  return {
    committed,
    limit: undefined,
    basis: undefined,
    over: false,
    message: `Committed ${formatEstimate(committed, unit)}. No closed sprint yet to take a velocity from: judge the first one against the team's ${formatEstimate(capacity.hours, "hours")} of focused time.`,
  };
}
