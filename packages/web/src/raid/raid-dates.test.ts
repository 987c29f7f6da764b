import { describe, expect, it } from "vitest";
import { ageText, daysBetween, daysLate } from "./raid-dates.js";

const d = (fields: Partial<Parameters<typeof daysLate>[0]>) =>
  ({ needed: "2027-03-10", status: "waiting", ...fields }) as Parameters<typeof daysLate>[0];

describe("daysLate", () => {
  it("counts calendar days an expected date falls after the needed-by date", () => {
    expect(daysLate(d({ expected: "2027-03-15" }))).toBe(5);
    expect(daysLate(d({ expected: "2027-03-10" }))).toBeUndefined();
    expect(daysLate(d({ expected: "2027-03-01" }))).toBeUndefined();
    expect(daysLate(d({}))).toBeUndefined();
  });

  it("judges a delivered dependency by its delivery, and a cancelled one not at all", () => {
    expect(daysLate(d({ status: "delivered", expected: "2027-03-20", delivered: "2027-03-12" }))).toBe(2);
    expect(daysLate(d({ status: "cancelled", expected: "2027-04-01" }))).toBeUndefined();
  });
});

describe("daysBetween and ageText", () => {
  it("counts calendar days across months and says an age", () => {
    expect(daysBetween("2027-02-26", "2027-03-02")).toBe(4);
    expect(ageText(daysBetween("2027-03-02", "2027-03-02"))).toBe("today");
    expect(ageText(1)).toBe("1 day");
    expect(ageText(12)).toBe("12 days");
  });
});
