import { type ExperienceInterval, monthIndex, type YearMonth } from "@keel/model";
import { describe, expect, it } from "vitest";
import { earliestMonth } from "./earliest.js";
import { experienceRanges, monthsInWindow } from "./months.js";

// How PMI counts experience (career-facts.md, "How PMI counts experience"): merge the dated
// intervals of one kind, clip them to the rolling window ending at the as-of date, count
// distinct calendar months.
const m = (ym: string) => monthIndex(ym as YearMonth);
const lead = (from: string, to?: string): ExperienceInterval => ({
  kind: "leading",
  from: from as YearMonth,
  ...(to === undefined ? {} : { to: to as YearMonth }),
});
const NOW = m("2026-11");
const EIGHT_YEARS = 96;

describe("counting months (career-facts.md: How PMI counts experience)", () => {
  it("merges overlapping and adjacent intervals so each month counts once", () => {
    const ranges = experienceRanges(
      [lead("2024-01", "2025-12"), lead("2023-01", "2024-06"), lead("2026-01", "2026-03")],
      NOW,
    );
    expect(ranges).toEqual([[m("2023-01"), m("2026-03")]]);
    expect(monthsInWindow(ranges, NOW, EIGHT_YEARS)).toBe(39);
  });

  it("counts both ends of an interval: 2024-01..2024-01 is one month", () => {
    expect(monthsInWindow(experienceRanges([lead("2024-01", "2024-01")], NOW), NOW, EIGHT_YEARS)).toBe(1);
  });

  it("runs an ongoing interval up to the as-of month and drops months after it", () => {
    expect(experienceRanges([lead("2026-01")], NOW)).toEqual([[m("2026-01"), NOW]]);
    expect(experienceRanges([lead("2027-01")], NOW)).toEqual([]);
  });

  it("does not count months before the window: an 8-year window ending 2026-11 starts 2018-12", () => {
    const ranges = experienceRanges([lead("2018-01", "2018-12")], NOW);
    expect(monthsInWindow(ranges, NOW, EIGHT_YEARS)).toBe(1);
  });
});

describe("earliest month (career-facts.md: show the earliest date the person becomes eligible)", () => {
  it("adds the missing months after the as-of month when nothing leaves the window", () => {
    const ranges = experienceRanges([lead("2025-01")], NOW); // 23 months
    expect(earliestMonth(ranges, NOW, EIGHT_YEARS, 36)).toBe(m("2027-12"));
  });

  it("waits longer when old months leave the window as new ones come in", () => {
    // 48 months in 2018-12..2022-11 leave one a month while the future adds one a month,
    // so the count stays at 59 until 2030-12, when the window has passed them all.
    const ranges = experienceRanges([lead("2018-12", "2022-11"), lead("2026-01")], NOW);
    expect(monthsInWindow(ranges, NOW, EIGHT_YEARS)).toBe(59);
    expect(earliestMonth(ranges, NOW, EIGHT_YEARS, 60)).toBe(m("2030-12"));
  });

  it("is undefined when the window cannot hold the months needed", () => {
    expect(earliestMonth([], NOW, 12, 13)).toBeUndefined();
  });
});
