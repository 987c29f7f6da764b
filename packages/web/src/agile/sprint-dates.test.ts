import { describe, expect, it } from "vitest";
import {
  addDays,
  daysLeft,
  nextMonday,
  nextSprintStart,
  sprintFinish,
  sprintLength,
} from "./sprint-dates.js";

describe("sprint dates", () => {
  it("adds days across month ends and gives the inclusive last day of a sprint", () => {
    expect(addDays("2027-01-30", 3)).toBe("2027-02-02");
    expect(sprintFinish("2027-03-01", 14)).toBe("2027-03-14");
    expect(sprintFinish("2027-03-01", 0)).toBe("2027-03-01");
    expect(sprintLength("2027-03-01", "2027-03-14")).toBe(14);
  });

  it("counts today and the last day as left, and nothing after the end", () => {
    expect(daysLeft("2027-03-10", "2027-03-14")).toBe(5);
    expect(daysLeft("2027-03-14", "2027-03-14")).toBe(1);
    expect(daysLeft("2027-03-20", "2027-03-14")).toBe(0);
  });

  it("finds the next Monday, a week on from a Monday", () => {
    expect(nextMonday("2027-03-03")).toBe("2027-03-08"); // a Wednesday
    expect(nextMonday("2027-03-08")).toBe("2027-03-15");
    expect(nextMonday("2027-03-07")).toBe("2027-03-08"); // a Sunday
  });

  it("starts the next sprint after the last one, unless that is already past", () => {
    const sprints = [{ finish: "2027-03-14" }, { finish: "2027-03-28" }];
    expect(nextSprintStart("2027-03-10", sprints)).toBe("2027-03-29");
    expect(nextSprintStart("2027-04-07", sprints)).toBe("2027-04-12");
    expect(nextSprintStart("2027-03-03", [])).toBe("2027-03-08");
  });
});
