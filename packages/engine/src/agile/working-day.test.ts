import { type LocalDate, STANDARD_CALENDAR } from "@keel/model";
import { describe, expect, it } from "vitest";
import { PlanCalendars } from "../resources/availability.js";
import { testPlan } from "../test-plan.js";
import { dateOfDay, dayNumber } from "./days.js";
import { workingDayTest } from "./working-day.js";

describe("workingDayTest", () => {
  it("tells working days from weekends and holidays", () => {
    const plan = testPlan([], {
      calendars: [{ ...STANDARD_CALENDAR, holidays: ["2027-01-18" as LocalDate] }],
    });
    const works = workingDayTest(new PlanCalendars(plan).project);
    const week = Array.from({ length: 7 }, (_, i) => dateOfDay(dayNumber("2027-01-18" as LocalDate) + i));
    expect(week).toEqual([
      "2027-01-18",
      "2027-01-19",
      "2027-01-20",
      "2027-01-21",
      "2027-01-22",
      "2027-01-23",
      "2027-01-24",
    ]);
    expect(week.map(works)).toEqual([false, true, true, true, true, false, false]);
  });
});
