import {
  DEFAULT_AGILE_SETTINGS,
  type LocalDate,
  type Plan,
  type Sprint,
  STANDARD_CALENDAR,
} from "@keel/model";
import { describe, expect, it } from "vitest";
import { testPlan } from "../test-plan.js";
import { sprintCapacity } from "./sprint-capacity.js";

const day = (text: string) => text as LocalDate;
// Standard days are 7 hours (09–12, 13–17); Monday 11 January 2027 is a public holiday.
const plan: Plan = {
  ...testPlan([{ id: "a", dur: "1d" }], {
    calendars: [
      { ...STANDARD_CALENDAR, holidays: [day("2027-01-11")] },
      { ...STANDARD_CALENDAR, id: "four-day", workweek: ["mon", "tue", "wed", "thu"], holidays: [] },
    ],
  }),
  resources: [
    { id: "ann", name: "Ann", type: "work", maxUnits: 1 },
    {
      id: "bob",
      name: "Bob",
      type: "work",
      maxUnits: 1,
      // Thursday and Friday off, and the holiday Monday, which must not count twice.
      timeOff: [
        { from: day("2027-01-07"), to: day("2027-01-08") },
        { from: day("2027-01-11"), to: day("2027-01-11") },
      ],
    },
    { id: "cat", name: "Cat", type: "work", maxUnits: 0.5, calendar: "four-day" },
    { id: "laptops", name: "Laptops", type: "material", maxUnits: 1 },
  ],
};
const sprint: Sprint = {
  id: "s1",
  name: "Sprint 1",
  start: day("2027-01-04"),
  finish: day("2027-01-15"),
  state: "planned",
  members: [{ resource: "ann" }, { resource: "bob", allocation: 0.5 }],
};
const settings = { ...DEFAULT_AGILE_SETTINGS, focusFactor: 0.7 };

describe("sprintCapacity", () => {
  it("counts working hours less time off, times allocation and focus", () => {
    const capacity = sprintCapacity(plan, sprint, settings);
    expect(capacity.workingDays).toBe(9);
    expect(capacity.focusFactor).toBe(0.7);
    expect(capacity.members).toEqual([
      // 9 days × 7 h = 63 h; × 0.7
      {
        resource: "ann",
        name: "Ann",
        workingHours: 63,
        timeOffHours: 0,
        allocation: 1,
        maxUnits: 1,
        hours: 44.1,
      },
      // 63 h less two days off = 49 h; × 0.5 × 0.7
      {
        resource: "bob",
        name: "Bob",
        workingHours: 63,
        timeOffHours: 14,
        allocation: 0.5,
        maxUnits: 1,
        hours: 17.15,
      },
    ]);
    expect(capacity.hours).toBe(61.25);
  });

  it("takes every work resource when the sprint names no team, each on their own calendar and max units", () => {
    const capacity = sprintCapacity(plan, { ...sprint, members: undefined, focusFactor: 0.5 }, settings);
    expect(capacity.focusFactor).toBe(0.5);
    expect(capacity.members.map((m) => [m.resource, m.hours])).toEqual([
      ["ann", 31.5],
      ["bob", 24.5],
      // Eight four-day-week days (no holiday on her calendar) × 7 h × max units 0.5 × focus 0.5
      ["cat", 14],
    ]);
    expect(capacity.hours).toBe(70);
  });

  it("leaves out members the plan has no work resource for, and names them", () => {
    const capacity = sprintCapacity(
      plan,
      { ...sprint, members: [{ resource: "laptops" }, { resource: "ann" }, { resource: "zed" }] },
      settings,
    );
    expect(capacity.members.map((m) => m.resource)).toEqual(["ann"]);
    expect(capacity.hours).toBe(44.1);
    expect(capacity.missing).toEqual(["laptops", "zed"]);
    expect(sprintCapacity(plan, sprint, settings).missing).toBeUndefined();
  });
});
