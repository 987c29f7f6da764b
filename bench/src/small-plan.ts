import {
  type Lag,
  type LinkType,
  type LocalDate,
  type Plan,
  parseDuration,
  parseLag,
  STANDARD_CALENDAR,
} from "@keel/model";

/** A task of a hand-written plan: `dur` like "4d" or "3ed", predecessors as ids or `[id, type, lag]`. */
export interface SmallTask {
  readonly id: string;
  readonly dur?: string;
  readonly milestone?: boolean;
  readonly after?: readonly (string | readonly [string, LinkType, string])[];
}

function must<T>(v: T | string): T {
  if (typeof v === "string") throw new Error(v);
  return v;
}

/** A plan on the standard calendar with Monday 18 January 2027 off, starting Monday 4 January 2027. */
export function smallPlan(tasks: readonly SmallTask[]): Plan {
  return {
    project: { name: "Example", start: "2027-01-04", timeZone: "UTC", calendar: "standard" },
    calendars: [{ ...STANDARD_CALENDAR, holidays: ["2027-01-18" as LocalDate] }],
    tasks: tasks.map((t) => ({
      id: t.id,
      name: t.id,
      parent: null,
      milestone: t.milestone ?? false,
      duration: must(parseDuration(t.dur ?? "0")),
      constraint: { type: "ASAP" },
    })),
    links: tasks.flatMap((t) =>
      (t.after ?? []).map((a) => {
        const [from, type, lag] = typeof a === "string" ? [a, "FS" as const, "0"] : a;
        return { from, to: t.id, type, lag: must<Lag>(parseLag(lag)) };
      }),
    ),
  };
}
