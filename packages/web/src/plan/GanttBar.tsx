import type { TaskResult } from "@keel/engine";
import { criticalityLevel, formatShare } from "../forecast/forecast-chart.js";
import { BAR_HEIGHT_PX, BAR_TOP, barGeometry, ROW_HEIGHT } from "./gantt-geometry.js";
import type { Timescale } from "./timescale.js";

interface GanttBarProps {
  readonly task: TaskResult;
  readonly scale: Timescale;
  /** With the criticality tint on: the share of forecast runs in which the task was critical. */
  readonly criticality?: number | undefined;
}

/**
 * One task's row of the Gantt: its bar (or diamond, or summary bracket), float and deadline. With a
 * criticality, the bar is coloured by it instead of by the plan's critical path.
 */
export function GanttBar({ task, scale, criticality }: GanttBarProps) {
  const g = barGeometry(task, scale);
  const mid = ROW_HEIGHT / 2;
  const tinted = criticality !== undefined;
  const tone = tinted ? `tinted tint-${criticalityLevel(criticality)}` : g.critical ? "critical" : "";
  const tip = tinted ? <title>{`Critical in ${formatShare(criticality)} of forecast runs`}</title> : null;
  return (
    <svg width={scale.width} height={ROW_HEIGHT} className="gantt-row" aria-hidden="true">
      {g.floatWidth > 0 && task.kind !== "summary" && (
        <rect className="float" x={g.x + g.width} y={mid - 2} width={g.floatWidth} height={4} rx={2} />
      )}
      {task.kind === "milestone" ? (
        <path className={`milestone ${tone}`} d={`M${g.x},${mid - 7} l7,7 l-7,7 l-7,-7 z`}>
          {tip}
        </path>
      ) : task.kind === "summary" ? (
        <path
          className="summary"
          d={`M${g.x},${BAR_TOP + 2} h${g.width} v10 l-5,-5 h${-(g.width - 10)} l-5,5 z`}
        />
      ) : (
        <rect className={`bar ${tone}`} x={g.x} y={BAR_TOP} width={g.width} height={BAR_HEIGHT_PX} rx={3}>
          {tip}
        </rect>
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
