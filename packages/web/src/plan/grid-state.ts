import type { Editing } from "./TaskRow.js";

/** The task table's cursor: the active cell, the selected rows, and the cell being edited. Rows by task id, so they survive refetches. */
export interface GridState {
  readonly active: { readonly id: string; readonly col: number } | undefined;
  readonly selected: ReadonlySet<string>;
  /** Where a Shift+click or Shift+arrow range starts. */
  readonly anchor: string | undefined;
  readonly editing: (Editing & { readonly id: string }) | undefined;
  /** Set when the active cell should take focus as soon as its row is rendered (keys, finished edits). */
  readonly focus?: boolean;
}

export const EMPTY_GRID: GridState = {
  active: undefined,
  selected: new Set(),
  anchor: undefined,
  editing: undefined,
};

/** The cursor on one task's cell, with only that task selected. */
export function selectOnly(id: string, col: number): GridState {
  return { active: { id, col }, selected: new Set([id]), anchor: id, editing: undefined };
}

/** Selects every row from the anchor to `index` (inclusive), moving the active cell there. */
export function selectRange(grid: GridState, ids: readonly string[], index: number, col: number): GridState {
  const id = ids[index] as string;
  const from = grid.anchor === undefined ? -1 : ids.indexOf(grid.anchor);
  if (from < 0) return selectOnly(id, col);
  const [lo, hi] = from < index ? [from, index] : [index, from];
  return { ...grid, active: { id, col }, selected: new Set(ids.slice(lo, hi + 1)) };
}

/** Adds a row to the selection or takes it out (Ctrl/Cmd+click). */
export function toggleRow(grid: GridState, id: string, col: number): GridState {
  const selected = new Set(grid.selected);
  if (selected.has(id)) selected.delete(id);
  else selected.add(id);
  return { ...grid, active: { id, col }, selected, anchor: id };
}
