import {
  type Calendar,
  type Constraint,
  type Lag,
  type LinkType,
  type Plan,
  parseDuration,
  parseLag,
  STANDARD_CALENDAR,
  type Task,
} from "@keel/model";

/** Compact task description for engine tests: `dur` like "5d", links as `"id"` or `[id, type, lag]`. */
export interface TestTask {
  id: string;
  dur?: string;
  parent?: string;
  milestone?: boolean;
  after?: (string | [string, LinkType, string?])[];
  constraint?: Constraint;
  deadline?: string;
  calendar?: string;
}

function must<T>(v: T | string): T {
  if (typeof v === "string") throw new Error(v);
  return v;
}

/** Builds a domain Plan for tests without going through a file format. */
export function testPlan(tasks: TestTask[], options: { start?: string; calendars?: Calendar[] } = {}): Plan {
  const links = tasks.flatMap((t) =>
    (t.after ?? []).map((a) => {
      const [from, type, lag] = typeof a === "string" ? [a, "FS" as LinkType, undefined] : a;
      return {
        from,
        to: t.id,
        type,
        lag: lag === undefined ? ({ value: 0, unit: "d", elapsed: false } as Lag) : must(parseLag(lag)),
      };
    }),
  );
  return {
    project: { name: "Test", start: options.start ?? "2027-01-04", timeZone: "UTC", calendar: "standard" },
    calendars: options.calendars ?? [{ ...STANDARD_CALENDAR, holidays: ["2027-01-18" as never] }],
    tasks: tasks.map(
      (t): Task => ({
        id: t.id,
        name: t.id,
        parent: t.parent ?? null,
        milestone: t.milestone ?? false,
        duration: must(parseDuration(t.dur ?? "0")),
        constraint: t.constraint ?? { type: "ASAP" },
        deadline: t.deadline as never,
        calendar: t.calendar,
      }),
    ),
    links,
  };
}
