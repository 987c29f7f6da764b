import {
  type BacklogItem,
  DEFAULT_AGILE_SETTINGS,
  type LocalDate,
  type Sprint,
  type StatusChange,
} from "@keel/model";
import { describe, expect, it } from "vitest";
import { PlanCalendars } from "../resources/availability.js";
import { testPlan } from "../test-plan.js";
import { sprintBurndown } from "./sprint-burndown.js";
import { workingDayTest } from "./working-day.js";

const workflow = DEFAULT_AGILE_SETTINGS.workflow;
const settings = DEFAULT_AGILE_SETTINGS;
const day = (text: string) => text as LocalDate;
const moves = (...pairs: [string, string][]): StatusChange[] =>
  pairs.map(([status, at]) => ({ status, at: day(at) }));
const item = (id: string, points: number, extra: Partial<BacklogItem> = {}): BacklogItem => ({
  id,
  name: id,
  type: "story",
  status: "todo",
  rank: 0,
  points,
  sprint: "s1",
  ...extra,
});

// Two weeks, Monday 4 to Friday 15 January 2027, on the standard calendar (weekends off).
const weekdays = workingDayTest(new PlanCalendars(testPlan([])).project);
const sprint: Sprint = {
  id: "s1",
  name: "Sprint 1",
  start: day("2027-01-04"),
  finish: day("2027-01-15"),
  state: "closed",
  committed: [
    { item: "A", estimate: 5 },
    { item: "B", estimate: 8 },
    { item: "C", estimate: 3 },
    { item: "D", estimate: 4 },
  ],
  carriedOver: ["C"],
  carriedTo: "s2",
};
const items: BacklogItem[] = [
  // Done on day 3.
  item("A", 5, {
    status: "done",
    history: moves(["todo", "2027-01-02"], ["in-progress", "2027-01-05"], ["Done", "2027-01-06"]),
  }),
  // Done on day 6, reopened on day 7, done again on day 9.
  item("B", 8, {
    status: "done",
    history: moves(
      ["in-progress", "2027-01-04"],
      ["done", "2027-01-11"],
      ["in-progress", "2027-01-12"],
      ["done", "2027-01-14"],
    ),
  }),
  // Carried over to the next sprint unfinished: still part of this one.
  item("C", 3, { sprint: "s2", status: "in-progress", history: moves(["in-progress", "2027-01-05"]) }),
  // Taken out of the sprint: removed.
  item("D", 4, { sprint: undefined }),
  // Added on day 4 (Thursday), done (as Jira calls it) on day 8.
  item("E", 8, {
    created: day("2027-01-07"),
    status: "done",
    history: moves(["todo", "2027-01-07"], ["in-progress", "2027-01-08"], ["Closed", "2027-01-13"]),
  }),
  // Planned in after the commitment but created earlier: in scope from the start.
  item("F", 2, { created: day("2026-12-20") }),
  // Another sprint's item.
  item("G", 13, { sprint: "s0" }),
];

describe("sprintBurndown", () => {
  it("burns down the committed items, adds scope on the day it arrives and follows reopened items", () => {
    const b = sprintBurndown(sprint, items, workflow, settings, weekdays);
    expect(b).toMatchObject({ committed: 20, added: 10, removed: 4 });
    expect(b.days.map((d) => [d.date.slice(8), d.scope, d.done, d.remaining, d.ideal])).toEqual([
      ["04", 18, 0, 18, 18],
      ["05", 18, 0, 18, 16],
      ["06", 18, 5, 13, 14],
      ["07", 26, 5, 21, 12],
      ["08", 26, 5, 21, 10],
      ["09", 26, 5, 21, 10],
      ["10", 26, 5, 21, 10],
      ["11", 26, 13, 13, 8],
      ["12", 26, 5, 21, 6],
      ["13", 26, 13, 13, 4],
      ["14", 26, 21, 5, 2],
      ["15", 26, 21, 5, 0],
    ]);
  });

  it("stops at today and keeps the ideal flat over a holiday", () => {
    const holiday = (d: LocalDate) => weekdays(d) && d !== "2027-01-05";
    const b = sprintBurndown(sprint, items, workflow, settings, holiday, { today: day("2027-01-07") });
    // Nine working days: 20 → 17.78 on Monday, flat on the Tuesday holiday.
    expect(b.days.map((d) => d.ideal)).toEqual([17.78, 17.78, 15.56, 13.33]);
    expect(
      sprintBurndown(sprint, items, workflow, settings, weekdays, { today: day("2027-01-01") }).days,
    ).toEqual([]);
  });

  it("commits to what the sprint held at its start when no commitment was recorded", () => {
    const open = { ...sprint, committed: undefined, carriedOver: undefined, state: "active" as const };
    const b = sprintBurndown(open, items, workflow, { ...settings, estimateUnit: "hours" }, weekdays);
    // No hours estimates: everything counts 0.
    expect(b).toMatchObject({ committed: 0, added: 0, removed: 0 });
    const withPoints = sprintBurndown(open, items, workflow, settings, weekdays);
    // A, B and F (5 + 8 + 2) at the start, C and D being in no longer; E (8) arrives on day 4.
    expect(withPoints).toMatchObject({ committed: 15, added: 8, removed: 0 });
    expect(withPoints.days[0]).toEqual({
      date: "2027-01-04",
      scope: 15,
      done: 0,
      remaining: 15,
      ideal: 13.5,
    });
  });
});
