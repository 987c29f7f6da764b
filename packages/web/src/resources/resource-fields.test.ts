import { describe, expect, it } from "vitest";
import { checkTimeOff, parseCost, resourceId, timeOffDays } from "./resource-fields.js";

describe("resource fields", () => {
  it("makes a unique id from a name", () => {
    expect(resourceId("Alice Chen", new Set())).toBe("alice-chen");
    expect(resourceId("José Núñez", new Set())).toBe("jose-nunez");
    expect(resourceId("Alice Chen", new Set(["alice-chen", "alice-chen-2"]))).toBe("alice-chen-3");
    expect(resourceId("   ", new Set())).toBe("resource");
  });

  it("reads a cost per hour", () => {
    expect(parseCost("85")).toBe(85);
    expect(parseCost("€ 92.50")).toBe(92.5);
    expect(parseCost("90/h")).toBe(90);
    expect(parseCost("a lot")).toBe('expected an amount per hour such as 85 or 92.50, got "a lot"');
  });

  it("checks time off: a blank last day is the first day, and a range must not end before it starts", () => {
    expect(checkTimeOff([{ from: "2027-08-02", to: "", name: " Vacation " }])).toEqual([
      { from: "2027-08-02", to: "2027-08-02", name: "Vacation" },
    ]);
    expect(checkTimeOff([{ from: "2027-08-02", to: "2027-08-06", name: "" }])).toEqual([
      { from: "2027-08-02", to: "2027-08-06" },
    ]);
    expect(checkTimeOff([{ from: "", to: "", name: "" }])).toBe("The time off needs a first day.");
    expect(
      checkTimeOff([
        { from: "2027-08-02", to: "2027-08-06", name: "" },
        { from: "2027-09-02", to: "2027-09-01", name: "" },
      ]),
    ).toBe("Row 2 ends before it starts.");
  });

  it("counts days of time off", () => {
    expect(timeOffDays(undefined)).toBe(0);
    expect(
      timeOffDays([
        { from: "2027-08-02", to: "2027-08-06" },
        { from: "2027-07-16", to: "2027-07-16" },
      ]),
    ).toBe(6);
  });
});
