import type { BacklogItem, EstimateUnit } from "@keel/model";

/** An item's estimate in the team's unit: points, or hours for teams that estimate in time. */
export function estimateOf(
  item: Pick<BacklogItem, "points" | "hours">,
  unit: EstimateUnit,
): number | undefined {
  return unit === "points" ? item.points : item.hours;
}

/** The field an estimate is sent in. */
export function estimateField(unit: EstimateUnit): "points" | "hours" {
  return unit;
}

export function sumEstimates(
  items: readonly Pick<BacklogItem, "points" | "hours">[],
  unit: EstimateUnit,
): number {
  return items.reduce((n, i) => n + (estimateOf(i, unit) ?? 0), 0);
}

/** `8 points`, `1 point`, `12.5 h`. */
export function formatEstimate(value: number, unit: EstimateUnit): string {
  const n = (Math.round(value * 10) / 10).toLocaleString(undefined, { maximumFractionDigits: 1 });
  return unit === "hours" ? `${n} h` : `${n} ${value === 1 ? "point" : "points"}`;
}

/** Reads an estimate typed into a box: empty is none; else a number from 0 up, or an error to show. */
export function parseEstimate(text: string): { value: number | undefined } | { error: string } {
  const t = text.trim().replace(",", ".");
  if (t === "") return { value: undefined };
  const n = Number(t);
  if (!Number.isFinite(n) || n < 0) return { error: "The estimate is a number from 0 up." };
  return { value: n };
}
