/**
 * Earned schedule (Lipke, "Schedule is Different", 2003): the time at which the baseline planned
 * to have earned `ev`. `pv[i]` is the cumulative planned value at the end of period i + 1 (it is 0
 * at the start). With C the number of whole periods whose PV ≤ EV,
 * ES = C + (EV − PV_C) / (PV_C+1 − PV_C).
 *
 * Only the periods up to the first one whose PV reaches the final value (BAC) count: that is the
 * planned duration, so a finished project earns exactly the planned duration, however long the
 * series runs on. Null when the series plans nothing.
 */
export function earnedSchedule(pv: ArrayLike<number>, ev: number): number | null {
  let bac = 0;
  for (let i = 0; i < pv.length; i++) bac = Math.max(bac, pv[i] as number);
  if (bac === 0) return null;
  // Sums of many spreads can approach BAC from below by rounding; within a relative 1e-9 is there.
  const reached = bac * (1 - 1e-9);
  if (ev >= reached) {
    let periods = 1;
    while ((pv[periods - 1] as number) < reached) periods++;
    return periods;
  }
  // EV is below BAC, which PV reaches: so PV_C+1 exists and exceeds EV.
  let c = 0;
  while ((pv[c] as number) <= ev) c++;
  const before = c === 0 ? 0 : (pv[c - 1] as number);
  const after = pv[c] as number;
  return c + (ev - before) / (after - before);
}
