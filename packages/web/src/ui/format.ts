const DATE = new Intl.DateTimeFormat(undefined, { year: "numeric", month: "short", day: "numeric" });

/** `2027-01-05T17:00:00` (a floating local date-time) as "Jan 5, 2027" in the reader's locale. */
export function formatDate(localDateTime: string): string {
  const [y, m, d] = localDateTime.slice(0, 10).split("-").map(Number);
  return DATE.format(new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

export function formatDays(days: number): string {
  return (Math.round(days * 10) / 10).toLocaleString(undefined, { maximumFractionDigits: 1 });
}

const SHORT = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric", timeZone: "UTC" });

/** A date or date-time's day, `2027-07-05` → "Jul 5" in the reader's locale: an axis label. */
export function shortDate(day: string): string {
  return SHORT.format(new Date(`${day.slice(0, 10)}T00:00:00Z`));
}
