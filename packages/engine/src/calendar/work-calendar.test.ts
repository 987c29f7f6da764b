import { STANDARD_CALENDAR } from "@keel/model";
import { describe, expect, it } from "vitest";
import { PlanError } from "../problem.js";
import { formatWall, parseWall } from "../time.js";
import { WorkCalendar } from "./work-calendar.js";

const cal = new WorkCalendar(
  {
    ...STANDARD_CALENDAR,
    holidays: ["2027-01-18" as never],
    exceptions: [{ from: "2027-01-23" as never, to: "2027-01-23" as never, hours: ["10:00-12:00"] }],
  },
  parseWall("2027-01-04"),
);
const w = (s: string) => cal.toWork(parseWall(s));

describe("WorkCalendar", () => {
  it("counts working minutes across the lunch break, nights and weekends", () => {
    expect(w("2027-01-04T09:00")).toBe(0);
    expect(w("2027-01-04T12:30")).toBe(180);
    expect(w("2027-01-04T17:00")).toBe(420);
    expect(w("2027-01-05T08:00")).toBe(420);
    expect(w("2027-01-11T09:00")).toBe(5 * 420);
  });

  it("skips holidays and counts working exceptions", () => {
    expect(w("2027-01-19T09:00") - w("2027-01-15T17:00")).toBe(0);
    expect(w("2027-01-23T23:00") - w("2027-01-23T00:00")).toBe(120);
  });

  it("converts back with start and finish semantics at period boundaries", () => {
    expect(formatWall(cal.toWallStart(420))).toBe("2027-01-05T09:00:00");
    expect(formatWall(cal.toWallFinish(420))).toBe("2027-01-04T17:00:00");
    expect(formatWall(cal.toWallStart(180))).toBe("2027-01-04T13:00:00");
    expect(formatWall(cal.toWallFinish(180))).toBe("2027-01-04T12:00:00");
    expect(formatWall(cal.nextStart(parseWall("2027-01-15T17:30")))).toBe("2027-01-19T09:00:00");
    expect(formatWall(cal.prevFinish(parseWall("2027-01-19T09:00")))).toBe("2027-01-15T17:00:00");
  });

  it("grows its index in both directions and round-trips every minute it reaches", () => {
    for (const t of ["1931-05-04T10:17", "2099-12-30T16:59", "2150-03-03T09:00"]) {
      const wall = parseWall(t);
      expect(cal.toWallStart(cal.toWork(wall))).toBe(cal.nextStart(wall));
      // All three are working minutes, so normalising must leave them where they are.
      expect(formatWall(cal.nextStart(wall)).slice(0, 16)).toBe(t);
    }
    expect(() => cal.toWallStart(w("2027-01-04T09:00") + 420 * 260 * 250)).toThrow(PlanError);
  });

  it("refuses a calendar without any working time", () => {
    expect(() => new WorkCalendar({ ...STANDARD_CALENDAR, workweek: [] }, parseWall("2027-01-04"))).toThrow(
      /no working time/,
    );
  });

  it("reports the normal working day", () => {
    expect(cal.normalDayMinutes()).toBe(420);
    expect(cal.workingDaysPerWeek()).toBe(5);
  });

  it("knows its longest break", () => {
    const at = (extra: object) =>
      new WorkCalendar({ ...STANDARD_CALENDAR, ...extra }, parseWall("2027-01-04"));
    expect(at({}).longestBreakDays()).toBe(2);
    // Friday and Monday holidays make a four-day weekend.
    expect(at({ holidays: ["2027-01-15", "2027-01-18"] }).longestBreakDays()).toBe(4);
    expect(at({ exceptions: [{ from: "2027-07-31", to: "2027-08-29", hours: [] }] }).longestBreakDays()).toBe(
      30,
    );
    expect(
      at({
        workweek: [],
        exceptions: [{ from: "2027-01-04", to: "2027-01-08", hours: ["09:00-17:00"] }],
      }).longestBreakDays(),
    ).toBe(Number.POSITIVE_INFINITY);
  });
});
