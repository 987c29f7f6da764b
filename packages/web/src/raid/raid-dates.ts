import type { DependencyStatus } from "@keel/model";

const DAY = 86_400_000;

/** Calendar days from one `YYYY-MM-DD` to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/**
 * How many days after the needed-by date a dependency arrives: by its delivery once delivered, else by
 * the provider's expected date. Undefined when it is on time, has no promise yet, or was cancelled.
 */
export function daysLate(d: {
  readonly needed: string;
  readonly expected?: string | undefined;
  readonly delivered?: string | undefined;
  readonly status: DependencyStatus;
}): number | undefined {
  if (d.status === "cancelled") return undefined;
  const arrives = d.status === "delivered" ? (d.delivered ?? d.expected) : d.expected;
  if (arrives === undefined) return undefined;
  const late = daysBetween(d.needed, arrives);
  return late > 0 ? late : undefined;
}

/** An open issue's age: "today", "1 day", "12 days". */
export function ageText(days: number): string {
  if (days <= 0) return "today";
  return `${days} day${days === 1 ? "" : "s"}`;
}
