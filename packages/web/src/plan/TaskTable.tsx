import type { TaskProgressResult, TaskResult } from "@keel/engine";
import { useVirtualizer } from "@tanstack/react-virtual";
import { type KeyboardEvent, type MouseEvent, useEffect, useMemo, useRef } from "react";
import type { LinkRecord, TaskRecord } from "../api/types.js";
import { AddTaskRow } from "./AddTaskRow.js";
import type { ById } from "./by-id.js";
import type { EndKey } from "./CellEditor.js";
import type { ColumnLayout } from "./columns.js";
import { type BaselineSpan, GanttBar } from "./GanttBar.js";
import { GanttDragLayer } from "./GanttDragLayer.js";
import { GanttHeader } from "./GanttHeader.js";
import { GanttLinks } from "./GanttLinks.js";
import { ROW_HEIGHT } from "./gantt-geometry.js";
import { nextCell } from "./grid-keys.js";
import { type GridState, selectOnly, selectRange, toggleRow } from "./grid-state.js";
import { finishMinute, progressLinePath, progressVertices, statusMinute } from "./progress-line.js";
import { rowPages } from "./row-pages.js";
import { editText, isEditable, type RowHandlers, TaskRow } from "./TaskRow.js";
import { type Timescale, wallMinutes } from "./timescale.js";
import type { BeginDrag, GanttDrag } from "./use-gantt-drag.js";

/** The sticky header row's height: scrolling a row into view must clear it. */
const HEADER_HEIGHT = 32;

/** What the table asks of the plan: the edits its keys and cells start. */
export interface TableCommands {
  readonly save: (task: TaskRecord, col: number, text: string) => Promise<string | undefined>;
  readonly addTask: (name: string) => Promise<string | undefined>;
  readonly insert: () => void;
  readonly requestDelete: () => void;
  readonly indent: () => void;
  readonly outdent: () => void;
  /** Moves the task's start by working days (Alt+←/→). */
  readonly nudge: (id: string, by: number) => void;
  /** Makes the task longer or shorter by working days (Alt+= / Alt+-). */
  readonly stretch: (id: string, by: number) => void;
}

interface TaskTableProps {
  readonly tasks: readonly TaskResult[];
  readonly records: ById<TaskRecord>;
  readonly links: readonly LinkRecord[];
  readonly minutesPerDay: number;
  /** The columns shown, in order. */
  readonly layout: ColumnLayout;
  readonly scale: Timescale | undefined;
  readonly statusDate: string | undefined;
  /** Each task's progress (summary tasks rolled up), by id. */
  readonly progress?: ReadonlyMap<string, TaskProgressResult> | undefined;
  /** With a baseline shown: each task's span in it, by id. */
  readonly baseline?: ReadonlyMap<string, BaselineSpan> | undefined;
  /** Whether to draw the progress line through the status date. */
  readonly progressLine?: boolean;
  readonly canEdit: boolean;
  /** Whether edits shown in the table still wait for the server's answer. */
  readonly saving?: boolean;
  readonly grid: GridState;
  readonly setGrid: (update: (grid: GridState) => GridState) => void;
  readonly commands: TableCommands;
  /** Each task's assignments as text, by task id. */
  readonly assigned: ReadonlyMap<string, string>;
  /** Tasks with an over-allocated resource. */
  readonly overAllocated: ReadonlySet<string>;
  /** With the criticality tint on: each task's share of forecast runs in which it was critical. */
  readonly criticality?: ReadonlyMap<string, number> | undefined;
  /** Told the sideways scroll, so what lines up with the Gantt (the load panel) can follow it. */
  readonly onScrollX?: (left: number) => void;
  /** When the plan can be edited: starts a drag on a bar. */
  readonly begin?: BeginDrag | undefined;
  /** The drag in progress on the Gantt, if any. */
  readonly drag?: GanttDrag | undefined;
}

/**
 * The task table beside the Gantt, as a spreadsheet-like grid: arrows move the active cell, Enter or
 * F2 (or typing) edits it, Escape cancels, Tab moves on; Insert, Delete and Alt+Shift+arrows edit the
 * outline; Alt+←/→ moves the task a working day and Alt+= / Alt+- makes it a day longer or shorter. Rows are virtualised, so only the visible ones are in the page.
 */
export function TaskTable(props: TaskTableProps) {
  const { tasks, records, grid, setGrid, commands, minutesPerDay, layout } = props;
  // Keys move between the shown columns; cells keep their column ids.
  const shownCols = useMemo(() => layout.columns.map((c) => c.id), [layout]);
  const position = (col: number) => Math.max(0, shownCols.indexOf(col));
  const colAt = (pos: number) => shownCols[pos] ?? 0;
  const scroller = useRef<HTMLDivElement>(null);
  const { ids, row, depth } = useOutline(tasks);
  const rows = useVirtualizer({
    count: tasks.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    rangeExtractor: rowPages,
    scrollPaddingEnd: HEADER_HEIGHT,
  });

  // Keyboard moves, finished edits and deletions put focus on the active cell once its row is rendered.
  const activeIndex = grid.active === undefined ? undefined : row.get(grid.active.id);
  useEffect(() => {
    if (!grid.focus || grid.active === undefined || activeIndex === undefined) return;
    // Scrolling lays the page out at once: only when the row is not in view already.
    if (rows.getOffsetForIndex(activeIndex)?.[1] !== "auto") rows.scrollToIndex(activeIndex);
    const selector = `tr[data-task="${CSS.escape(grid.active.id)}"] > [data-col="${grid.active.col}"]`;
    let frame = 0;
    let tries = 0;
    const focus = () => {
      const cell = scroller.current?.querySelector<HTMLElement>(selector);
      if (cell !== null && cell !== undefined) {
        cell.focus({ preventScroll: true });
        setGrid((g) => ({ ...g, focus: false }));
      } else if (tries++ < 10) frame = requestAnimationFrame(focus);
    };
    focus();
    return () => cancelAnimationFrame(frame);
  }, [grid.focus, grid.active, activeIndex, rows, setGrid]);

  // An editor reopened with the server's refusal is scrolled into view (its row may have scrolled away).
  const refusedIndex = grid.editing?.error === undefined ? undefined : row.get(grid.editing.id);
  useEffect(() => {
    if (refusedIndex !== undefined) rows.scrollToIndex(refusedIndex);
  }, [refusedIndex, rows]);

  const moveTo = (update: (grid: GridState) => GridState) => setGrid((g) => ({ ...update(g), focus: true }));

  const startEdit = (id: string, col: number, typed?: string) => {
    const t = tasks[row.get(id) ?? -1];
    const record = records.get(id);
    if (!props.canEdit || t === undefined || !isEditable(t, record, col)) return false;
    const initial =
      typed ?? editText(t, record, col, minutesPerDay, props.assigned.get(id), props.progress?.get(id));
    setGrid((g) => ({
      ...g,
      active: { id, col },
      editing: { id, col, initial, typedOver: typed !== undefined },
    }));
    return true;
  };

  function onKeyDown(event: KeyboardEvent) {
    // Keys typed in the add-task box (or in a cell's editor) bubble here too; only cells' keys count.
    const onCell = (event.target as HTMLElement).getAttribute("role") === "gridcell";
    if (!onCell || tasks.length === 0 || grid.editing !== undefined) return;
    if (handleKey(event)) event.preventDefault();
  }

  /** Acts on a key pressed on the grid; says whether it was one of the grid's keys. */
  function handleKey(event: KeyboardEvent): boolean {
    const index = activeIndex ?? 0;
    const col = grid.active?.col ?? 0;
    const id = ids[index] as string;
    const { key, shiftKey: shift } = event;
    if (event.altKey && !shift && !event.ctrlKey && (key === "ArrowRight" || key === "ArrowLeft")) {
      commands.nudge(id, key === "ArrowRight" ? 1 : -1);
      return true;
    }
    const longer = key === "=" || key === "+" || event.code === "Equal";
    if (event.altKey && !event.ctrlKey && (longer || key === "-" || event.code === "Minus")) {
      commands.stretch(id, longer ? 1 : -1);
      return true;
    }
    if (event.altKey && shift && (key === "ArrowRight" || key === "ArrowLeft")) {
      if (key === "ArrowRight") commands.indent();
      else commands.outdent();
      return true;
    }
    if (key === "Insert" || key === "Delete") {
      if (key === "Insert") commands.insert();
      else commands.requestDelete();
      return true;
    }
    if ((key === "F2" || key === "Enter") && startEdit(id, col)) return true;
    // Typing over a cell starts editing it with that character, as in a spreadsheet.
    const typing = !event.ctrlKey && !event.metaKey && !event.altKey && key.length === 1 && key !== " ";
    if (typing && startEdit(id, col, key)) return true;
    const move = key === "Enter" ? "ArrowDown" : key;
    const to = nextCell({ row: index, col: position(col) }, move, shift, tasks.length, shownCols.length);
    if (to === undefined) return false;
    const next = { row: to.row, col: colAt(to.col) };
    const extend = shift && (move === "ArrowUp" || move === "ArrowDown");
    moveTo((g) =>
      extend ? selectRange(g, ids, next.row, next.col) : selectOnly(ids[next.row] as string, next.col),
    );
    return true;
  }

  function onCellMouseDown(event: MouseEvent, index: number, col: number) {
    const id = ids[index] as string;
    if (event.shiftKey) setGrid((g) => selectRange(g, ids, index, col));
    else if (event.ctrlKey || event.metaKey) setGrid((g) => toggleRow(g, id, col));
    else
      setGrid((g) =>
        g.editing?.id === id && g.editing.col === col ? g : { ...selectOnly(id, col), editing: g.editing },
      );
  }

  const done = (id: string, col: number) => (key?: EndKey) => {
    const index = row.get(id) ?? 0;
    const to =
      key === undefined || key.key === "blur"
        ? undefined
        : nextCell(
            { row: index, col: position(col) },
            key.key === "Enter" ? "ArrowDown" : "Tab",
            key.shift,
            tasks.length,
            shownCols.length,
          );
    const next = to === undefined ? { row: index, col } : { row: to.row, col: colAt(to.col) };
    const finish = (g: GridState) =>
      g.editing?.id === id && g.editing.col === col ? { ...g, editing: undefined } : g;
    if (key?.key === "blur") setGrid(finish);
    else moveTo((g) => ({ ...finish(g), ...selectOnly(ids[next.row] as string, next.col) }));
  };

  // Rows get the same handlers every render; these call the latest closures.
  const latest = useRef({ onCellMouseDown, startEdit, done, records, commands });
  latest.current = { onCellMouseDown, startEdit, done, records, commands };
  const handlers = useMemo<RowHandlers>(
    () => ({
      mouseDown: (e, index, col) => latest.current.onCellMouseDown(e, index, col),
      doubleClick: (id, col) => void latest.current.startEdit(id, col),
      save: (id, col, text) => {
        const record = latest.current.records.get(id);
        return record === undefined
          ? Promise.resolve("This task is still loading.")
          : latest.current.commands.save(record, col, text);
      },
      done: (id, col, key) => latest.current.done(id, col)(key),
    }),
    [],
  );

  const status = props.statusDate === undefined ? undefined : statusMinute(props.statusDate);
  const progressLine = useProgressLine(props, status);
  const items = rows.getVirtualItems();
  return (
    <div
      ref={scroller}
      className={props.drag === undefined ? "plan-body" : `plan-body is-dragging drag-${props.drag.mode}`}
      onScroll={(e) => props.onScrollX?.(e.currentTarget.scrollLeft)}
    >
      {/* The table stays put as one piece while the timeline beside it scrolls sideways: one sticky
          block, not a sticky cell per column and row, which the browser would each paint apart. */}
      <div className="plan-sheet">
        <table
          className="plan-grid"
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a table with role grid is the ARIA data-grid pattern; its cells take focus and keys.
          role="grid"
          aria-label="Tasks"
          aria-rowcount={tasks.length + 1}
          aria-multiselectable="true"
          aria-readonly={!props.canEdit}
          aria-busy={props.saving === true}
          onKeyDown={onKeyDown}
        >
          <thead>
            <tr className="plan-row plan-head">
              {layout.columns.map((c) => (
                <th key={c.id} scope="col" className={c.num ? "num" : undefined}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody style={{ height: rows.getTotalSize() }}>
            {items.map((item) => {
              const t = tasks[item.index] as TaskResult;
              const editing = grid.editing?.id === t.id ? grid.editing : undefined;
              return (
                <TaskRow
                  key={t.id}
                  task={t}
                  record={records.get(t.id)}
                  index={item.index}
                  top={item.start}
                  depth={depth.get(t.id) ?? 0}
                  minutesPerDay={minutesPerDay}
                  layout={layout}
                  selected={grid.selected.has(t.id)}
                  activeCol={grid.active?.id === t.id ? grid.active.col : undefined}
                  editing={editing}
                  handlers={handlers}
                  assigned={props.assigned.get(t.id) ?? ""}
                  overAllocated={props.overAllocated.has(t.id)}
                  progress={props.progress?.get(t.id)}
                />
              );
            })}
          </tbody>
          {props.canEdit && <AddTaskRow add={commands.addTask} />}
        </table>
        {props.scale !== undefined && (
          <div className="gantt-pane" style={{ width: props.scale.width }} aria-hidden="true">
            <div className="gantt-head">
              <GanttHeader scale={props.scale} />
            </div>
            <div className="gantt-rows" style={{ height: rows.getTotalSize() }}>
              {items.map((item) => {
                const t = tasks[item.index] as TaskResult;
                return (
                  <GanttBar
                    key={t.id}
                    task={t}
                    index={item.index}
                    top={item.start}
                    selected={grid.selected.has(t.id)}
                    scale={props.scale as Timescale}
                    criticality={props.criticality?.get(t.id)}
                    begin={props.begin}
                    percent={props.progress?.get(t.id)?.percentComplete}
                    baseline={props.baseline?.get(t.id)}
                  />
                );
              })}
              {items.length > 0 && (
                <div className="gantt-overlay">
                  <GanttLinks
                    tasks={tasks}
                    links={props.links}
                    row={row}
                    scale={props.scale}
                    first={items[0]?.index ?? 0}
                    last={items[items.length - 1]?.index ?? 0}
                    today={wallMinutes(localNow())}
                    statusDate={status}
                    progressLine={progressLine}
                  />
                  {props.drag !== undefined && (
                    <GanttDragLayer drag={props.drag} scale={props.scale} row={row} rows={tasks.length} />
                  )}
                </div>
              )}
            </div>
          </div>
        )}
      </div>
    </div>
  );
}

/** The progress line's path over all rows, or undefined when it is off or there is no status date. */
function useProgressLine(props: TaskTableProps, status: number | undefined): string | undefined {
  const { tasks, progress, baseline, scale, progressLine: on } = props;
  return useMemo(() => {
    if (!on || status === undefined || scale === undefined || progress === undefined) return undefined;
    const lineTasks = tasks.map((t, row) => {
      const base = baseline?.get(t.id);
      const p = progress.get(t.id);
      return {
        row,
        kind: t.kind,
        state: p?.state ?? "not started",
        percent: p?.percentComplete ?? 0,
        start: base?.start ?? wallMinutes(t.start),
        finish: base?.finish ?? finishMinute(t.finish),
      } as const;
    });
    return progressLinePath(progressVertices(lineTasks, status, scale), scale.x(status), tasks.length);
  }, [on, status, scale, progress, baseline, tasks]);
}

interface Outline {
  readonly tasks: readonly TaskResult[];
  readonly ids: readonly string[];
  /** Each task's row. */
  readonly row: ReadonlyMap<string, number>;
  readonly depth: ReadonlyMap<string, number>;
}

/**
 * The rows' order and outline depths: the same objects while the tasks and their parents stay the
 * same (an edit that moves dates), so what depends on them only (the links' rows) is not worked out again.
 */
function useOutline(tasks: readonly TaskResult[]): Outline {
  const kept = useRef<Outline | undefined>(undefined);
  // Compared only when the tasks change, not on every render a scroll makes.
  return useMemo(() => {
    const before = kept.current;
    const same =
      before !== undefined &&
      before.tasks.length === tasks.length &&
      tasks.every((t, i) => before.tasks[i]?.id === t.id && before.tasks[i]?.parent === t.parent);
    if (same) return before;
    const ids = tasks.map((t) => t.id);
    const depth = new Map<string, number>();
    for (const t of tasks) depth.set(t.id, t.parent === null ? 0 : (depth.get(t.parent) ?? 0) + 1);
    kept.current = { tasks, ids, row: new Map(ids.map((id, i) => [id, i])), depth };
    return kept.current;
  }, [tasks]);
}

/** Now as a floating local date-time, the way plan dates are written. */
function localNow(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
