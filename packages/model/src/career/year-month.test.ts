import { describe, expect, it } from "vitest";
import type { LocalDate } from "../dates.js";
import {
  isYearMonth,
  monthIndex,
  type YearMonth,
  yearMonthAt,
  yearMonthOf,
  yearMonthSchema,
} from "./year-month.js";

describe("year-month", () => {
  it("accepts YYYY-MM within Keel's years only", () => {
    expect(isYearMonth("2026-11")).toBe(true);
    expect(["2026-13", "2026-00", "2026-1", "1899-12", "2026-11-01"].filter(isYearMonth)).toEqual([]);
    expect(yearMonthSchema.safeParse("2024-13").error?.issues[0]?.message).toBe(
      "expected a month YYYY-MM between 1900 and 2200",
    );
  });

  it("turns months into consecutive integers and back", () => {
    const dec = monthIndex("2025-12" as YearMonth);
    expect(monthIndex("2026-01" as YearMonth)).toBe(dec + 1);
    expect(yearMonthAt(dec + 1)).toBe("2026-01");
    expect(yearMonthAt(dec - 11)).toBe("2025-01");
    expect(yearMonthOf("2026-11-15" as LocalDate)).toBe("2026-11");
  });
});
