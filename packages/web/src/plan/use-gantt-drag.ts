import type { TaskResult } from "@keel/engine";
import { type PointerEvent, useCallback, useRef, useState } from "react";
import type { TaskRecord } from "../api/types.js";
import type { DraftChange, PlanCalendars } from "../engine-worker/protocol.js";
import type { DraftSchedule } from "../engine-worker/use-draft-schedule.js";
import type { ById } from "./by-id.js";
import {
  addWorkingDays,
  dayOf,
  lastWorkingDay,
  lengthPatch,
  movedStartDay,
  nearestWorkingDay,
  resizedDays,
  snapDays,
  snapUnit,
  taskCalendar,
  WEEKDAYS_CALENDAR,
} from "./drag-math.js";
import { ROW_HEIGHT } from "./gantt-geometry.js";
import type { Timescale } from "./timescale.js";
import type { PlanEdits, Shown } from "./use-plan-edits.js";

export type DragMode = "move" | "resize" | "link";

/** A drag in progress on the Gantt, in Gantt coordinates (x from the timeline's origin, y from the first row). */
export interface GanttDrag {
  readonly mode: DragMode;
  /** The task as it was when the drag began. */
  readonly task: TaskResult;
  /** The pointer's sideways travel since the drag began. */
  readonly dx: number;
  readonly pointer: { readonly x: number; readonly y: number };
  /** Whether a tooltip beside the pointer fits on its right within the visible timeline. */
  readonly roomRight: boolean;
  /** Moving: the start-no-earlier-than day the bar would get. */
  readonly startDay?: string;
  /** Resizing: the duration in working days the bar would get, and the last day it would work on. */
  readonly days?: number;
  readonly finishDay?: string;
  /** Linking: the task under the pointer that would become the successor. */
  readonly target?: TaskResult;
}

export type BeginDrag = (event: PointerEvent<Element>, task: TaskResult, mode: DragMode) => void;

interface GanttDragDeps {
  readonly scale: Timescale | undefined;
  /** The plan's calendars, once the worker has the plan. */
  readonly calendars: PlanCalendars | undefined;
  readonly tasks: readonly TaskResult[];
  readonly records: ById<TaskRecord>;
  readonly minutesPerDay: number;
  readonly draft: DraftSchedule;
  readonly edits: Pick<PlanEdits, "updateTask" | "createLink">;
  /** Shows a refusal above the table, as other edits do. */
  readonly refused: (message: string) => void;
}

/** Travel (in pixels) below which a press on a bar is a click, not a drag. */
const CLICK_SLOP = 3;
/** Room (in pixels) a link's tooltip needs right of the pointer. */
const TIP_ROOM = 220;
const ZERO_LAG = { value: 0, unit: "d", elapsed: false } as const;

/**
 * Dragging on the Gantt, as in MS Project: the middle of a bar moves it (a start-no-earlier-than
 * constraint at the new start), its right end resizes it (the duration, in whole working days), the
 * dot past its end links it to the bar it is dropped on (finish-to-start). While dragging, the worker's
 * draft schedule moves the successors; Escape cancels; the release is a plan edit, shown at once.
 * The same moves by keyboard: `nudge` and `stretch` change the selected task by one working day.
 */
export function useGanttDrag(deps: GanttDragDeps) {
  const [drag, setDrag] = useState<GanttDrag>();
  const latest = useRef(deps);
  latest.current = deps;
  const active = useRef<GanttDrag | undefined>(undefined);

  /** The draft stays on screen until the edit's own schedule has replaced it; a refusal shows above the table. */
  const commit = useCallback((shown: Shown) => {
    void shown.painted.then(() => latest.current.draft.clear());
    void shown.saved.then((message) => {
      if (message !== undefined) latest.current.refused(message);
    });
  }, []);

  const begin = useCallback<BeginDrag>(
    (event, task, mode) => {
      const { scale } = latest.current;
      const svg = (event.currentTarget as Element).closest("svg");
      const rowIndex = Number(svg?.getAttribute("data-row") ?? "0");
      if (event.button !== 0 || active.current !== undefined || scale === undefined || svg === null) return;
      event.preventDefault();
      event.stopPropagation();
      const box = svg.getBoundingClientRect();
      const origin = { left: box.left, top: box.top - rowIndex * ROW_HEIGHT };
      const visibleRight = svg.closest(".plan-body")?.getBoundingClientRect().right ?? window.innerWidth;
      const roomRight = (clientX: number) => clientX + TIP_ROOM < visibleRight;
      const startX = event.clientX;
      const pxPerDay = scale.pxPerMinute * 1440;
      const unit = snapUnit(scale.zoom);
      const calendar = calendarOf(latest.current, task.id);
      let moved = false;

      const update = (clientX: number, clientY: number) => {
        const dx = clientX - startX;
        const previous = active.current;
        if (previous === undefined) return;
        moved ||= Math.abs(dx) >= CLICK_SLOP || Math.abs(clientY - (event.clientY as number)) >= CLICK_SLOP;
        const next: GanttDrag = {
          ...previous,
          dx,
          pointer: { x: clientX - origin.left, y: clientY - origin.top },
          roomRight: roomRight(clientX),
        };
        let change: DraftChange | undefined;
        let unchanged = false;
        if (mode === "move") {
          const startDay = movedStartDay(calendar, task.start, dx, pxPerDay, unit);
          Object.assign(next, { startDay });
          unchanged = startDay === dayOf(task.start);
          if (startDay !== previous.startDay)
            change = { task: task.id, constraint: { type: "SNET", date: startDay } };
        } else if (mode === "resize") {
          const days = resizedDays(calendar, task.start, task.finish, dx, pxPerDay, unit);
          Object.assign(next, { days, finishDay: lastWorkingDay(calendar, task.start, days) });
          unchanged = snapDays(dx, pxPerDay, unit) === 0;
          if (days !== previous.days)
            change = { task: task.id, duration: { value: days, unit: "d", elapsed: false } };
        } else {
          // The row under the pointer says where its task is in the list: no search on every move.
          const bar = document.elementFromPoint(clientX, clientY)?.closest("svg.gantt-row");
          const at = latest.current.tasks[Number(bar?.getAttribute("data-row"))];
          const target = at !== undefined && at.id === bar?.getAttribute("data-task") ? at : undefined;
          Object.assign(next, {
            target:
              target !== undefined && target.id !== task.id && target.kind !== "summary" ? target : undefined,
          });
        }
        active.current = next;
        setDrag(next);
        if (change !== undefined) {
          if (unchanged) latest.current.draft.clear();
          else latest.current.draft.request([change]);
        }
      };

      const stop = () => {
        window.removeEventListener("pointermove", onMove);
        window.removeEventListener("pointerup", onUp);
        window.removeEventListener("pointercancel", onCancel);
        window.removeEventListener("keydown", onKey, true);
        active.current = undefined;
        setDrag(undefined);
      };
      const onMove = (e: globalThis.PointerEvent) => update(e.clientX, e.clientY);
      const onCancel = () => {
        stop();
        latest.current.draft.clear();
      };
      const onKey = (e: KeyboardEvent) => {
        if (e.key !== "Escape") return;
        e.preventDefault();
        e.stopPropagation();
        onCancel();
      };
      const onUp = (e: globalThis.PointerEvent) => {
        update(e.clientX, e.clientY);
        const done = active.current;
        stop();
        const { records, edits, draft } = latest.current;
        const record = records.get(task.id);
        if (done === undefined || !moved || record === undefined) return draft.clear();
        if (mode === "move" && done.startDay !== undefined && done.startDay !== dayOf(task.start)) {
          commit(edits.updateTask(record, { constraint: { type: "SNET", date: done.startDay } }));
        } else if (mode === "resize" && done.days !== undefined && snapDays(done.dx, pxPerDay, unit) !== 0) {
          commit(edits.updateTask(record, lengthPatch(record, done.days)));
        } else if (mode === "link" && done.target !== undefined) {
          commit(edits.createLink({ from: task.id, to: done.target.id, type: "FS", lag: ZERO_LAG }));
        } else draft.clear();
      };

      const first: GanttDrag = {
        mode,
        task,
        dx: 0,
        pointer: { x: event.clientX - origin.left, y: event.clientY - origin.top },
        roomRight: roomRight(event.clientX),
      };
      active.current = first;
      setDrag(first);
      window.addEventListener("pointermove", onMove);
      window.addEventListener("pointerup", onUp);
      window.addEventListener("pointercancel", onCancel);
      window.addEventListener("keydown", onKey, true);
    },
    [commit],
  );

  /** Moves a task's start by working days (a start-no-earlier-than constraint); answers a refusal. */
  const nudge = useCallback(async (taskId: string, by: number): Promise<string | undefined> => {
    const { tasks, records, edits } = latest.current;
    const task = tasks.find((t) => t.id === taskId);
    const record = records.get(taskId);
    if (task === undefined || record === undefined) return undefined;
    if (task.kind === "summary") return "A summary task moves with its tasks; move those instead.";
    const calendar = calendarOf(latest.current, taskId);
    const date = addWorkingDays(calendar, nearestWorkingDay(calendar, dayOf(task.start), 1), by);
    return edits.updateTask(record, { constraint: { type: "SNET", date } }).saved;
  }, []);

  /** Lengthens or shortens a task by whole working days, to at least one; answers a refusal. */
  const stretch = useCallback(async (taskId: string, by: number): Promise<string | undefined> => {
    const { tasks, records, edits, minutesPerDay } = latest.current;
    const task = tasks.find((t) => t.id === taskId);
    const record = records.get(taskId);
    if (task === undefined || record === undefined) return undefined;
    if (task.kind !== "task") return "Only a task with a duration of its own can be made longer or shorter.";
    const d = record.duration;
    const days = d.unit === "d" && !d.elapsed ? d.value : Math.round(task.durationMinutes / minutesPerDay);
    const value = Math.max(1, days + by);
    if (value === d.value && d.unit === "d" && !d.elapsed) return undefined;
    return edits.updateTask(record, lengthPatch(record, value)).saved;
  }, []);

  return { drag, begin, nudge, stretch };
}

function calendarOf(deps: GanttDragDeps, taskId: string) {
  return taskCalendar(deps.calendars, deps.records.get(taskId)?.calendar) ?? WEEKDAYS_CALENDAR;
}
