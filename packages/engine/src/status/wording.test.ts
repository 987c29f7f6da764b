import { describe, expect, it } from "vitest";
import {
  costChange,
  formatDay,
  formatMoney,
  formatMoneyChange,
  formatWorkingDays,
  listNames,
} from "./wording.js";

describe("report wording", () => {
  it("writes dates as people read them, with the year only when it differs", () => {
    expect(formatDay("2027-01-26")).toBe("Tue 26 Jan");
    expect(formatDay("2027-01-26T17:00:00", "2027")).toBe("Tue 26 Jan");
    expect(formatDay("2028-02-29", "2027")).toBe("Tue 29 Feb 2028");
  });

  it("writes money with thousands separators and signs on changes", () => {
    expect(formatMoney(1234567.4)).toBe("1,234,567");
    expect(formatMoney(-950)).toBe("-950");
    expect(formatMoneyChange(4200)).toBe("+4,200");
    expect(formatMoneyChange(0.2)).toBe("no change");
    expect(costChange(-1000)).toBe("cost -1,000");
  });

  it("counts working days and lists names", () => {
    expect(formatWorkingDays(1)).toBe("1 working day");
    expect(formatWorkingDays(-2.5)).toBe("2.5 working days");
    expect(listNames(["a"])).toBe("a");
    expect(listNames(["a", "b", "c"])).toBe("a, b and c");
    expect(listNames(["a", "b", "c", "d", "e"])).toBe("a, b, c and 2 more");
  });
});
