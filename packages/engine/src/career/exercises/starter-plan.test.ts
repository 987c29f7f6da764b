import { type LocalDate, type Plan, STANDARD_CALENDAR } from "@keel/model";
import { describe, expect, it } from "vitest";
import { starterPlan } from "./starter-plan.js";

const day = (s: string) => s as LocalDate;
const d1 = { value: 1, unit: "d", elapsed: false } as const;

const plan = (dates: { start: string; statusDate?: string }): Plan => ({
  project: { name: "Practice", timeZone: "UTC", calendar: "standard", ...dates },
  calendars: [{ ...STANDARD_CALENDAR, holidays: [day("2027-01-15")] }],
  tasks: [
    {
      id: "2027-01-04",
      name: "Kickoff on 2027-01-04",
      parent: null,
      milestone: false,
      duration: d1,
      constraint: { type: "SNET", date: "2027-01-06T13:00" },
      actualStart: "2027-01-04",
      deadline: day("2027-01-29"),
    },
  ],
  links: [{ from: "2027-01-04", to: "2027-01-05", type: "FS", lag: { value: 0, unit: "d", elapsed: false } }],
  risks: [
    {
      id: "r1",
      name: "Vendor late",
      kind: "threat",
      probability: 3,
      impact: 3,
      tasks: [],
      status: "open",
      review: day("2027-01-11"),
    },
  ],
  changes: [
    {
      id: "CR-1",
      name: "Scope",
      requester: "Sam",
      reason: "Scope",
      status: "approved",
      edits: [],
      decision: {
        status: "approved",
        by: "Sam",
        at: "2027-01-05T15:00:00Z",
        why: "Fine",
        impact: {
          finishBefore: "2027-01-29T17:00:00",
          finishAfter: "2027-01-29T17:00:00",
          finishDays: 0,
          costBefore: 0,
          costAfter: 0,
        },
      },
    },
  ],
});

describe("starterPlan", () => {
  it("moves a plan without progress to the first day with its weekday on or after today", () => {
    // Monday 4 January 2027, made on Sunday 22 November 2026: six weeks earlier, Monday 23 November.
    const moved = starterPlan(plan({ start: "2027-01-04" }), day("2026-11-22"));
    expect(moved.project.start).toBe("2026-11-23");
    const task = moved.tasks[0];
    expect(task?.constraint).toEqual({ type: "SNET", date: "2026-11-25T13:00" });
    expect(task?.deadline).toBe("2026-12-18");
    expect(task?.actualStart).toBe("2026-11-23");
    expect(moved.risks?.[0]?.review).toBe("2026-11-30");
    expect(moved.calendars[0]?.holidays).toEqual(["2026-12-04"]);
    expect(moved.changes?.[0]?.decision?.impact).toMatchObject({ finishBefore: "2026-12-18T17:00:00" });
    expect(moved.changes?.[0]?.decision?.at).toBe("2026-11-24T15:00:00Z");
    // Only dates move: ids, names and durations stay as written.
    expect(task).toMatchObject({ id: "2027-01-04", name: "Kickoff on 2027-01-04", duration: d1 });
    expect(moved.links[0]).toMatchObject({ from: "2027-01-04", to: "2027-01-05" });
  });

  it("moves forward too, and leaves a plan that already starts today as it is", () => {
    expect(starterPlan(plan({ start: "2027-01-04" }), day("2027-03-03")).project.start).toBe("2027-03-08");
    const today = plan({ start: "2027-01-04" });
    expect(starterPlan(today, day("2027-01-04"))).toBe(today);
  });

  it("keeps the progress of a plan with a status date in the past, up to today", () => {
    // Status date Wednesday 10 February 2027; made on Sunday 22 November 2026: Wednesday 18 November.
    const moved = starterPlan(plan({ start: "2027-01-04", statusDate: "2027-02-10" }), day("2026-11-22"));
    expect(moved.project).toMatchObject({ start: "2026-10-12", statusDate: "2026-11-18" });
    expect(moved.tasks[0]?.actualStart).toBe("2026-10-12");
  });
});
