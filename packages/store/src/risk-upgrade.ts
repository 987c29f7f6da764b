/**
 * A risk as files written before the RAID register stored it (a chance and a duration impact), in
 * today's shape; the same rule as migration 3. Anything else passes through unchanged.
 */
export function upgradeRisk(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const { probability, impact, ...rest } = value as Record<string, unknown>;
  if (typeof impact !== "object" || impact === null || typeof probability !== "number") return value;
  return {
    kind: "threat",
    status: "open",
    ...rest,
    chance: probability,
    delay: impact,
    probability: Math.min(5, 1 + Math.floor(probability * 5)),
    impact: 3,
  };
}
