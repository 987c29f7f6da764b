/** How full a person's week is, as the heat map colours it. */
export type HeatLevel = "none" | "low" | "mid" | "high" | "over";

/**
 * Under 50 % is "low" (room to spare), 50-85 % "mid", 85-100 % "high" (full), over 100 % "over".
 * `null` is demand with no capacity at all (over); no demand and no capacity is "none".
 */
export function heatLevel(
  utilisation: number | null,
  availableHours: number,
  demandHours: number,
): HeatLevel {
  if (utilisation === null) return "over";
  if (availableHours === 0 && demandHours === 0) return "none";
  if (utilisation > 1 + 1e-9) return "over";
  if (utilisation >= 0.85) return "high";
  if (utilisation >= 0.5) return "mid";
  return "low";
}

export const HEAT_NAMES: Record<HeatLevel, string> = {
  none: "no working time",
  low: "under 50 %",
  mid: "50–85 %",
  high: "85–100 %",
  over: "over 100 %",
};

/** 0.834 → "83%"; null (no capacity) → "n/a". */
export function formatPercent(utilisation: number | null): string {
  return utilisation === null ? "n/a" : `${Math.round(utilisation * 100)}%`;
}

/** The focus factor as typed, in percent (`80`, `80%`); undefined unless it is more than 0 and at most 100. */
export function parseFocus(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(text);
  if (match === null) return undefined;
  const percent = Number(match[1]);
  return percent > 0 && percent <= 100 ? Math.round(percent * 10) / 1000 : undefined;
}
