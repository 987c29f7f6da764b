import type { DependencyStatus } from "@keel/model";

const DAY = 86_400_000;

function daysBetween(from: string, to: string): number {
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
