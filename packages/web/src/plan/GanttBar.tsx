import type { TaskResult } from "@keel/engine";
import { BAR_HEIGHT_PX, BAR_TOP, barGeometry, ROW_HEIGHT } from "./gantt-geometry.js";
import type { Timescale } from "./timescale.js";

/** One task's row of the Gantt: its bar (or diamond, or summary bracket), float and deadline. */
export function GanttBar({ task, scale }: { readonly task: TaskResult; readonly scale: Timescale }) {
  const g = barGeometry(task, scale);
  const mid = ROW_HEIGHT / 2;
  return (
    <svg width={scale.width} height={ROW_HEIGHT} className="gantt-row" aria-hidden="true">
      {g.floatWidth > 0 && task.kind !== "summary" && (
        <rect className="float" x={g.x + g.width} y={mid - 2} width={g.floatWidth} height={4} rx={2} />
      )}
      {task.kind === "milestone" ? (
        <path
          className={g.critical ? "milestone critical" : "milestone"}
          d={`M${g.x},${mid - 7} l7,7 l-7,7 l-7,-7 z`}
        />
      ) : task.kind === "summary" ? (
        <path
          className="summary"
          d={`M${g.x},${BAR_TOP + 2} h${g.width} v10 l-5,-5 h${-(g.width - 10)} l-5,5 z`}
        />
      ) : (
        <rect
          className={g.critical ? "bar critical" : "bar"}
          x={g.x}
          y={BAR_TOP}
          width={g.width}
          height={BAR_HEIGHT_PX}
          rx={3}
        />
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
