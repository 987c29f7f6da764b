/**
 * One point of an S-curve. PV is known for every period boundary; EV and AC only where progress
 * was reported (the status date, and any earlier status reports passed in), else null.
 */
export interface CurvePoint {
  /** Local date-time `YYYY-MM-DDTHH:MM:SS` of the point. */
  readonly date: string;
  /** Periods from the baseline start. */
  readonly period: number;
  readonly pv: number;
  readonly ev: number | null;
  readonly ac: number | null;
}

/** Where progress is known: a status date with its PV, EV and AC. */
export interface ReportedPoint {
  readonly date: string;
  readonly period: number;
  readonly pv: number;
  readonly ev: number;
  readonly ac: number;
}

const SAME_PERIOD = 1e-9;

/**
 * PV at every period boundary (`pv[k]` at `dates[k]`), with the reported points merged in: onto a
 * boundary they fall on, else between boundaries in time order.
 */
export function sCurve(
  pv: ArrayLike<number>,
  dates: readonly string[],
  reported: readonly ReportedPoint[],
): CurvePoint[] {
  const points: CurvePoint[] = dates.map((date, k) => ({
    date,
    period: k,
    pv: pv[k] as number,
    ev: null,
    ac: null,
  }));
  for (const r of reported) {
    const k = Math.round(r.period);
    if (Math.abs(r.period - k) < SAME_PERIOD && k >= 0 && k < dates.length) {
      points[k] = { ...(points[k] as CurvePoint), ev: r.ev, ac: r.ac };
    } else {
      points.push({ ...r });
    }
  }
  return points.sort((a, b) => a.period - b.period);
}
