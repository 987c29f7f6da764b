import type { Risk } from "@keel/model";
import { exposure, residualScore } from "./exposure.js";

/** One stored state of a risk: from the audit history, `risk` null once it was deleted. */
export interface RiskVersion {
  readonly id: string;
  /** ISO 8601 instant of the change. */
  readonly at: string;
  readonly risk: Risk | null;
}

export interface ExposurePoint {
  /** `YYYY-MM-DD`: the register as it stood at the end of this day. */
  readonly date: string;
  /** Sum of the open threats' exposure before their response. */
  readonly inherent: number;
  /** The same after their response (their residual scores). */
  readonly residual: number;
  readonly open: number;
}

/**
 * Total exposure of the open threats at the end of each day on which the register changed,
 * replayed from the versions in time order.
 */
export function exposureTrend(versions: readonly RiskVersion[]): ExposurePoint[] {
  const sorted = [...versions].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const current = new Map<string, Risk>();
  const points: ExposurePoint[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const v = sorted[k] as RiskVersion;
    if (v.risk === null) current.delete(v.id);
    else current.set(v.id, v.risk);
    const date = v.at.slice(0, 10);
    const next = sorted[k + 1];
    if (next !== undefined && next.at.slice(0, 10) === date) continue;
    let inherent = 0;
    let residual = 0;
    let open = 0;
    for (const risk of current.values()) {
      if (risk.status !== "open" || risk.kind !== "threat") continue;
      open++;
      inherent += exposure(risk);
      residual += exposure(residualScore(risk));
    }
    points.push({ date, inherent, residual, open });
  }
  return points;
}
