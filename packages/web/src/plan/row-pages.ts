import type { Range } from "@tanstack/react-virtual";

/** Rows are put in the page in blocks of this many. */
export const ROWS_PER_PAGE = 64;

/**
 * The rows to render for the visible range: whole blocks of rows, from the block before the first
 * visible row to the block after the last. While the view scrolls inside them the rows in the page stay
 * the same, so scrolling only moves what is drawn; rows are added and removed a block at a time.
 */
export function rowPages(range: Range): number[] {
  if (range.count === 0) return [];
  const first = Math.max(0, (Math.floor(range.startIndex / ROWS_PER_PAGE) - 1) * ROWS_PER_PAGE);
  const last = Math.min(
    range.count - 1,
    (Math.floor(range.endIndex / ROWS_PER_PAGE) + 2) * ROWS_PER_PAGE - 1,
  );
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
