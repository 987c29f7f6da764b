import { describe, expect, it } from "vitest";
import { ROWS_PER_PAGE, rowPages } from "./row-pages.js";

const range = (startIndex: number, endIndex: number, count = 10_000) => ({
  startIndex,
  endIndex,
  count,
  overscan: 0,
});

describe("rowPages", () => {
  it("renders the blocks around the visible rows, with a whole block before and after", () => {
    const rows = rowPages(range(40, 70));
    expect(rows[0]).toBe(0);
    expect(rows.at(-1)).toBe(4 * ROWS_PER_PAGE - 1);
    expect(rows).toHaveLength(4 * ROWS_PER_PAGE);
  });

  it("keeps the same rows while the view scrolls inside a block", () => {
    const at = (first: number) => rowPages(range(first, first + 33));
    expect(at(65)).toEqual(at(90));
    expect(at(96)).not.toEqual(at(95));
  });

  it("stops at the first and the last row", () => {
    expect(rowPages(range(0, 20))).toEqual(Array.from({ length: 2 * ROWS_PER_PAGE }, (_, i) => i));
    const end = rowPages(range(9_980, 9_999));
    expect(end.at(-1)).toBe(9_999);
    expect(end[0]).toBe(9_952 - ROWS_PER_PAGE);
    expect(rowPages(range(0, 4, 5))).toEqual([0, 1, 2, 3, 4]);
    expect(rowPages(range(0, -1, 0))).toEqual([]);
  });
});
