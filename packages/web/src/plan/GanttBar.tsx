import type { TaskResult } from "@keel/engine";
import type { PointerEvent } from "react";
import { criticalityLevel, formatShare } from "../forecast/forecast-chart.js";
import { BAR_HEIGHT_PX, BAR_TOP, barGeometry, ROW_HEIGHT } from "./gantt-geometry.js";
import type { Timescale } from "./timescale.js";
import type { BeginDrag } from "./use-gantt-drag.js";

interface GanttBarProps {
  readonly task: TaskResult;
  readonly scale: Timescale;
  /** With the criticality tint on: the share of forecast runs in which the task was critical. */
  readonly criticality?: number | undefined;
  /** When the plan can be edited: starts dragging the bar (move, resize) or a link from it. */
  readonly begin?: BeginDrag | undefined;
}

/**
 * One task's row of the Gantt: its bar (or diamond, or summary bracket), float and deadline. With a
 * criticality, the bar is coloured by it instead of by the plan's critical path.
 */
export function GanttBar({ task, scale, criticality, begin }: GanttBarProps) {
  const g = barGeometry(task, scale);
  const mid = ROW_HEIGHT / 2;
  const tinted = criticality !== undefined;
  const tone = tinted ? `tinted tint-${criticalityLevel(criticality)}` : g.critical ? "critical" : "";
  const on = (mode: "move" | "resize" | "link") =>
    begin === undefined ? undefined : (e: PointerEvent<Element>) => begin(e, task, mode);
  const draggable = begin !== undefined && task.kind !== "summary";
  // The right end's grip for resizing, narrower on a short bar so its middle can still be grabbed.
  const grip = Math.min(8, g.width / 3);
  const end = task.kind === "milestone" ? g.x + 7 : g.x + g.width;
  const tip = tinted ? <title>{`Critical in ${formatShare(criticality)} of forecast runs`}</title> : null;
  return (
    <svg width={scale.width} height={ROW_HEIGHT} className="gantt-row" aria-hidden="true">
      {g.floatWidth > 0 && task.kind !== "summary" && (
        <rect className="float" x={g.x + g.width} y={mid - 2} width={g.floatWidth} height={4} rx={2} />
      )}
      {task.kind === "milestone" ? (
        <path
          className={`milestone ${tone} ${draggable ? "draggable" : ""}`}
          d={`M${g.x},${mid - 7} l7,7 l-7,7 l-7,-7 z`}
          onPointerDown={on("move")}
        >
          {tip}
        </path>
      ) : task.kind === "summary" ? (
        <path
          className="summary"
          d={`M${g.x},${BAR_TOP + 2} h${g.width} v10 l-5,-5 h${-(g.width - 10)} l-5,5 z`}
        />
      ) : (
        <>
          <rect
            className={`bar ${tone} ${draggable ? "draggable" : ""}`}
            x={g.x}
            y={BAR_TOP}
            width={g.width}
            height={BAR_HEIGHT_PX}
            rx={3}
            onPointerDown={on("move")}
          >
            {tip}
          </rect>
          {draggable && (
            <rect
              className="resize-grip"
              x={g.x + g.width - grip}
              y={BAR_TOP}
              width={grip + 2}
              height={BAR_HEIGHT_PX}
              onPointerDown={on("resize")}
            />
          )}
        </>
      )}
      {draggable && (
        <circle className="link-handle" cx={end + 8} cy={mid} r={4} onPointerDown={on("link")}>
          <title>Drag onto another bar to link them (finish-to-start)</title>
        </circle>
      )}
      {g.deadlineX !== undefined && (
        <path
          className={task.deadlineMissed ? "deadline missed" : "deadline"}
          d={`M${g.deadlineX - 5},${BAR_TOP - 6} h10 l-5,7 z`}
        >
          <title>{`Deadline ${task.deadline}${task.deadlineMissed ? " — missed" : ""}`}</title>
        </path>
      )}
    </svg>
  );
}
