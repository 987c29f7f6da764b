import { describe, expect, it } from "vitest";
import { ROWS_PER_PAGE as B, rowPages } from "./row-pages.js";

const range = (startIndex: number, endIndex: number, count = 10_000) => ({
  startIndex,
  endIndex,
  count,
  overscan: 0,
});
const span = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("rowPages", () => {
  it("renders the block of the visible rows, with a whole block before and after", () => {
    expect(rowPages(range(2 * B + 5, 2 * B + 30))).toEqual(span(B, 4 * B - 1));
  });

  it("keeps the same rows while the view scrolls inside a block", () => {
    const at = (first: number) => rowPages(range(first, first + 33));
    expect(at(B + 1)).toEqual(at(2 * B - 34));
    expect(at(2 * B)).not.toEqual(at(2 * B - 1));
  });

  it("stops at the first and the last row", () => {
    expect(rowPages(range(0, 20))).toEqual(span(0, 2 * B - 1));
    expect(rowPages(range(9_980, 9_999))).toEqual(span(Math.floor(9_980 / B) * B - B, 9_999));
    expect(rowPages(range(0, 4, 5))).toEqual(span(0, 4));
    expect(rowPages(range(0, -1, 0))).toEqual([]);
  });
});
