import type { TaskResult } from "@keel/engine";
import { formatDuration } from "@keel/model";
import { type MouseEvent, memo } from "react";
import type { TaskRecord } from "../api/types.js";
import { formatDate, formatDays } from "../ui/format.js";
import { CellEditor, type EndKey } from "./CellEditor.js";
import { GanttBar } from "./GanttBar.js";
import { ROW_HEIGHT } from "./gantt-geometry.js";
import type { Timescale } from "./timescale.js";
import type { BeginDrag } from "./use-gantt-drag.js";

/** The table's columns before the timeline; name, duration, work and resources can be edited. */
export const COLUMNS = ["Task", "Duration", "Start", "Finish", "Float (d)", "Work", "Resources"] as const;
export const EDITOR_LABELS = ["Task name", "Duration", "", "", "", "Work", "Resources"] as const;
export const WORK_COL = 5;
export const RESOURCES_COL = 6;

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
}

interface TaskRowProps {
  readonly task: TaskResult;
  readonly record: TaskRecord | undefined;
  readonly index: number;
  readonly top: number;
  readonly depth: number;
  readonly minutesPerDay: number;
  readonly scale: Timescale | undefined;
  readonly selected: boolean;
  /** The active cell's column when it is in this row. */
  readonly activeCol: number | undefined;
  readonly editing: Editing | undefined;
  readonly handlers: RowHandlers;
  /** The task's assignments as text, `alice, bob 50%`. */
  readonly assigned: string;
  /** Whether one of its resources is over-allocated while it runs. */
  readonly overAllocated: boolean;
  /** With the criticality tint on: the share of forecast runs in which it was critical. */
  readonly criticality?: number | undefined;
  /** When the plan can be edited: starts a drag on the row's bar. */
  readonly begin?: BeginDrag | undefined;
}

/** The text a cell shows, and the text its editor starts with. */
export function cellText(
  task: TaskResult,
  record: TaskRecord | undefined,
  col: number,
  minutesPerDay: number,
  assigned = "",
) {
  if (col === 0) return task.name;
  if (col === WORK_COL) return record?.work === undefined ? "" : formatDuration(record.work);
  if (col === RESOURCES_COL) return assigned;
  // A summary task's duration is its children's span, so it shows the scheduled working days.
  if (col === 1)
    return record === undefined || task.kind === "summary"
      ? `${formatDays(task.durationMinutes / minutesPerDay)}d`
      : formatDuration(record.duration);
  if (col === 2) return formatDate(task.start);
  if (col === 3) return formatDate(task.finish);
  return formatDays(task.totalFloatMinutes / minutesPerDay);
}

export function isEditable(task: TaskResult, record: TaskRecord | undefined, col: number): boolean {
  if (record === undefined) return false;
  if (col === 0) return true;
  if (col === 1) return task.kind !== "summary";
  // Effort and people belong on leaf tasks that take time, as in plan files.
  return (col === WORK_COL || col === RESOURCES_COL) && task.kind === "task";
}

/** One row of the plan: the task's cells, any one of them possibly being edited, and its Gantt bar. */
export const TaskRow = memo(function TaskRow(props: TaskRowProps) {
  const { task: t, record, editing, activeCol, handlers, index } = props;
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
        label={EDITOR_LABELS[col] ?? ""}
        initial={editing.initial}
        typedOver={editing.typedOver}
        save={(text) => handlers.save(t.id, col, text)}
        done={(key) => handlers.done(t.id, col, key)}
      />
    ) : (
      cellText(t, record, col, props.minutesPerDay, props.assigned)
    );
  return (
    <tr
      aria-rowindex={props.index + 2}
      aria-selected={props.selected}
      data-task={t.id}
      className={`plan-row ${t.kind} ${t.critical ? "is-critical" : ""} ${editing ? "has-editor" : ""}`}
      style={{ transform: `translateY(${props.top}px)`, height: ROW_HEIGHT }}
    >
      <td {...cell(0)} style={{ paddingLeft: 8 + 16 * props.depth }} title={t.id}>
        {t.kind === "milestone" && editing?.col !== 0 ? "◆ " : ""}
        {content(0)}
      </td>
      <td {...cell(1, "num")}>{content(1)}</td>
      <td {...cell(2)}>{content(2)}</td>
      <td {...cell(3)}>
        {content(3)}
        {t.deadlineMissed ? (
          <span className="critical" title={`Misses its deadline ${t.deadline}`}>
            {" "}
            ⚠<span className="visually-hidden">deadline missed</span>
          </span>
        ) : null}
      </td>
      <td {...cell(4, `num ${t.totalFloatMinutes < 0 ? "critical" : ""}`)}>{content(4)}</td>
      <td {...cell(WORK_COL, "num")}>{content(WORK_COL)}</td>
      <td {...cell(RESOURCES_COL)} title={props.assigned === "" ? undefined : props.assigned}>
        {props.overAllocated && editing?.col !== RESOURCES_COL ? (
          <span className="over-marker" title="A resource of this task is over-allocated">
            ⚠<span className="visually-hidden">over-allocated:</span>{" "}
          </span>
        ) : null}
        {content(RESOURCES_COL)}
      </td>
      <td className="gantt-cell">
        {props.scale !== undefined && (
          <GanttBar task={t} scale={props.scale} criticality={props.criticality} begin={props.begin} />
        )}
      </td>
    </tr>
  );
});
