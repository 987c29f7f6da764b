/** `2027-01-04T09:00:00` → `2027-01-04 09:00`: minute precision is all a plan table needs. */
export function formatDateTime(isoLocal: string): string {
  return isoLocal.slice(0, 16).replace("T", " ");
}

/** Working minutes as working days, to one decimal place: `2400` → `5` on an 8-hour day. */
export function formatDays(minutes: number, minutesPerDay: number): string {
  const days = Math.round((minutes / minutesPerDay) * 10) / 10;
  // Avoid printing "-0" for a tiny negative float.
  return String(days === 0 ? 0 : days);
}
