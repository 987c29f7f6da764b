import { describe, expect, it } from "vitest";
import { Timescale, wallMinutes } from "./timescale.js";

describe("Gantt timescale", () => {
  it("reads floating local date-times as minutes", () => {
    expect(wallMinutes("1970-01-02T00:00:00")).toBe(1440);
    expect(wallMinutes("2027-01-04T09:30")).toBe(wallMinutes("2027-01-04") + 570);
  });

  it("places a day at the zoom's width and starts at midnight before a margin", () => {
    const first = wallMinutes("2027-01-04T09:00");
    const scale = Timescale.around("day", first, wallMinutes("2027-01-08T17:00"));
    expect(scale.origin).toBe(wallMinutes("2027-01-01"));
    expect(scale.x(wallMinutes("2027-01-05")) - scale.x(wallMinutes("2027-01-04"))).toBe(40);
  });

  it("labels weeks on Mondays and quarters on their first month", () => {
    const week = Timescale.around("week", wallMinutes("2027-01-04"), wallMinutes("2027-02-01"));
    expect(
      week.ticks().every((t) => new Date((t.x / week.pxPerMinute + week.origin) * 60_000).getUTCDay() === 1),
    ).toBe(true);
    const quarter = Timescale.around("quarter", wallMinutes("2027-02-10"), wallMinutes("2027-11-01"));
    expect(quarter.ticks().map((t) => t.label)).toContain("Q2 2027");
  });
});
