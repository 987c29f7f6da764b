/**
 * The task table's columns. Each has a fixed id (its `data-col`, what the row and the editor go by);
 * a column set says which are shown, in which order, so the table stays narrow enough for the Gantt.
 */
export interface Column {
  readonly id: number;
  readonly label: string;
  /** The cell editor's accessible name; empty for columns that cannot be edited. */
  readonly editor: string;
  readonly width: number;
  readonly num: boolean;
}

export const NAME_COL = 0;
export const DURATION_COL = 1;
export const START_COL = 2;
export const FINISH_COL = 3;
export const FLOAT_COL = 4;
export const WORK_COL = 5;
export const RESOURCES_COL = 6;
export const PERCENT_COL = 7;
export const ACTUAL_START_COL = 8;
export const ACTUAL_FINISH_COL = 9;
export const REMAINING_COL = 10;
export const ACTUAL_COST_COL = 11;
export const ESTIMATE_COL = 12;
export const CONSTRAINT_COL = 13;
export const DEADLINE_COL = 14;
export const PRIORITY_COL = 15;
export const NOTES_COL = 16;

export const COLUMNS: readonly Column[] = [
  { id: NAME_COL, label: "Task", editor: "Task name", width: 240, num: false },
  { id: DURATION_COL, label: "Duration", editor: "Duration", width: 90, num: true },
  { id: START_COL, label: "Start", editor: "", width: 122, num: false },
  { id: FINISH_COL, label: "Finish", editor: "", width: 128, num: false },
  { id: FLOAT_COL, label: "Float (d)", editor: "", width: 84, num: true },
  { id: WORK_COL, label: "Work", editor: "Work", width: 64, num: true },
  { id: RESOURCES_COL, label: "Resources", editor: "Resources", width: 150, num: false },
  { id: PERCENT_COL, label: "% complete", editor: "Percent complete", width: 112, num: true },
  { id: ACTUAL_START_COL, label: "Actual start", editor: "Actual start", width: 122, num: false },
  { id: ACTUAL_FINISH_COL, label: "Actual finish", editor: "Actual finish", width: 122, num: false },
  { id: REMAINING_COL, label: "Remaining", editor: "Remaining duration", width: 100, num: true },
  { id: ACTUAL_COST_COL, label: "Actual cost", editor: "Actual cost", width: 104, num: true },
  { id: ESTIMATE_COL, label: "Estimate", editor: "Three-point estimate", width: 100, num: true },
  { id: CONSTRAINT_COL, label: "Constraint", editor: "Constraint", width: 156, num: false },
  { id: DEADLINE_COL, label: "Deadline", editor: "Deadline", width: 124, num: false },
  { id: PRIORITY_COL, label: "Priority", editor: "Priority", width: 80, num: true },
  { id: NOTES_COL, label: "Notes", editor: "Notes", width: 140, num: false },
];

export type ColumnSet = "schedule" | "progress" | "details";

export const COLUMN_SET_NAMES: readonly ColumnSet[] = ["schedule", "progress", "details"];

/**
 * Scheduling columns; the tracking ones (as MS Project's Tracking table) with the finish they lead
 * to; or what a task's dates answer to (estimate, constraint, deadline, leveling priority, notes).
 */
export const COLUMN_SETS: Readonly<Record<ColumnSet, readonly number[]>> = {
  schedule: [NAME_COL, DURATION_COL, START_COL, FINISH_COL, FLOAT_COL, WORK_COL, RESOURCES_COL],
  progress: [
    NAME_COL,
    PERCENT_COL,
    ACTUAL_START_COL,
    ACTUAL_FINISH_COL,
    REMAINING_COL,
    ACTUAL_COST_COL,
    FINISH_COL,
  ],
  details: [NAME_COL, ESTIMATE_COL, CONSTRAINT_COL, DEADLINE_COL, PRIORITY_COL, NOTES_COL, FINISH_COL],
};

export interface ColumnLayout {
  readonly columns: readonly Column[];
  /** The CSS grid track sizes of the table part. */
  readonly template: string;
  /** The table part's width, where the Gantt begins. */
  readonly width: number;
}

export function columnLayout(ids: readonly number[]): ColumnLayout {
  const columns = ids.map((id) => COLUMNS[id] as Column);
  const width = columns.reduce((sum, c) => sum + c.width, 0);
  return { columns, template: columns.map((c) => `${c.width}px`).join(" "), width };
}
