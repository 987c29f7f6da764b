import type { TaskProgressResult, TaskResult } from "@keel/engine";
import { formatDuration } from "@keel/model";
import { type MouseEvent, memo } from "react";
import type { TaskRecord } from "../api/types.js";
import { formatDate, formatDays } from "../ui/format.js";
import { CellEditor, type EndKey } from "./CellEditor.js";
import {
  ACTUAL_COST_COL,
  ACTUAL_FINISH_COL,
  ACTUAL_START_COL,
  COLUMNS,
  CONSTRAINT_COL,
  type ColumnLayout,
  DEADLINE_COL,
  DURATION_COL,
  ESTIMATE_COL,
  FINISH_COL,
  FLOAT_COL,
  NAME_COL,
  NOTES_COL,
  PERCENT_COL,
  PRIORITY_COL,
  REMAINING_COL,
  RESOURCES_COL,
  START_COL,
  WORK_COL,
} from "./columns.js";
import { CONSTRAINT_NAMES, DETAILS_COLS, detailsEditText, detailsText } from "./details-fields.js";
import { ROW_HEIGHT } from "./gantt-geometry.js";

/** What a row's cells do, the same functions for every row and render, so unchanged rows are not drawn again. */
export interface RowHandlers {
  readonly mouseDown: (event: MouseEvent, index: number, col: number) => void;
  readonly doubleClick: (id: string, col: number) => void;
  readonly save: (id: string, col: number, text: string) => Promise<string | undefined>;
  readonly done: (id: string, col: number, key?: EndKey) => void;
}

export interface Editing {
  readonly col: number;
  readonly initial: string;
  readonly typedOver: boolean;
  /** Why the server refused the text, when the editor was reopened with it. */
  readonly error?: string | undefined;
}

interface TaskRowProps {
  readonly task: TaskResult;
  readonly record: TaskRecord | undefined;
  readonly index: number;
  readonly top: number;
  readonly depth: number;
  readonly minutesPerDay: number;
  readonly layout: ColumnLayout;
  readonly selected: boolean;
  /** The active cell's column when it is in this row. */
  readonly activeCol: number | undefined;
  readonly editing: Editing | undefined;
  readonly handlers: RowHandlers;
  /** The task's assignments as text, `alice, bob 50%`. */
  readonly assigned: string;
  /** Whether one of its resources is over-allocated while it runs. */
  readonly overAllocated: boolean;
  /** Its progress as the server rolls it up (a summary task's from its tasks). */
  readonly progress?: TaskProgressResult | undefined;
}

/** The text a cell shows. */
export function cellText(
  task: TaskResult,
  record: TaskRecord | undefined,
  col: number,
  minutesPerDay: number,
  assigned = "",
  progress?: TaskProgressResult,
): string {
  const days = (minutes: number) => `${formatDays(minutes / minutesPerDay)}d`;
  switch (col) {
    case NAME_COL:
      return task.name;
    case WORK_COL:
      return record?.work === undefined ? "" : formatDuration(record.work);
    case RESOURCES_COL:
      return assigned;
    // A summary task's duration is its children's span, so it shows the scheduled working days.
    case DURATION_COL:
      return record === undefined || task.kind === "summary"
        ? days(task.durationMinutes)
        : formatDuration(record.duration);
    case START_COL:
      return formatDate(task.start);
    case FINISH_COL:
      return formatDate(task.finish);
    case FLOAT_COL:
      return formatDays(task.totalFloatMinutes / minutesPerDay);
    case PERCENT_COL: {
      const percent = progress?.percentComplete ?? record?.percentComplete;
      return percent === undefined ? "" : `${formatDays(percent)} %`;
    }
    // As recorded on a task; a summary task's from its tasks'.
    case ACTUAL_START_COL: {
      const date = task.kind === "summary" ? progress?.actualStart : record?.actualStart;
      return date === undefined ? "" : formatDate(date);
    }
    case ACTUAL_FINISH_COL: {
      const date = task.kind === "summary" ? progress?.actualFinish : record?.actualFinish;
      return date === undefined ? "" : formatDate(date);
    }
    case REMAINING_COL:
      if (task.kind === "milestone") return "";
      if (record?.remainingDuration !== undefined && task.kind !== "summary")
        return formatDuration(record.remainingDuration);
      return progress === undefined ? "" : days(progress.remainingMinutes);
    case ACTUAL_COST_COL:
      return record?.actualCost === undefined ? "" : record.actualCost.toLocaleString();
    default:
      return DETAILS_COLS.has(col) ? detailsText(col, record) : "";
  }
}

/** The text a cell's editor starts with: what the cell shows, but dates as they are typed. */
export function editText(
  task: TaskResult,
  record: TaskRecord | undefined,
  col: number,
  minutesPerDay: number,
  assigned = "",
  progress?: TaskProgressResult,
): string {
  if (col === ACTUAL_START_COL) return record?.actualStart ?? "";
  if (col === ACTUAL_FINISH_COL) return record?.actualFinish ?? "";
  if (col === PERCENT_COL) return record?.percentComplete === undefined ? "" : String(record.percentComplete);
  if (col === ACTUAL_COST_COL) return record?.actualCost === undefined ? "" : String(record.actualCost);
  if (DETAILS_COLS.has(col)) return detailsEditText(col, record);
  return cellText(task, record, col, minutesPerDay, assigned, progress);
}

export function isEditable(task: TaskResult, record: TaskRecord | undefined, col: number): boolean {
  if (record === undefined) return false;
  switch (col) {
    case NAME_COL:
      return true;
    case DURATION_COL:
      return task.kind !== "summary";
    // Progress is recorded on leaf tasks and rolls up; a milestone has a date, not a span.
    case PERCENT_COL:
    case ACTUAL_START_COL:
    case ACTUAL_FINISH_COL:
      return task.kind !== "summary";
    // Effort, people, remaining time and cost belong on leaf tasks that take time, as in plan files.
    case WORK_COL:
    case RESOURCES_COL:
    case REMAINING_COL:
    case ACTUAL_COST_COL:
      return task.kind === "task";
    // A three-point estimate is of a task's own duration; leveling moves tasks, not summary tasks.
    case ESTIMATE_COL:
      return task.kind === "task";
    case PRIORITY_COL:
      return task.kind !== "summary";
    // Summary tasks take SNET and FNLT only: the server says so when another is typed.
    case CONSTRAINT_COL:
    case DEADLINE_COL:
    case NOTES_COL:
      return true;
    default:
      return false;
  }
}

/** One row of the task table: the shown columns' cells, any one of them possibly being edited. */
export const TaskRow = memo(function TaskRow(props: TaskRowProps) {
  const { task: t, record, editing, activeCol, handlers, index, layout } = props;
  const cell = (col: number, className = "") => {
    const edited = editing?.col === col;
    return {
      "data-col": col,
      role: "gridcell",
      tabIndex: activeCol === col ? 0 : -1,
      "aria-readonly": !isEditable(t, record, col),
      className: `${className} ${activeCol === col ? "is-active" : ""} ${edited ? "is-editing" : ""}`,
      onMouseDown: (e: MouseEvent) => handlers.mouseDown(e, index, col),
      onDoubleClick: () => handlers.doubleClick(t.id, col),
    };
  };
  const content = (col: number) =>
    editing?.col === col ? (
      <CellEditor
        label={COLUMNS[col]?.editor ?? ""}
        multiline={col === NOTES_COL}
        initial={editing.initial}
        typedOver={editing.typedOver}
        error={editing.error}
        save={(text) => handlers.save(t.id, col, text)}
        done={(key) => handlers.done(t.id, col, key)}
      />
    ) : (
      cellText(t, record, col, props.minutesPerDay, props.assigned, props.progress)
    );
  const cells = layout.columns.map(({ id: col, num }) => {
    const base = num ? "num" : "";
    switch (col) {
      case NAME_COL:
        return (
          <td key={col} {...cell(col)} style={{ paddingLeft: 8 + 16 * props.depth }} title={t.id}>
            {t.kind === "milestone" && editing?.col !== col ? "◆ " : ""}
            {content(col)}
          </td>
        );
      case FINISH_COL:
        return (
          <td key={col} {...cell(col, base)}>
            {content(col)}
            {t.deadlineMissed ? (
              <span className="critical" title={`Misses its deadline ${t.deadline}`}>
                {" "}
                ⚠<span className="visually-hidden">deadline missed</span>
              </span>
            ) : null}
          </td>
        );
      case DEADLINE_COL:
        return (
          <td
            key={col}
            {...cell(col, t.deadlineMissed ? "deadline-missed" : "")}
            title={t.deadlineMissed ? `Finishes ${formatDate(t.finish)}, after its deadline` : undefined}
          >
            {content(col)}
            {t.deadlineMissed && editing?.col !== col ? (
              <span className="critical">
                {" "}
                ⚠<span className="visually-hidden">missed</span>
              </span>
            ) : null}
          </td>
        );
      case CONSTRAINT_COL:
        return (
          <td
            key={col}
            {...cell(col)}
            title={record === undefined ? undefined : CONSTRAINT_NAMES[record.constraint.type]}
          >
            {content(col)}
          </td>
        );
      case NOTES_COL:
        return (
          <td key={col} {...cell(col)} title={record?.notes}>
            {content(col)}
          </td>
        );
      case FLOAT_COL:
        return (
          <td key={col} {...cell(col, `num ${t.totalFloatMinutes < 0 ? "critical" : ""}`)}>
            {content(col)}
          </td>
        );
      case RESOURCES_COL:
        return (
          <td key={col} {...cell(col, base)} title={props.assigned === "" ? undefined : props.assigned}>
            {props.overAllocated && editing?.col !== col ? (
              <span className="over-marker" title="A resource of this task is over-allocated">
                ⚠<span className="visually-hidden">over-allocated:</span>{" "}
              </span>
            ) : null}
            {content(col)}
          </td>
        );
      default:
        return (
          <td key={col} {...cell(col, base)}>
            {content(col)}
          </td>
        );
    }
  });
  return (
    <tr
      aria-rowindex={props.index + 2}
      aria-selected={props.selected}
      data-task={t.id}
      data-state={props.progress?.state}
      className={`plan-row ${t.kind} ${t.critical ? "is-critical" : ""} ${editing ? "has-editor" : ""}`}
      style={{ transform: `translateY(${props.top}px)`, height: ROW_HEIGHT }}
    >
      {cells}
    </tr>
  );
});
