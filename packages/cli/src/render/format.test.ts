import { describe, expect, it } from "vitest";
import { formatDateTime, formatDays } from "./format.js";

describe("formatDateTime", () => {
  it("drops seconds and the T", () => {
    expect(formatDateTime("2027-01-04T09:00:00")).toBe("2027-01-04 09:00");
  });
});

describe("formatDays", () => {
  it("converts working minutes to days with one decimal", () => {
    expect(formatDays(2400, 480)).toBe("5");
    expect(formatDays(1200, 480)).toBe("2.5");
    expect(formatDays(-960, 480)).toBe("-2");
  });

  it("never prints -0", () => {
    expect(formatDays(-1, 480)).toBe("0");
  });
});
