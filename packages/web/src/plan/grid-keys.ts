/** A cell of the task table: a row index and a column index. */
export interface Cell {
  readonly row: number;
  readonly col: number;
}

/**
 * Where the active cell goes for a navigation key, or undefined when the key is not one (Tab past
 * the last cell also returns undefined, so focus can leave the table).
 */
export function nextCell(
  cell: Cell,
  key: string,
  shift: boolean,
  rows: number,
  cols: number,
): Cell | undefined {
  const clampRow = (row: number) => Math.max(0, Math.min(rows - 1, row));
  switch (key) {
    case "ArrowUp":
      return { row: clampRow(cell.row - 1), col: cell.col };
    case "ArrowDown":
      return { row: clampRow(cell.row + 1), col: cell.col };
    case "ArrowLeft":
      return { row: cell.row, col: Math.max(0, cell.col - 1) };
    case "ArrowRight":
      return { row: cell.row, col: Math.min(cols - 1, cell.col + 1) };
    case "Home":
      return { row: cell.row, col: 0 };
    case "End":
      return { row: cell.row, col: cols - 1 };
    case "PageUp":
      return { row: clampRow(cell.row - 10), col: cell.col };
    case "PageDown":
      return { row: clampRow(cell.row + 10), col: cell.col };
    case "Tab": {
      const index = cell.row * cols + cell.col + (shift ? -1 : 1);
      if (index < 0 || index >= rows * cols) return undefined;
      return { row: Math.floor(index / cols), col: index % cols };
    }
    default:
      return undefined;
  }
}
