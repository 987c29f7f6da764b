import type { Calendar, LocalDate } from "@keel/model";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addWorkingDays,
  daysBetween,
  isWorkingDay,
  lastDayOf,
  lastWorkingDay,
  lengthPatch,
  movedStartDay,
  resizedDays,
  snapDays,
  snapUnit,
  workingDaysBetween,
} from "./drag-math.js";

const STANDARD: Calendar = {
  id: "standard",
  workweek: ["mon", "tue", "wed", "thu", "fri"],
  hours: ["09:00-17:00"],
  holidays: ["2027-03-10" as LocalDate],
  exceptions: [{ from: "2027-03-13" as LocalDate, to: "2027-03-13" as LocalDate, hours: ["09:00-12:00"] }],
};
// Week pixels: 14 a day.
const PX = 14;

describe("drag arithmetic", () => {
  it("snaps pixels to whole days, to the nearest", () => {
    expect(snapDays(0, PX)).toBe(0);
    expect(snapDays(6, PX)).toBe(0);
    expect(snapDays(8, PX)).toBe(1);
    expect(snapDays(28, PX)).toBe(2);
    expect(snapDays(-22, PX)).toBe(-2);
  });

  it("knows the working days: workweek, holidays, exceptions", () => {
    expect(isWorkingDay(STANDARD, "2027-03-01")).toBe(true); // Monday
    expect(isWorkingDay(STANDARD, "2027-03-06")).toBe(false); // Saturday
    expect(isWorkingDay(STANDARD, "2027-03-10")).toBe(false); // holiday
    expect(isWorkingDay(STANDARD, "2027-03-13")).toBe(true); // a working Saturday
    expect(addDays("2027-02-27", 2)).toBe("2027-03-01");
    expect(addWorkingDays(STANDARD, "2027-03-05", 1)).toBe("2027-03-08");
    expect(addWorkingDays(STANDARD, "2027-03-08", -1)).toBe("2027-03-05");
    expect(addWorkingDays(STANDARD, "2027-03-09", 1)).toBe("2027-03-11");
    expect(workingDaysBetween(STANDARD, "2027-03-01", "2027-03-05")).toBe(5);
    expect(workingDaysBetween(STANDARD, "2027-03-08", "2027-03-15")).toBe(6);
  });

  it("moves a start by whole days onto a working day on the side it was dragged to", () => {
    const start = "2027-03-03T09:00:00";
    expect(movedStartDay(STANDARD, start, 2 * PX, PX)).toBe("2027-03-05");
    expect(movedStartDay(STANDARD, start, 3 * PX, PX)).toBe("2027-03-08"); // Saturday → Monday
    expect(movedStartDay(STANDARD, "2027-03-08T09:00:00", -PX, PX)).toBe("2027-03-05"); // Sunday → Friday
    expect(movedStartDay(STANDARD, start, 5, PX)).toBe("2027-03-03");
  });

  it("resizes to whole working days from the start to the dragged end, at least one", () => {
    const start = "2027-03-01T09:00:00";
    const finish = "2027-03-03T17:00:00";
    expect(lastDayOf(finish)).toBe("2027-03-03");
    expect(lastDayOf("2027-03-04T00:00:00")).toBe("2027-03-03");
    expect(resizedDays(STANDARD, start, finish, 0, PX)).toBe(3);
    expect(resizedDays(STANDARD, start, finish, 2 * PX, PX)).toBe(5);
    expect(resizedDays(STANDARD, start, finish, 5 * PX, PX)).toBe(6); // over the weekend
    expect(resizedDays(STANDARD, start, finish, -10 * PX, PX)).toBe(1);
  });
});

describe("snapping at the coarse zooms", () => {
  // Month pixels: 4 a day, so a week is 28 pixels; quarter: 1.4 a day.
  const MONTH = 4;
  const WEEK = snapUnit("month");

  it("snaps to days at day and week zoom and to weeks at month and quarter zoom", () => {
    expect(snapUnit("day")).toBe(1);
    expect(snapUnit("week")).toBe(1);
    expect(snapUnit("month")).toBe(7);
    expect(snapUnit("quarter")).toBe(7);
    expect(snapDays(13, MONTH, WEEK)).toBe(0);
    expect(snapDays(15, MONTH, WEEK)).toBe(7);
    expect(snapDays(50, MONTH, WEEK)).toBe(14);
    expect(snapDays(-20, MONTH, WEEK)).toBe(-7);
    expect(snapDays(-3, MONTH, WEEK)).toBe(0);
    expect(snapDays(20, 1.4, 7)).toBe(14);
  });

  it("moves a bar by whole weeks, keeping its weekday", () => {
    const start = "2027-03-03T09:00:00"; // Wednesday
    expect(movedStartDay(STANDARD, start, 10, MONTH, WEEK)).toBe("2027-03-03");
    expect(movedStartDay(STANDARD, start, 30, MONTH, WEEK)).toBe("2027-03-11"); // a week on is a holiday
    expect(movedStartDay(STANDARD, start, 60, MONTH, WEEK)).toBe("2027-03-17");
    expect(movedStartDay(STANDARD, start, -30, MONTH, WEEK)).toBe("2027-02-24");
  });

  it("resizes by whole weeks of the calendar", () => {
    const start = "2027-03-15T09:00:00"; // Monday
    const finish = "2027-03-17T17:00:00"; // 3 days
    expect(resizedDays(STANDARD, start, finish, 10, MONTH, WEEK)).toBe(3);
    expect(resizedDays(STANDARD, start, finish, 28, MONTH, WEEK)).toBe(8);
    expect(resizedDays(STANDARD, start, finish, 56, MONTH, WEEK)).toBe(13);
    expect(resizedDays(STANDARD, start, finish, -28, MONTH, WEEK)).toBe(1);
  });

  it("finds the last working day of a length, for the tooltip", () => {
    expect(lastWorkingDay(STANDARD, "2027-03-15T09:00:00", 8)).toBe("2027-03-24");
    expect(lastWorkingDay(STANDARD, "2027-03-08T09:00:00", 3)).toBe("2027-03-11"); // over the holiday
    expect(lastWorkingDay(STANDARD, "2027-03-06T00:00:00", 1)).toBe("2027-03-08"); // a Saturday start
    expect(daysBetween("2027-03-17", "2027-03-24")).toBe(7);
    expect(daysBetween("2027-03-24", "2027-03-17")).toBe(-7);
  });
});

describe("lengthPatch", () => {
  const record = (fields: object) =>
    ({ id: "t", duration: { value: 4, unit: "d", elapsed: false }, ...fields }) as never;
  it("sets the duration of a task of fixed duration", () => {
    expect(lengthPatch(record({}), 6)).toEqual({ duration: { value: 6, unit: "d", elapsed: false } });
  });
  it("scales an effort-driven task's work, keeping its people's units (8d of work over 4d is 2 people)", () => {
    expect(lengthPatch(record({ work: { value: 8, unit: "d", elapsed: false } }), 6)).toEqual({
      work: { value: 12, unit: "d", elapsed: false },
    });
  });
});
