/**
 * Planned value of one task at working minute `w` of its calendar: its budget spread evenly over
 * its baseline working time (start to finish), as MS Project time-phases a flat-loaded task. All of
 * it is planned once the baseline finish is reached (at once for a milestone).
 */
export function plannedValue(budget: number, start: number, finish: number, w: number): number {
  if (w >= finish) return budget;
  if (w <= start) return 0;
  return (budget * (w - start)) / (finish - start);
}
