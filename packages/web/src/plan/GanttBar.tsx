import type { TaskResult } from "@keel/engine";
import { memo, type PointerEvent } from "react";
import { criticalityLevel, formatShare } from "../forecast/forecast-chart.js";
import { BAR_HEIGHT_PX, BAR_TOP, barGeometry, ROW_HEIGHT } from "./gantt-geometry.js";
import type { Timescale } from "./timescale.js";
import type { BeginDrag } from "./use-gantt-drag.js";

interface GanttBarProps {
  readonly task: TaskResult;
  /** Its row in the outline, and that row's offset from the top of the rows. */
  readonly index: number;
  readonly top: number;
  /** Whether its row is selected in the table: its link handle shows. */
  readonly selected: boolean;
  readonly scale: Timescale;
  /** With the criticality tint on: the share of forecast runs in which the task was critical. */
  readonly criticality?: number | undefined;
  /** When the plan can be edited: starts dragging the bar (move, resize) or a link from it. */
  readonly begin?: BeginDrag | undefined;
  /** Percent complete, 0–100 (a summary task's rolled up): drawn as a band through the bar. */
  readonly percent?: number | undefined;
  /** The task in the baseline shown, in wall minutes: a thin ghost bar under the current one. */
  readonly baseline?: BaselineSpan | undefined;
}

export interface BaselineSpan {
  readonly start: number;
  readonly finish: number;
}

/**
 * One task's row of the Gantt: its bar (or diamond, or summary bracket), float and deadline. With a
 * criticality, the bar is coloured by it instead of by the plan's critical path. Drawn again only when
 * one of its properties changes.
 */
export const GanttBar = memo(function GanttBar(props: GanttBarProps) {
  const { task, scale, criticality, begin, percent, baseline } = props;
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
  const done =
    percent === undefined || task.kind === "milestone" ? 0 : (g.width * Math.min(100, percent)) / 100;
  return (
    <svg
      width={scale.width}
      height={ROW_HEIGHT}
      className={props.selected ? "gantt-row is-selected" : "gantt-row"}
      data-task={task.id}
      data-row={props.index}
      style={{ transform: `translateY(${props.top}px)` }}
      aria-hidden="true"
    >
      {baseline !== undefined && (
        <BaselineGhost span={baseline} scale={scale} milestone={task.kind === "milestone"} />
      )}
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
        <>
          <path
            className="summary"
            d={`M${g.x},${BAR_TOP + 2} h${g.width} v10 l-5,-5 h${-(g.width - 10)} l-5,5 z`}
          />
          {done > 0 && (
            <rect
              className="progress-fill summary-progress"
              x={g.x}
              y={BAR_TOP + 3}
              width={done}
              height={3}
            />
          )}
        </>
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
          {done > 0 && (
            <rect className="progress-fill" x={g.x} y={BAR_TOP + 4} width={done} height={BAR_HEIGHT_PX - 8} />
          )}
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
});

/** Where the task stood in the baseline: a thin bar (a small diamond for a milestone) under its row's bar. */
function BaselineGhost({
  span,
  scale,
  milestone,
}: {
  span: BaselineSpan;
  scale: Timescale;
  milestone: boolean;
}) {
  const x = scale.x(span.start);
  const y = BAR_TOP + BAR_HEIGHT_PX + 1;
  if (milestone || span.finish <= span.start) {
    const at = scale.x(span.finish);
    return <path className="baseline-bar" d={`M${at},${y - 1} l3,3 l-3,3 l-3,-3 z`} />;
  }
  return (
    <rect
      className="baseline-bar"
      x={x}
      y={y}
      width={Math.max(2, scale.x(span.finish) - x)}
      height={4}
      rx={1}
    />
  );
}
