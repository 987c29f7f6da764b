import type { Risk, RiskScales, RiskScore } from "@keel/model";
import { type ExposureBand, exposure, exposureBand, residualScore } from "./exposure.js";

export interface HeatCell {
  readonly probability: number;
  readonly impact: number;
  readonly exposure: number;
  readonly band: ExposureBand;
  /** Ids of the risks scored in this cell. */
  readonly risks: readonly string[];
}

/** Rows from the highest probability down, columns from the lowest impact up, as registers print it. */
export interface HeatMap {
  readonly rows: readonly (readonly HeatCell[])[];
}

export type HeatMapSide = "before" | "after";

/**
 * The probability × impact grid of the live risks (open ones) of one kind, scored before the
 * response or after it.
 */
export function heatMap(
  risks: readonly Risk[],
  scales: RiskScales,
  side: HeatMapSide,
  kind: Risk["kind"] = "threat",
): HeatMap {
  const cells = new Map<string, string[]>();
  for (const risk of risks) {
    if (risk.status !== "open" || risk.kind !== kind) continue;
    const s: RiskScore = side === "before" ? risk : residualScore(risk);
    const key = `${s.probability}:${s.impact}`;
    cells.set(key, [...(cells.get(key) ?? []), risk.id]);
  }
  const rows: HeatCell[][] = [];
  for (let p = scales.probability.length; p >= 1; p--) {
    const row: HeatCell[] = [];
    for (let i = 1; i <= scales.impact.length; i++) {
      const value = exposure({ probability: p, impact: i });
      row.push({
        probability: p,
        impact: i,
        exposure: value,
        band: exposureBand(value, scales),
        risks: cells.get(`${p}:${i}`) ?? [],
      });
    }
    rows.push(row);
  }
  return { rows };
}
